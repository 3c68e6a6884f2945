#pragma once

#include "core/api/endpoint.h"
#include "core/session/watchlist.h"

#include <QObject>
#include <QPointer>

class ApiStack;
class HistoryStore;
class QWidget;
class WatchTray;
class WatchesWindow;

// The watches' side of the main window: runs the kept watches of the profile in use (once its key is read),
// writes every watched check into the history, tells the operator when capacity appears (a status message, an
// alert and the tray's notification), opens Tools > Watches…, and keeps the app watching in the tray after its
// window is closed.
class WatchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchController)

public:
    // `stack` must outlive the controller; `window` is the main window (the Watches window's parent, alerted).
    WatchController(ApiStack *stack, QWidget *window);
    ~WatchController() override;

    // Where the watches are kept (nullptr: none). Must outlive the controller.
    void setWatchList(WatchList *watches);
    [[nodiscard]] WatchList *watchList() const { return m_watches; }
    void setHistoryStore(HistoryStore *history) { m_history = history; }
    // The profile in use and its endpoint: new watches are signed with it; history entries name it.
    void setContext(const QString &profile, const Endpoint &endpoint);

    // Watches a connection, or a requirement search, with the profile in use and shows it in the Watches window.
    // Nothing without a watch list or a profile.
    void watchConnection(const CheckRequest &request);
    void watchRequirement(const Requirement &requirement);
    void openWatches();
    [[nodiscard]] WatchesWindow *watchesWindow() const;

    // The main window is being closed (not quit): true when watches run and the tray icon shows, so the window
    // only hides and the watches go on (the tray says so once).
    [[nodiscard]] bool keepWatchingInTheBackground();

    // What a notification says when a watch can be created now (`regions`: the access regions that are new).
    [[nodiscard]] static QString creatableMessage(const WatchEntry &entry, const QStringList &regions);

Q_SIGNALS:
    void historyRecorded();
    void capacityAppeared(const QString &message);
    // Open in the Watches window: check this connection in the main window, or run this search in Find Capacity.
    void checkRequested(const CheckRequest &request);
    void searchRequested(const Requirement &requirement);
    void showRequested(); // from the tray
    void quitRequested(); // from the tray

private:
    void showWatch(const QString &id);
    void recordAnswer(const WatchEntry &entry, const WatchAnswer &answer);
    void notifyCreatable(const WatchEntry &entry, const QStringList &regions);
    void updateTray();

    ApiStack *m_stack;
    QWidget *m_mainWindow;
    WatchTray *m_tray;
    WatchList *m_watches = nullptr;
    HistoryStore *m_history = nullptr;
    QString m_profile;
    Endpoint m_endpoint = Endpoint::china();
    QPointer<WatchesWindow> m_window;
};
