// The main-window shell on the offscreen platform: it shows where requests go, and its menus
// are reachable from the keyboard.
#include "endpoint.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QtTest>

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEndpointInStatusBar_data();
    void showsEndpointInStatusBar();
    void menusHaveMnemonicsAndQuitShortcut();
    void quitActionClosesWindow();
};

void tst_MainWindow::showsEndpointInStatusBar_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("china") << Endpoint::china().toString();
    QTest::newRow("international") << Endpoint::international().toString();
    QTest::newRow("loopback") << QStringLiteral("http://127.0.0.1:8080/");
}

void tst_MainWindow::showsEndpointInStatusBar()
{
    QFETCH(QString, url);
    const std::optional<Endpoint> endpoint = Endpoint::fromUserInput(url);
    QVERIFY(endpoint.has_value());
    MainWindow window(*endpoint);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("endpointLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(url), qPrintable(label->text()));
    QVERIFY(!label->accessibleName().isEmpty());
    QCOMPARE(window.windowTitle(), QStringLiteral("GAAP Capacity Check"));
}

void tst_MainWindow::menusHaveMnemonicsAndQuitShortcut()
{
    MainWindow window(Endpoint::china());
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    for (const QAction *menu : menus)
        QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));

    auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAbout")));
}

void tst_MainWindow::quitActionClosesWindow()
{
    MainWindow window(Endpoint::china());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QTRY_VERIFY(!window.isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
