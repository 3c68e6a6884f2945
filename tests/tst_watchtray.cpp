// The tray icon and its desktop notifications, on a desktop that has both: an X display and, on a private bus,
// gaap-fake-notification-host as the tray (org.kde.StatusNotifierWatcher) and the notification daemon
// (org.freedesktop.Notifications), which prints what it is asked. No tray while nothing is watched; with a watch
// the icon shows, a connection that can be created is notified with the status bar's message, closing the
// window keeps the app watching (said once), and removing the last watch hides the icon again.
#include "core/session/watchlist.h"
#include "support/demoprofile.h"
#include "ui/mainwindow.h"
#include "ui/watch/watchcontroller.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_WatchTray final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void trayNotifiesAndKeepsWatching();

private:
    // What the host was asked to do, as printed: {"call": name, …}.
    [[nodiscard]] QList<QJsonObject> calls(const QString &name);

    QProcess m_host;
    QByteArray m_hostOutput;
};

void tst_WatchTray::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DISPLAY") && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run under xvfb-run and dbus-run-session (ctest does)");
    m_host.setProgram(QStringLiteral(GAAP_FAKE_NOTIFICATION_HOST_PATH));
    m_host.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_host.start();
    QVERIFY(m_host.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            m_hostOutput += m_host.readAllStandardOutput();
            return m_hostOutput.contains("ready\n");
        }(),
        10000);
    // Asked only now: Qt decides once whether the desktop has a StatusNotifier tray.
    QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
}

void tst_WatchTray::cleanupTestCase()
{
    m_host.kill();
    m_host.waitForFinished();
}

QList<QJsonObject> tst_WatchTray::calls(const QString &name)
{
    m_hostOutput += m_host.readAllStandardOutput();
    QList<QJsonObject> found;
    for (const QByteArray &line : m_hostOutput.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(u"call"_s).toString() == name)
            found.append(object);
    }
    return found;
}

void tst_WatchTray::trayNotifiesAndKeepsWatching()
{
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    AppContext app;
    QVERIFY(DemoProfile::save(app, server, u"alpha"_s));
    WatchList watches(&app.settings);
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.setWatchList(&watches);
    window.setCurrentProfile(u"alpha"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(app.stack.hasCredentials());

    // Nothing watched: no icon, and closing the last window ends the app.
    QTest::qWait(200);
    QCOMPARE(calls(u"RegisterStatusNotifierItem"_s).size(), 0);
    QVERIFY(QApplication::quitOnLastWindowClosed());

    // A watch: the icon shows; the connection can be created: notified with the status bar's message.
    const std::optional<FakeRoute> route = server.data().creatableRoute();
    QVERIFY(route);
    const CheckRequest request = DemoProfile::checkOf(*route);
    window.watchController()->watchConnection(request);
    QTRY_COMPARE_WITH_TIMEOUT(calls(u"RegisterStatusNotifierItem"_s).size(), 1, 10000);
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QTRY_COMPARE_WITH_TIMEOUT(calls(u"Notify"_s).size(), 1, 10000);
    const QJsonObject notified = calls(u"Notify"_s).constFirst();
    QCOMPARE(notified.value(u"summary"_s).toString(), u"Capacity available"_s);
    const QString id = watches.entries().constFirst().id;
    QCOMPARE(notified.value(u"body"_s).toString(),
             WatchController::creatableMessage(*watches.entry(id), {request.accessRegion}));
    QCOMPARE(window.statusBar()->currentMessage(), notified.value(u"body"_s).toString());

    // Closing the window: it hides, the watch goes on, and the tray says so, once.
    window.close();
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(watches.isRunning(id));
    QTRY_COMPARE_WITH_TIMEOUT(calls(u"Notify"_s).size(), 2, 10000);
    QCOMPARE(calls(u"Notify"_s).constLast().value(u"summary"_s).toString(), u"Still watching"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.close();
    QTest::qWait(300);
    QCOMPARE(calls(u"Notify"_s).size(), 2);

    // The last watch removed: no icon, and closing ends the app again.
    watches.remove(id);
    QVERIFY(QApplication::quitOnLastWindowClosed());
}

QTEST_MAIN(tst_WatchTray)

#include "tst_watchtray.moc"
