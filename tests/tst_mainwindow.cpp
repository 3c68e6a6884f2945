// The main-window shell on the offscreen platform: it shows where requests go and with which
// profile, its menus are reachable from the keyboard, and it opens the Profiles dialog.
#include "core/api/endpoint.h"
#include "core/credentials/profileregistry.h"
#include "support/appcontext.h"
#include "support/childwidget.h"
#include "support/fakeapistack.h"
#include "support/fakegaapserver.h"
#include "ui/check/checkform.h"
#include "ui/check/checkpage.h"
#include "ui/check/resultcard.h"
#include "ui/mainwindow.h"
#include "ui/matrix/matrixwindow.h"
#include "ui/settings/profilesdialog.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QtTest>

#include <algorithm>

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEndpointInStatusBar_data();
    void showsEndpointInStatusBar();
    void menusHaveMnemonicsAndQuitShortcut();
    void quitActionClosesWindow();
    void showsCurrentProfile();
    void profilesActionOpensDialog();
    void settingsActionStoresAndAppliesPreferences();
    void environmentProfileFollowsDefaultSite();
    void closingSavesGeometry();
    void changedFormGreysTheAnswer();
    void firstWindowFitsFormAndAnswer();
};

void tst_MainWindow::initTestCase()
{
    // An Environment profile would change what "default" means here.
    qunsetenv("TENCENTCLOUD_SECRET_ID");
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
}

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
    AppContext app;
    app.stack.setEndpointOverride(*endpoint);
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
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
    AppContext app;
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 3);
    for (const QAction *menu : menus)
        QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));

    auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAbout")));
}

void tst_MainWindow::quitActionClosesWindow()
{
    AppContext app;
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QTRY_VERIFY(!window.isVisible());
}

void tst_MainWindow::showsCurrentProfile()
{
    AppContext app;
    QVERIFY(app.registry.save({QStringLiteral("staging"), QStringLiteral("international"), false}));
    QVERIFY(app.registry.save({QStringLiteral("production"), QStringLiteral("china"), false}));
    app.registry.setDefaultProfile(QStringLiteral("production"));

    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("profileLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(!label->accessibleName().isEmpty());
    QCOMPARE(window.currentProfile(), QStringLiteral("production")); // the default unless told otherwise
    QVERIFY2(label->text().contains(QStringLiteral("production")), qPrintable(label->text()));

    window.setCurrentProfile(QStringLiteral("staging"));
    QVERIFY2(label->text().contains(QStringLiteral("staging")), qPrintable(label->text()));

    // When the chosen profile goes away, the window falls back to the default one.
    app.profiles.remove(QStringLiteral("staging"));
    QTRY_COMPARE(window.currentProfile(), QStringLiteral("production"));
    QVERIFY2(label->text().contains(QStringLiteral("production")), qPrintable(label->text()));
}

void tst_MainWindow::profilesActionOpensDialog()
{
    AppContext app;
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    auto *action = window.findChild<QAction *>(QStringLiteral("actionProfiles"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    QVERIFY2(action->text().contains(u'&'), qPrintable(action->text()));
    auto *settingsMenu = window.findChild<QMenu *>(QStringLiteral("menuSettings"));
    QVERIFY(settingsMenu);
    QVERIFY(settingsMenu->actions().contains(action));

    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ProfilesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ProfilesDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not exec()

    // Triggering it again reuses the open dialog; closing it deletes it.
    action->trigger();
    QCOMPARE(window.findChildren<ProfilesDialog *>().size(), 1);
    QPointer<ProfilesDialog> guard(dialog);
    dialog->reject();
    QTRY_VERIFY(guard.isNull());
}

void tst_MainWindow::settingsActionStoresAndAppliesPreferences()
{
    AppContext app;
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    auto *action = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    QVERIFY2(action->text().contains(u'&'), qPrintable(action->text()));
    auto *settingsMenu = window.findChild<QMenu *>(QStringLiteral("menuSettings"));
    QVERIFY(settingsMenu);
    QVERIFY(settingsMenu->actions().contains(action));
    QVERIFY(settingsMenu->actions().contains(window.findChild<QAction *>(QStringLiteral("actionProfiles"))));

    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not exec()
    action->trigger();
    QCOMPARE(window.findChildren<SettingsDialog *>().size(), 1);

    QSignalSpy changed(&window, &MainWindow::preferencesChanged);
    auto *noProxy = dialog->findChild<QRadioButton *>(QStringLiteral("noProxyRadio"));
    QVERIFY(noProxy);
    noProxy->setChecked(true);
    QPointer<SettingsDialog> guard(dialog);
    dialog->accept();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(app.preferences.proxy().mode, ProxySettings::Mode::None);
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
    QTRY_VERIFY(guard.isNull());

    applyProxy(ProxySettings()); // leave the process as the other tests expect it
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());

    // Appearance: Dark takes effect at once (Fusion with the dark palette), System brings the desktop's back.
    const QString desktopStyle = QApplication::style()->name();
    const QColor desktopWindow = QApplication::palette().color(QPalette::Window);
    const auto chooseColours = [&window](int row) {
        window.openSettings();
        SettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = window.findChild<SettingsDialog *>()) && settings->isVisible());
        settings->findChild<QComboBox *>(QStringLiteral("appearanceCombo"))->setCurrentIndex(row);
        QPointer<SettingsDialog> closing(settings);
        settings->accept();
        QTRY_VERIFY(closing.isNull());
    };
    chooseColours(2);
    QCOMPARE(app.preferences.colourScheme(), Preferences::ColourScheme::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3F);
    QVERIFY(window.palette().color(QPalette::WindowText).lightnessF() > 0.8F);
    chooseColours(0);
    QCOMPARE(app.preferences.colourScheme(), Preferences::ColourScheme::System);
    QCOMPARE(QApplication::style()->name(), desktopStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), desktopWindow);
}

