// Watches in the app: a connection watched from the main window runs with the profile in use, shows in
// Tools > Watches… with its answer, goes to the history as "watch", keeps its interval, can be removed, and
// waits while another profile is in use; Quit still ends the app. A requirement search watched from the Find window
// shows with the access regions that can serve it, and says when one joins.
#include "core/session/watchlist.h"
#include "support/appcontext.h"
#include "support/childwidget.h"
#include "support/demoprofile.h"
#include "support/fakegaapserver.h"
#include "ui/check/resultcard.h"
#include "ui/find/findwindow.h"
#include "ui/mainwindow.h"
#include "ui/watch/watchcontroller.h"
#include "ui/watch/watcheswindow.h"

#include <QAction>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_WatchesWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void watchFromTheMainWindow();
    void watchASearchFromFind();

private:
    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<WatchList> m_watches;
    std::unique_ptr<MainWindow> m_window;
};

// Profiles alpha and beta on the server's demo key; the main window with the watch list, alpha in use.
void tst_WatchesWindow::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_app = std::make_unique<AppContext>();
    m_watches = std::make_unique<WatchList>(&m_app->settings);
    m_window = std::make_unique<MainWindow>(&m_app->stack, &m_app->profiles, &m_app->preferences);
    FakeGaapServer &server = *m_server;
    AppContext &app = *m_app;
    MainWindow &window = *m_window;
    for (const QString &name : {u"alpha"_s, u"beta"_s})
        QVERIFY(DemoProfile::save(app, server, name));
    window.setHistoryStore(&app.history);
    window.setWatchList(m_watches.get());
    window.setCurrentProfile(u"alpha"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.currentProfile(), u"alpha"_s);
    QTRY_VERIFY(app.stack.hasCredentials());
}

void tst_WatchesWindow::cleanup()
{
    m_window.reset();
    m_watches.reset();
    m_app.reset();
    m_server.reset();
}

void tst_WatchesWindow::watchFromTheMainWindow()
{
    FakeGaapServer &server = *m_server;
    AppContext &app = *m_app;
    WatchList &watches = *m_watches;
    MainWindow &window = *m_window;

    const std::optional<FakeRoute> route = server.data().creatableRoute();
    QVERIFY(route);
    const CheckRequest request = DemoProfile::checkOf(*route);
    window.watchController()->watchConnection(request);
    QCOMPARE(watches.entries().size(), 1);
    const QString id = watches.entries().constFirst().id;
    QCOMPARE(watches.entries().constFirst().profile, u"alpha"_s);
    QVERIFY(watches.isRunning(id));

    // Shown in the Watches window, answered, recorded as "watch".
    WatchesWindow *list = window.watchController()->watchesWindow();
    QVERIFY(list && list->isVisible());
    auto *table = child<QTableWidget>(list, "watchTable");
    QCOMPARE(table->rowCount(), 1);
    QTRY_VERIFY(watches.entry(id)->last.has_value());
    QTRY_VERIFY2(table->item(0, 3)->text().contains(u"can be created"_s), qPrintable(table->item(0, 3)->text()));
    QTRY_COMPARE(app.history.entries().size(), 1);
    QCOMPARE(app.history.entries().constFirst().source, u"watch"_s);
    QCOMPARE(app.history.entries().constFirst().profile, u"alpha"_s);
    QCOMPARE(app.history.entries().constFirst().request, request);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(
        WatchController::creatableMessage(*watches.entry(id), {request.accessRegion})));

    // Open checks the watched connection in the main window.
    table->selectRow(0);
    auto *open = child<QPushButton>(list, "openButton");
    QVERIFY2(open->isEnabled() && open->text().contains(u"main window"_s), qPrintable(open->text()));
    open->click();
    auto *shown = window.findChild<ResultCard *>();
    QTRY_VERIFY_WITH_TIMEOUT(shown->request() && *shown->request() == request && !shown->requestId().isEmpty(), 10000);

    // The interval of the selected watch.
    table->selectRow(0);
    child<QSpinBox>(list, "intervalSpin")->setValue(15);
    QCOMPARE(watches.entry(id)->interval, 15min);

    // Another profile in use: the watch waits, and says why.
    window.setCurrentProfile(u"beta"_s);
    QTRY_VERIFY(!watches.isRunning(id));
    QTRY_VERIFY2(table->item(0, 4)->text().contains(u"alpha"_s), qPrintable(table->item(0, 4)->text()));
    window.setCurrentProfile(u"alpha"_s);
    QTRY_VERIFY(watches.isRunning(id));

    // Kept across restarts; Remove forgets it.
    QCOMPARE(WatchList(&app.settings).entries().size(), 1);
    table->selectRow(0);
    child<QPushButton>(list, "removeButton")->click();
    QCOMPARE(watches.entries().size(), 0);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(WatchList(&app.settings).entries().size(), 0);

    // "Watch" under a "Cannot be created" answer watches that connection.
    auto *card = window.findChild<ResultCard *>();
    QVERIFY(card);
    CheckOutcome cannot;
    cannot.request = request;
    cannot.request.concurrent += 1;
    cannot.sentAt = QDateTime::currentDateTimeUtc();
    cannot.result = CheckResult{false, u"req-cannot"_s};
    card->show();
    card->showOutcome(cannot);
    auto *watchButton = child<QPushButton>(card, "watchButton");
    QTRY_VERIFY(watchButton->isVisible());
    watchButton->click();
    QCOMPARE(watches.entries().size(), 1);
    QCOMPARE(watches.entries().constFirst().request, cannot.request);

    // Without a system tray (offscreen) closing the window closes it, watches or not.
    window.watchController()->watchConnection(request);
    window.close();
    QTRY_VERIFY(!window.isVisible());
}

