// Watches in the app: a connection watched from the main window runs with the profile in use, shows in
// Tools > Watches… with its answer, goes to the history as "watch", keeps its interval, can be removed, and
// waits while another profile is in use; Quit still ends the app.
#include "core/session/watchlist.h"
#include "support/appcontext.h"
#include "support/childwidget.h"
#include "support/fakegaapserver.h"
#include "ui/check/resultcard.h"
#include "ui/mainwindow.h"
#include "ui/watch/watcheswindow.h"
#include "ui/watch/watchtray.h"

#include <QAction>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_WatchesWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void watchFromTheMainWindow();
};

void tst_WatchesWindow::watchFromTheMainWindow()
{
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    AppContext app;
    const FakeCredential demo = server.demoCredential();
    for (const QString &name : {u"alpha"_s, u"beta"_s}) {
        bool saved = false;
        CredentialJob *job = app.profiles.save({name, server.url().toString(), false},
                                               {demo.secretId, SecretString(demo.secretKey), SecretString()});
        QVERIFY(job);
        connect(job, &CredentialJob::finished, this, [&saved] { saved = true; });
        QTRY_VERIFY(saved);
    }
    WatchList watches(&app.settings);
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.setHistoryStore(&app.history);
    window.setWatchList(&watches);
    window.setCurrentProfile(u"alpha"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.currentProfile(), u"alpha"_s);
    QTRY_VERIFY(app.stack.hasCredentials());

    const std::optional<FakeRoute> route = server.data().creatableRoute();
    QVERIFY(route);
    CheckRequest request;
    request.originRegion = route->origin;
    request.accessRegion = route->access;
    request.bandwidth = route->bandwidth;
    request.concurrent = route->concurrent;
    window.watchConnection(request);
    QCOMPARE(watches.entries().size(), 1);
    const QString id = watches.entries().constFirst().id;
    QCOMPARE(watches.entries().constFirst().profile, u"alpha"_s);
    QVERIFY(watches.isRunning(id));

    // Shown in the Watches window, answered, recorded as "watch".
    WatchesWindow *list = window.watchesWindow();
    QVERIFY(list && list->isVisible());
    auto *table = child<QTableWidget>(list, "watchTable");
    QCOMPARE(table->rowCount(), 1);
    QTRY_VERIFY(watches.entry(id)->last.has_value());
    QTRY_VERIFY2(table->item(0, 3)->text().contains(u"can be created"_s), qPrintable(table->item(0, 3)->text()));
    QTRY_COMPARE(app.history.entries().size(), 1);
    QCOMPARE(app.history.entries().constFirst().source, u"watch"_s);
    QCOMPARE(app.history.entries().constFirst().profile, u"alpha"_s);
    QCOMPARE(app.history.entries().constFirst().request, request);
    QVERIFY(window.statusBar()->currentMessage().contains(WatchTray::creatableMessage(*watches.entry(id))));

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
    window.watchConnection(request);
    window.close();
    QTRY_VERIFY(!window.isVisible());
}

QTEST_MAIN(tst_WatchesWindow)

#include "tst_watcheswindow.moc"