void tst_MainWindow::environmentProfileFollowsDefaultSite()
{
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDfromEnvironment");
    qputenv("TENCENTCLOUD_SECRET_KEY", "keyFromEnvironment");
    const auto unset = qScopeGuard([] {
        qunsetenv("TENCENTCLOUD_SECRET_ID");
        qunsetenv("TENCENTCLOUD_SECRET_KEY");
    });
    AppContext app;
    QVERIFY(app.registry.save({QStringLiteral("stored"), QStringLiteral("china"), false}));
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.setCurrentProfile(ProfileRegistry::environmentProfileName());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("endpointLabel"));
    QVERIFY2(label->text().contains(Endpoint::china().toString()), qPrintable(label->text()));

    // Settings: the default site becomes International; the Environment profile moves with it at once.
    window.openSettings();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    auto *site = dialog->findChild<QComboBox *>(QStringLiteral("siteCombo"));
    QVERIFY(site);
    site->setCurrentIndex(1); // International
    dialog->accept();
    QCOMPARE(app.preferences.defaultEndpoint(), Endpoint::international());
    QTRY_VERIFY2(label->text().contains(Endpoint::international().toString()), qPrintable(label->text()));
    QCOMPARE(window.checkPage()->endpoint(), Endpoint::international());

    // A profile with its own endpoint keeps it.
    window.setCurrentProfile(QStringLiteral("stored"));
    QCOMPARE(window.checkPage()->endpoint(), Endpoint::china());
    QVERIFY2(label->text().contains(Endpoint::china().toString()), qPrintable(label->text()));
}

