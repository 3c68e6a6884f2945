#pragma once

// The matrix, history and export windows on the offscreen platform. The matrix runs against the
// in-process fake GAAP server through a fast RateLimiter (tst_matrixwindow.cpp); the history window
// and File > Export work on a HistoryStore in a temporary directory (tst_matrixwindow_history.cpp).
#include "core/api/apiclient.h"
#include "core/session/checksession.h"
#include "support/fakegaapserver.h"
#include "core/gaap/gaapapi.h"
#include "core/history/historystore.h"
#include "ui/matrix/matrixwindow.h"
#include "core/api/ratelimiter.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

// What the main window gives the matrix window: the profile's API objects and the check page's
// session (for the origin list), here with a limiter fast enough for tests.
struct MatrixHarness
{
    explicit MatrixHarness(const FakeGaapServer &server);

    QTemporaryDir dir;
    QNetworkAccessManager network;
    ApiClient client{&network};
    RateLimiter limiter{20, std::chrono::milliseconds(100)};
    GaapApi api{&client, &limiter};
    CheckSession session{&api, nullptr};
    HistoryStore history{dir.filePath(QStringLiteral("history.sqlite"))};
    MatrixWindow window{&api, &session};
};

class tst_MatrixWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // tst_matrixwindow.cpp
    void matrixCompletes();
    void cancelKeepsPartialGrid();
    void errorsAndRecheckFailed();

    // tst_matrixwindow_history.cpp
    void historyListsAndFilters();
    void historyDeleteAndClear();
    void unavailableStoreIsExplained();
    void exportsHistory();
    void exportsMatrixFromMainWindow();

private:
    // Chooses `origin`, waits for its access regions and keeps only `access` checked.
    void prepare(MatrixHarness &h, const QString &origin, const QStringList &access);
    // Whether the fake data says this cell can be created.
    [[nodiscard]] bool expected(const QString &access, const QString &networkType, qint64 bandwidth,
                                qint64 concurrent) const;

    std::unique_ptr<FakeGaapServer> m_server;
};
