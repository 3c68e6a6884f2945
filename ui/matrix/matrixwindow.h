#pragma once

#include "core/api/endpoint.h"
#include "core/session/matrixrun.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class ApiStack;
class GaapApi;
class HistoryStore;
class MatrixGrid;
class QListWidget;
class RegionLists;

namespace Ui {
class MatrixWindow;
}

// The capacity matrix of one origin: every chosen access region × bandwidth × concurrency, checked
// through the profile's GaapApi (so paced by the shared RateLimiter), one grid per access region with
// a summary, progress with an ETA, Cancel and "Re-check failed cells". Origins come from the stack's
// region lists; access regions from lists of its own, so the check form is not disturbed.
// A non-modal window: everything is asynchronous, and a partial matrix stays on screen.
class MatrixWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixWindow)

public:
    // `stack` must outlive the window.
    explicit MatrixWindow(ApiStack *stack, QWidget *parent = nullptr);
    ~MatrixWindow() override;

    // Each answered cell is recorded here (source "matrix") with this profile and endpoint.
    void setHistoryStore(HistoryStore *history) { m_history = history; }
    // The profile changed: cancels a running matrix and reloads the lists.
    void setContext(const QString &profile, const Endpoint &endpoint);
    // Chooses `originRegion` (the main window's) unless a matrix is running; when the list does not offer it yet,
    // as soon as it does.
    void setPreferredOrigin(const QString &originRegion);
    // A line under the progress (an export's outcome).
    void showMessage(const QString &message);
    // Loads the access regions again, unless a matrix is running (the language changed: the names are the
    // server's).
    void reloadRegions();

    // The matrix shown (nullptr before the first Start).
    [[nodiscard]] const MatrixRun *run() const { return m_run; }
    [[nodiscard]] bool hasCells() const { return m_run && m_run->doneCount() > 0; }
    // The request Start would send now; nullopt while incomplete.
    [[nodiscard]] std::optional<MatrixRequest> request() const;
    [[nodiscard]] QList<MatrixGrid *> grids() const { return m_grids; }

public Q_SLOTS:
    void start();
    void cancel();
    void recheckFailed();
    void loadAccessRegions();

Q_SIGNALS:
    void historyRecorded();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override; // a language change re-translates the window, grids included

private:
    void retranslate();
    // The line under the progress once a run has ended.
    [[nodiscard]] QString finishedText() const;
    void fillOrigins();
    void fillNetworkTypes();
    void fillAccessRegions();
    void fillValueLists();
    void cellChanged(int index);
    // Each grid's heading, for a run that is going on or over.
    void showSummaries();
    QString m_preferredOrigin;
    void showProgress();
    void runFinished();
    void updateButtons();
    void clearGrids();

    std::unique_ptr<Ui::MatrixWindow> m_ui;
    GaapApi *m_api;
    RegionLists *m_origins;
    std::unique_ptr<RegionLists> m_access;
    HistoryStore *m_history = nullptr;
    QString m_profile;
    Endpoint m_endpoint = Endpoint::china();
    QPointer<MatrixRun> m_run;
    QList<MatrixGrid *> m_grids;
};