void tst_MainWindow::closingSavesGeometry()
{
    AppContext app;
    QVERIFY(app.preferences.windowGeometry().isEmpty());
    {
        MainWindow window(&app.stack, &app.profiles, &app.preferences);
        window.resize(640, 480);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    const QByteArray saved = app.preferences.windowGeometry();
    QVERIFY(!saved.isEmpty());

    MainWindow restored(&app.stack, &app.profiles, &app.preferences);
    QVERIFY(restored.restoreGeometry(saved));
    QCOMPARE(restored.size(), QSize(640, 480));
}

// The life of an answer on the main window. After an answer, choosing another access region (or anything else) greys
// the card and says that the answer is for the connection listed on it: Chongqing's answer was read as Tokyo's.
// Choosing the same again, or a new check, makes it current.
void tst_MainWindow::changedFormGreysTheAnswer()
{
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    AppContext app;
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app.stack.useCredentials(endpointOf(server), demoCredentialsOf(server));
    auto *form = window.findChild<CheckForm *>();
    auto *card = window.findChild<ResultCard *>();
    QVERIFY(form && card);
    form->loadRegions();
    auto *origin = form->findChild<QComboBox *>(QStringLiteral("originCombo"));
    auto *access = form->findChild<QComboBox *>(QStringLiteral("accessCombo"));
    QTRY_VERIFY(origin->findData(QStringLiteral("Hongkong")) >= 0);
    origin->setCurrentIndex(origin->findData(QStringLiteral("Hongkong")));
    QTRY_VERIFY(access->count() > 1);
    // Two access regions serving Hongkong, each with its first bandwidth and concurrency.
    QStringList served;
    for (const FakeAccessRegion &region : server.data().accessRegions()) {
        if (region.destRegions.contains(QStringLiteral("Hongkong"))
            && region.ipVersions.contains(QStringLiteral("IPv4"))
            && region.packageTypes.contains(QStringLiteral("Thunder")))
            served.append(region.id);
    }
    QVERIFY(served.size() >= 2);
    const auto chooseRoute = [&](const QString &id) {
        const FakeAccessRegion *region = server.data().accessRegion(id);
        return choose(access, id)
               && choose(form->findChild<QComboBox *>(QStringLiteral("bandwidthCombo")),
                         region->bandwidths.constFirst())
               && choose(form->findChild<QComboBox *>(QStringLiteral("concurrencyCombo")),
                         region->concurrents.constFirst());
    };
    QTRY_VERIFY(chooseRoute(served.at(0)));
    QTRY_VERIFY(form->request().has_value());
    auto *checkButton = form->findChild<QPushButton *>(QStringLiteral("checkButton"));
    QTRY_VERIFY(checkButton->isEnabled());
    checkButton->click();
    QTRY_VERIFY(card->request().has_value() && !card->requestId().isEmpty());
    QVERIFY(!card->isStale());
    QTRY_VERIFY(!card->visibleRegion().isEmpty()); // scrolled into view

    // The price by traffic: asked again with BillingType 1 and shown with its fee per GB; the answer stays.
    auto *price = card->findChild<QLabel *>(QStringLiteral("priceLabel"));
    QTRY_VERIFY(!price->text().contains(QStringLiteral("Asking")));
    QVERIFY(!price->text().contains(QStringLiteral("per GB")));
    const int prices = server.requestCount(QStringLiteral("InquiryPriceCreateProxy"));
    card->findChild<QComboBox *>(QStringLiteral("billingCombo"))->setCurrentIndex(1);
    QTRY_COMPARE(server.requestCount(QStringLiteral("InquiryPriceCreateProxy")), prices + 1);
    QCOMPARE(QJsonDocument::fromJson(server.lastRequest().body).object().value(QStringLiteral("BillingType")).toInt(),
             1);
    QTRY_VERIFY2(price->text().contains(QStringLiteral("per GB")), qPrintable(price->text()));
    QVERIFY(!card->isStale());
    QCOMPARE(card->billing(), PriceRequest::Billing::Traffic);
    auto *note = card->findChild<QLabel *>(QStringLiteral("staleLabel"));
    QVERIFY(note && !note->isVisibleTo(card));

    QVERIFY(chooseRoute(served.at(1)));
    QTRY_VERIFY(card->isStale());
    QVERIFY(note->isVisibleTo(card));
    QVERIFY2(note->text().contains(QStringLiteral("Check")), qPrintable(note->text()));
    QTRY_VERIFY(chooseRoute(served.at(0)));
    QTRY_VERIFY(!card->isStale());
    QVERIFY(!note->isVisibleTo(card));

    // A check that hangs says how long it has waited and can be cancelled; Check works again after that.
    FakeFault hang;
    hang.kind = FakeFault::Kind::NoAnswer;
    hang.action = QStringLiteral("CheckProxyCreate");
    server.addFault(hang);
    QTRY_VERIFY(checkButton->isEnabled());
    checkButton->click();
    auto *verdict = card->findChild<QLabel *>(QStringLiteral("verdictLabel"));
    auto *cancel = card->findChild<QPushButton *>(QStringLiteral("cancelCheckButton"));
    QVERIFY(verdict && cancel);
    QTRY_VERIFY(cancel->isVisibleTo(card));
    QVERIFY(!checkButton->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(QStringLiteral("no answer yet after")), 10000);
    cancel->click();
    QTRY_VERIFY2(verdict->text().contains(QStringLiteral("cancelled")), qPrintable(verdict->text()));
    QVERIFY(!cancel->isVisibleTo(card));
    QTRY_VERIFY(checkButton->isEnabled());

    // The matrix starts from the main window's origin, and Esc closes it.
    window.openMatrix();
    MatrixWindow *matrix = window.matrixWindow();
    QVERIFY(matrix);
    auto *matrixOrigin = matrix->findChild<QComboBox *>(QStringLiteral("originCombo"));
    QTRY_COMPARE(matrixOrigin->currentData().toString(), QStringLiteral("Hongkong"));
    QVERIFY(QTest::qWaitForWindowExposed(matrix));
    matrix->activateWindow();
    QTRY_VERIFY(matrix->isActiveWindow());
    QTest::keyClick(matrix, Qt::Key_Escape);
    QTRY_VERIFY(!matrix->isVisible());
}

// The first window (no saved geometry) shows the form and an answer card, within the screen's free area; a saved
// geometry that does not fit the screen (another screen, 2x scaling) is not restored as it is.
void tst_MainWindow::firstWindowFitsFormAndAnswer()
{
    AppContext app;
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.restoreOrFitGeometry({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    const int wanted = std::min(window.checkPage()->fullSizeHint().height(), int(available.height() * 0.9));
    // The answer card counts although it is hidden before the first check (it was left out: 520 px high).
    QVERIFY(window.checkPage()->fullSizeHint().height()
            > window.findChild<CheckForm *>()->sizeHint().height()
                  + window.findChild<ResultCard *>()->answerSizeHint().height() / 2);
    QVERIFY(window.width() >= std::min(800, int(available.width() * 0.9)) - 1);
    QVERIFY2(window.height() >= wanted - 1, qPrintable(QStringLiteral("%1 < %2").arg(window.height()).arg(wanted)));

    MainWindow huge(&app.stack, &app.profiles, &app.preferences);
    huge.setGeometry(QRect(available.topLeft(), available.size() * 3));
    const QByteArray saved = huge.saveGeometry();
    MainWindow restored(&app.stack, &app.profiles, &app.preferences);
    restored.restoreOrFitGeometry(saved);
    QVERIFY(available.contains(restored.frameGeometry()));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
