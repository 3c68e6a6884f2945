#include "ui/watch/watchcontroller.h"

#include "core/history/historyrecording.h"
#include "core/history/historystore.h"
#include "core/session/apistack.h"
#include "ui/common/checktext.h"
#include "ui/common/windowkeys.h"
#include "ui/watch/watcheswindow.h"
#include "ui/watch/watchtray.h"

#include <QApplication>
#include <QWidget>

WatchController::WatchController(ApiStack *stack, QWidget *window)
    : QObject(window)
    , m_stack(stack)
    , m_mainWindow(window)
    , m_tray(new WatchTray(this))
{
    Q_ASSERT(stack && window);
    connect(m_tray, &WatchTray::showRequested, this, &WatchController::showRequested);
    connect(m_tray, &WatchTray::watchesRequested, this, &WatchController::openWatches);
    connect(m_tray, &WatchTray::quitRequested, this, &WatchController::quitRequested);
}

WatchController::~WatchController() = default;

void WatchController::setWatchList(WatchList *watches)
{
    if (m_watches) {
        m_watches->disconnect(this);
        m_stack->disconnect(m_watches);
    }
    m_watches = watches;
    if (watches) {
        connect(watches, &WatchList::answered, this, &WatchController::recordAnswer);
        connect(watches, &WatchList::becameCreatable, this, &WatchController::notifyCreatable);
        connect(watches, &WatchList::listChanged, this, &WatchController::updateTray);
        // The watches of a profile run once its key is there, with its endpoint.
        connect(m_stack, &ApiStack::profileChanged, watches, [watches] { watches->run(nullptr, QString()); });
        connect(m_stack, &ApiStack::credentialsReady, watches,
                [this, watches](const QString &name) { watches->run(m_stack->api(), name); });
        if (m_stack->hasCredentials())
            watches->run(m_stack->api(), m_stack->profile());
    }
    updateTray();
}

void WatchController::setContext(const QString &profile, const Endpoint &endpoint)
{
    m_profile = profile;
    m_endpoint = endpoint;
}

void WatchController::watchConnection(const CheckRequest &request)
{
    if (m_watches && !m_profile.isEmpty())
        showWatch(m_watches->add(request, m_profile));
}

void WatchController::watchRequirement(const Requirement &requirement)
{
    if (m_watches && !m_profile.isEmpty())
        showWatch(m_watches->add(requirement, m_profile));
}

void WatchController::showWatch(const QString &id)
{
    openWatches();
    m_window->select(id);
}

void WatchController::openWatches()
{
    if (!m_watches)
        return;
    if (!m_window) {
        m_window = new WatchesWindow(m_watches, m_mainWindow);
        connect(m_window, &WatchesWindow::checkRequested, this, &WatchController::checkRequested);
        connect(m_window, &WatchesWindow::searchRequested, this, &WatchController::searchRequested);
    }
    showInFront(m_window);
}

WatchesWindow *WatchController::watchesWindow() const
{
    return m_window;
}

bool WatchController::keepWatchingInTheBackground()
{
    if (!m_watches || m_watches->runningCount() == 0 || !m_tray->isShown())
        return false;
    m_tray->notifyStillWatching(m_watches->runningCount());
    return true;
}

void WatchController::recordAnswer(const WatchEntry &entry, const WatchAnswer &answer)
{
    if (!m_history)
        return;
    QList<HistoryEntry> entries =
        HistoryRecording::fromWatch(entry.request, entry.requirement, answer, entry.profile, m_endpoint);
    bool recorded = false;
    for (HistoryEntry &e : entries)
        recorded = m_history->record(e) || recorded;
    if (recorded)
        Q_EMIT historyRecorded();
}

QString WatchController::creatableMessage(const WatchEntry &entry, const QStringList &regions)
{
    if (!entry.requirement) {
        const CheckRequest &r = entry.request;
        return tr("%1 → %2, %3 × %4 can be created now (RequestId %5).")
            .arg(r.originRegion, r.accessRegion, CheckText::bandwidth(r.bandwidth), CheckText::concurrent(r.concurrent),
                 entry.last ? entry.last->requestId : QString());
    }
    const Requirement &r = *entry.requirement;
    return tr("From %1, at least %2 × %3 can be created now in %4.")
        .arg(r.originRegion, CheckText::bandwidth(r.minBandwidth), CheckText::concurrent(r.minConcurrent),
             regions.join(tr(", ")));
}

void WatchController::notifyCreatable(const WatchEntry &entry, const QStringList &regions)
{
    const QString message = creatableMessage(entry, regions);
    Q_EMIT capacityAppeared(message);
    m_tray->notifyCreatable(message);
    QApplication::alert(m_mainWindow);
}

void WatchController::updateTray()
{
    m_tray->setShown(m_watches && !m_watches->entries().isEmpty());
    // With a tray icon the watches go on when the window is closed; Quit ends them.
    QApplication::setQuitOnLastWindowClosed(!m_tray->isShown());
}