void tst_WatchesWindow::watchASearchFromFind()
{
    FakeGaapServer &server = *m_server;
    AppContext &app = *m_app;
    WatchList &watches = *m_watches;
    MainWindow &window = *m_window;

    // Nothing serving Hongkong has capacity; Find starts from the main window's choices.
    const std::optional<FakeRoute> route = server.data().creatableRoute();
    QVERIFY(route);
    CheckRequest wanted;
    wanted.originRegion = route->origin;
    wanted.bandwidth = route->bandwidth;
    wanted.concurrent = route->concurrent;
    int serving = 0;
    for (const FakeAccessRegion &region : server.data().accessRegions()) {
        if (region.destRegions.contains(route->origin)) {
            QVERIFY(server.setCapacity(region.id, u"normal"_s, FakeCapacity{0, 0}));
            ++serving;
        }
    }
    window.openFindFor(wanted);
    FindWindow *find = window.findWindow();
    QVERIFY(find);
    QTRY_VERIFY(find->requirement() && find->requirement()->originRegion == route->origin);
    auto *watchButton = child<QPushButton>(find, "watchButton");
    QVERIFY(watchButton->isEnabled());
    watchButton->click();

    // Watched as a search with the profile in use, shown and selected in the Watches window.
    QCOMPARE(watches.entries().size(), 1);
    const WatchEntry &entry = watches.entries().constFirst();
    const QString id = entry.id;
    QVERIFY(entry.isSearch());
    QVERIFY(entry.requirement->sameSearchAs(*find->requirement()));
    QCOMPARE(entry.profile, u"alpha"_s);
    QVERIFY(watches.isRunning(id));
    WatchesWindow *list = window.watchController()->watchesWindow();
    QVERIFY(list && list->isVisible());
    auto *table = child<QTableWidget>(list, "watchTable");
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 0)->isSelected());
    QVERIFY2(table->item(0, 0)->text().contains(u"any access region"_s), qPrintable(table->item(0, 0)->text()));
    QTRY_VERIFY_WITH_TIMEOUT(watches.entry(id)->last.has_value(), 20000);
    QTRY_VERIFY2(table->item(0, 3)->text().contains(u"no access region can serve this"_s),
                 qPrintable(table->item(0, 3)->text()));
    // Each region checked is in the history as "watch".
    const QList<HistoryEntry> checked = app.history.entries();
    QVERIFY(!checked.isEmpty() && checked.size() <= serving);
    for (const HistoryEntry &e : checked) {
        QCOMPARE(e.source, u"watch"_s);
        QCOMPARE(e.request.originRegion, route->origin);
        QCOMPARE(e.canCreate, std::optional<bool>(false));
    }

    // Capacity appears in the route's access region: the next search says where, and the status bar tells.
    QVERIFY(
        server.setCapacity(route->access, u"normal"_s, FakeCapacity{route->bandwidth * 10, route->concurrent * 10}));
    watches.run(app.stack.api(), u"alpha"_s); // runs the watches again: checks at once
    QTRY_VERIFY_WITH_TIMEOUT(watches.entry(id)->last->state == WatchAnswer::State::CanCreate, 20000);
    QTRY_VERIFY2(table->item(0, 3)->text().contains(route->access), qPrintable(table->item(0, 3)->text()));
    // The cell may be cut: its tooltip has the configuration checked in each region.
    const QString details = table->item(0, 3)->toolTip();
    QVERIFY2(details.contains(route->access + u": "_s) && details.contains(QString::number(route->bandwidth)),
             qPrintable(details));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(route->access) && message.contains(u"can be created now"_s), qPrintable(message));
    QCOMPARE(message, WatchController::creatableMessage(*watches.entry(id), {route->access}));
    QCOMPARE(app.history.entries().size(), 2 * checked.size());

    // Open runs the search in Find Capacity, with prices.
    table->selectRow(0);
    auto *open = child<QPushButton>(list, "openButton");
    QVERIFY2(open->isEnabled() && open->text().contains(u"Find Capacity"_s), qPrintable(open->text()));
    const int searchesBefore = server.requestCount(u"DescribeAccessRegionsByDestRegion"_s);
    open->click();
    QTRY_VERIFY(find->search() && find->search()->requirement().sameSearchAs(*watches.entry(id)->requirement));
    QVERIFY(find->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!find->search()->isRunning(), 20000);
    QVERIFY(server.requestCount(u"DescribeAccessRegionsByDestRegion"_s) > searchesBefore);
    QVERIFY(find->search()->pricesSent() > 0);

    // Kept across restarts, as a search.
    const WatchList again(&app.settings);
    QCOMPARE(again.entries().size(), 1);
    QVERIFY(again.entries().constFirst().isSearch());
    QCOMPARE(again.entries().constFirst().last->creatable.size(), 1);
}

QTEST_MAIN(tst_WatchesWindow)

#include "tst_watcheswindow.moc"
