#pragma once

// The matrix, history and export windows on the offscreen platform. The matrix runs against the
// in-process fake GAAP server through a fast RateLimiter (tst_matrixwindow.cpp); the history window
// and File > Export work on a HistoryStore in a temporary directory (tst_matrixwindow_history.cpp).
#include "core/history/historystore.h"
#include "support/fakeapistack.h"
#include "ui/matrix/matrixwindow.h"

#include <QObject>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

// What the main window gives the matrix window: the API stack (its origin list, its GaapApi), here with
// a limiter fast enough for tests.
struct MatrixHarness
{
    explicit MatrixHarness(const FakeGaapServer &server);

    QTemporaryDir dir;
    FakeApiStack fake;
    ApiClient &client = fake.client();
    HistoryStore history{dir.filePath(QStringLiteral("history.sqlite"))};
    MatrixWindow window{&fake.stack()};
};

Q_DECLARE_METATYPE(MatrixSummary)

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
    void unusableOriginIsShownNotChosen();
    void summaryHeadings_data();
    void summaryHeadings();

    // tst_matrixwindow_history.cpp
    void historyListsAndFilters();
    void historyDeleteAndClear();
    void unavailableStoreIsExplained();
    void exportsHistory();
    void historyBeyondTheWindowIsCountedAndExported();
    void historyModelReadsPages();
    void exportsMatrixFromMainWindow();

private:
    // Chooses `origin`, waits for its access regions and keeps only `access` checked.
    void prepare(MatrixHarness &h, const QString &origin, const QStringList &access);
    // Whether the fake data says this cell can be created.
    [[nodiscard]] bool expected(const QString &access, const QString &networkType, qint64 bandwidth,
                                qint64 concurrent) const;

    std::unique_ptr<FakeGaapServer> m_server;
};
