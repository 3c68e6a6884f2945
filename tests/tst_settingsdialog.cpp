// Preferences on a temporary settings file, applyProxy, and the Settings dialog on the offscreen
// platform: it shows the stored values, can be driven by keyboard alone, and only emits values.
#include "core/settings/preferences.h"
#include "ui/settings/settingsdialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

class tst_SettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void preferencesRoundTrip();
    void preferencesRejectBadValues_data();
    void preferencesRejectBadValues();
    void applyProxySetsApplicationProxy();
    void proxyHostValidation_data();
    void proxyHostValidation();
    void dialogShowsStoredValues();
    void keyboardOnlyChangeEmitsValues();
    void unusableInputKeepsDialogOpen();
    void proxyFieldsEnabledOnlyForManual();
    void labelsHaveBuddiesAndUniqueMnemonics();

private:
    [[nodiscard]] QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    template<typename T>
    static T *child(const QWidget &parent, const char *name)
    {
        auto *widget = parent.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SettingsDialog::cleanup()
{
    applyProxy(ProxySettings()); // every test starts from the system configuration
    m_dir.reset();
}

// One line per read value, so a table row can name what it expects.
static QString describe(const Preferences &preferences)
{
    const ProxySettings proxy = preferences.proxy();
    return QStringLiteral("timeout=%1;language=%2;endpoint=%3;proxy=%4 %5:%6;")
        .arg(preferences.requestTimeout().count())
        .arg(preferences.uiLanguage(), preferences.defaultEndpoint().toString())
        .arg(static_cast<int>(proxy.mode))
        .arg(proxy.host)
        .arg(proxy.port);
}

void tst_SettingsDialog::preferencesRoundTrip()
{
    const Endpoint custom = *Endpoint::fromUserInput(QStringLiteral("https://gaap.example.test:8443"));
    const ProxySettings proxy{ProxySettings::Mode::Manual, QStringLiteral("proxy.example.com"), 3128};
    const QByteArray geometry = QByteArrayLiteral("\x01\xd9\xd0\xcb geometry \x00\xff");
    const QJsonObject selections{{QStringLiteral("origin"), QStringLiteral("SouthChina")},
                                 {QStringLiteral("bandwidth"), 10},
                                 {QStringLiteral("access"), QJsonArray{QStringLiteral("Japan")}}};
    const QString oddName = QStringLiteral("a/b\\c %d");
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        Preferences preferences(&settings);
        QCOMPARE(describe(preferences), QStringLiteral("timeout=30;language=;endpoint=%1;proxy=0 :0;")
                                            .arg(Endpoint::china().toString())); // the defaults
        QVERIFY(preferences.windowGeometry().isEmpty());
        QVERIFY(preferences.lastSelections(QStringLiteral("production")).isEmpty());
        preferences.setDefaultEndpoint(custom);
        preferences.setUiLanguage(QStringLiteral("zh-CN"));
        preferences.setColourScheme(Preferences::ColourScheme::Dark);
        preferences.setRequestTimeout(120s);
        preferences.setProxy(proxy);
        preferences.setWindowGeometry(geometry);
        preferences.setLastSelections(QStringLiteral("production"), selections);
        preferences.setLastSelections(oddName, {{QStringLiteral("origin"), QStringLiteral("Tokyo")}});
    }
    QSettings settings(iniPath(), QSettings::IniFormat); // a fresh reader of the same file
    Preferences preferences(&settings);
    QCOMPARE(preferences.defaultEndpoint(), custom);
    QCOMPARE(preferences.defaultEndpoint().site(), Endpoint::Site::Custom);
    QCOMPARE(preferences.uiLanguage(), QStringLiteral("zh-CN"));
    QCOMPARE(preferences.colourScheme(), Preferences::ColourScheme::Dark);
    QCOMPARE(settings.value(QStringLiteral("preferences/colour-scheme")).toString(), QStringLiteral("dark"));
    settings.setValue(QStringLiteral("preferences/colour-scheme"), QStringLiteral("purple")); // edited by hand
    QCOMPARE(preferences.colourScheme(), Preferences::ColourScheme::System);
    preferences.setColourScheme(Preferences::ColourScheme::Light);
    QCOMPARE(preferences.colourScheme(), Preferences::ColourScheme::Light);
    preferences.setColourScheme(Preferences::ColourScheme::System);
    QVERIFY(!settings.contains(QStringLiteral("preferences/colour-scheme")));
    QCOMPARE(preferences.requestTimeout(), 120s);
    QCOMPARE(preferences.proxy(), proxy);
    QCOMPARE(preferences.windowGeometry(), geometry);
    QCOMPARE(preferences.lastSelections(QStringLiteral("production")), selections);
    QCOMPARE(preferences.lastSelections(oddName).value(QStringLiteral("origin")).toString(), QStringLiteral("Tokyo"));
    QVERIFY(preferences.lastSelections(QStringLiteral("staging")).isEmpty());

    // The timeout setter clamps as well.
    preferences.setRequestTimeout(1s);
    QCOMPARE(preferences.requestTimeout(), 5s);
    QCOMPARE(settings.value(QStringLiteral("preferences/request-timeout-seconds")).toInt(), 5);
    preferences.setRequestTimeout(std::chrono::hours(1));
    QCOMPARE(preferences.requestTimeout(), 300s);

    // Back to the defaults; a non-manual proxy keeps no host behind.
    preferences.setDefaultEndpoint(Endpoint::international());
    preferences.setUiLanguage(QString());
    preferences.setProxy({ProxySettings::Mode::None, QStringLiteral("ignored"), 1});
    preferences.setLastSelections(QStringLiteral("production"), {});
    QCOMPARE(preferences.defaultEndpoint(), Endpoint::international());
    QCOMPARE(preferences.uiLanguage(), QString());
    QCOMPARE(preferences.proxy(), (ProxySettings{ProxySettings::Mode::None, QString(), 0}));
    QVERIFY(preferences.lastSelections(QStringLiteral("production")).isEmpty());
    QVERIFY(!settings.contains(QStringLiteral("preferences/proxy-host")));
}

void tst_SettingsDialog::preferencesRejectBadValues_data()
{
    QTest::addColumn<QString>("key"); // below "preferences/"
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *key, const QVariant &stored, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(key) << stored << QString::fromLatin1(expected);
    };
    const char *timeout = "request-timeout-seconds";
    row("timeout below 5", timeout, 1, "timeout=5;");
    row("timeout negative", timeout, -30, "timeout=5;");
    row("timeout above 300", timeout, 1000, "timeout=300;");
    row("timeout garbage", timeout, QStringLiteral("soon"), "timeout=30;");
    row("timeout edge 5", timeout, 5, "timeout=5;");
    row("timeout edge 300", timeout, 300, "timeout=300;");
    row("language unknown", "ui-language", QStringLiteral("fr-FR"), "language=;");
    row("language en-US", "ui-language", QStringLiteral("en-US"), "language=en-US;");
    row("endpoint plain http", "default-endpoint", QStringLiteral("http://gaap.example.com"),
        "endpoint=https://gaap.tencentcloudapi.com/;");
    row("endpoint international", "default-endpoint", QStringLiteral("international"),
        "endpoint=https://gaap.intl.tencentcloudapi.com/;");
    row("proxy mode garbage", "proxy-mode", QStringLiteral("socks"), "proxy=0 :0;");
    row("proxy mode none", "proxy-mode", QStringLiteral("none"), "proxy=1 :0;");
    row("proxy port too big", "proxy-port", 70000, "proxy=2 proxy.example.com:0;");
    row("proxy port fine", "proxy-port", 3128, "proxy=2 proxy.example.com:3128;");
}

void tst_SettingsDialog::preferencesRejectBadValues()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(QString, expected);
    QSettings settings(iniPath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("preferences/proxy-mode"), QStringLiteral("manual"));
    settings.setValue(QStringLiteral("preferences/proxy-host"), QStringLiteral("proxy.example.com"));
    settings.setValue(QStringLiteral("preferences/") + key, stored);
    const QString read = describe(Preferences(&settings));
    QVERIFY2(read.contains(expected), qPrintable(read));
}

void tst_SettingsDialog::applyProxySetsApplicationProxy()
{
    applyProxy({ProxySettings::Mode::None, QString(), 0});
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());

    applyProxy({ProxySettings::Mode::Manual, QStringLiteral(" proxy.example.com "), 3128});
    const QNetworkProxy manual = QNetworkProxy::applicationProxy();
    QCOMPARE(manual.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(manual.hostName(), QStringLiteral("proxy.example.com"));
    QCOMPARE(manual.port(), quint16{3128});

    applyProxy({ProxySettings::Mode::System, QString(), 0});
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());

    // A manual proxy without a host is no proxy to use: the system configuration stays.
    applyProxy({ProxySettings::Mode::None, QString(), 0});
    applyProxy({ProxySettings::Mode::Manual, QString(), 3128});
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

void tst_SettingsDialog::proxyHostValidation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("name") << QStringLiteral("proxy.example.com") << true;
    QTest::newRow("ipv4") << QStringLiteral("10.0.0.1") << true;
    QTest::newRow("ipv6") << QStringLiteral("::1") << true;
    QTest::newRow("padded") << QStringLiteral("  proxy  ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("scheme") << QStringLiteral("http://proxy.example.com") << false;
    QTest::newRow("port") << QStringLiteral("proxy.example.com:3128") << false;
    QTest::newRow("path") << QStringLiteral("proxy/x") << false;
    QTest::newRow("space") << QStringLiteral("my proxy") << false;
}

void tst_SettingsDialog::proxyHostValidation()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(isValidProxyHost(host, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void tst_SettingsDialog::dialogShowsStoredValues()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    Preferences preferences(&settings);
    preferences.setDefaultEndpoint(Endpoint::international());
    preferences.setUiLanguage(QStringLiteral("zh-CN"));
    preferences.setColourScheme(Preferences::ColourScheme::Light);
    preferences.setRequestTimeout(45s);
    preferences.setProxy({ProxySettings::Mode::Manual, QStringLiteral("proxy.example.com"), 3128});

    SettingsDialog dialog;
    dialog.setValues(SettingsValues::load(preferences));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QComboBox>(dialog, "siteCombo")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(dialog, "endpointEdit")->text(), Endpoint::international().toString());
    QVERIFY(!child<QLineEdit>(dialog, "endpointEdit")->isEnabled());
    QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentText(), QStringLiteral("简体中文"));
    QCOMPARE(child<QComboBox>(dialog, "appearanceCombo")->currentText(), QStringLiteral("Light"));
    QCOMPARE(child<QSpinBox>(dialog, "timeoutSpin")->value(), 45);
    QCOMPARE(child<QSpinBox>(dialog, "timeoutSpin")->text(), QStringLiteral("45 s"));
    QVERIFY(child<QRadioButton>(dialog, "manualProxyRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, "hostEdit")->text(), QStringLiteral("proxy.example.com"));
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 3128);
    QVERIFY(!child<QLabel>(dialog, "proxyErrorLabel")->isVisible());
    if (const QString dir = qEnvironmentVariable("GAAP_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("settings.png"))));

    // A custom endpoint goes into the URL field, which can then be edited.
    SettingsValues values;
    values.defaultEndpoint = *Endpoint::fromUserInput(QStringLiteral("http://127.0.0.1:8080"));
    dialog.setValues(values);
    QCOMPARE(child<QComboBox>(dialog, "siteCombo")->currentIndex(), 2);
    QCOMPARE(child<QLineEdit>(dialog, "endpointEdit")->text(), QStringLiteral("http://127.0.0.1:8080/"));
    QVERIFY(child<QLineEdit>(dialog, "endpointEdit")->isEnabled());
    QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentIndex(), 0);
    QVERIFY(child<QRadioButton>(dialog, "systemProxyRadio")->isChecked());
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 8080); // a sensible port until one is stored
}

void tst_SettingsDialog::keyboardOnlyChangeEmitsValues()
{
    SettingsDialog dialog;
    QSignalSpy accepted(&dialog, &SettingsDialog::settingsAccepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier); // &Language
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "languageCombo"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // 简体中文
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "appearanceCombo"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // Dark
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "timeoutSpin"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("90"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "systemProxyRadio"));

    QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier); // &Manual HTTP proxy (an animated click)
    QTRY_VERIFY(child<QRadioButton>(dialog, "manualProxyRadio")->isChecked());
    QTest::keyClick(&dialog, Qt::Key_H, Qt::AltModifier); // &Host
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "hostEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("proxy.example.com"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "portSpin"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3128"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button: OK

    QCOMPARE(accepted.size(), 1);
    const auto values = accepted.constFirst().constFirst().value<SettingsValues>();
    QCOMPARE(values.defaultEndpoint, Endpoint::china());
    QCOMPARE(values.uiLanguage, QStringLiteral("zh-CN"));
    QCOMPARE(values.colourScheme, Preferences::ColourScheme::Dark);
    QCOMPARE(values.requestTimeout, 90s);
    QCOMPARE(values.proxy, (ProxySettings{ProxySettings::Mode::Manual, QStringLiteral("proxy.example.com"), 3128}));
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int{QDialog::Accepted});

    // Alt+N picks "No proxy" and Escape cancels without a signal.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(dialog, "noProxyRadio")->isChecked());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(accepted.size(), 1);
}

void tst_SettingsDialog::unusableInputKeepsDialogOpen()
{
    SettingsDialog dialog;
    QSignalSpy accepted(&dialog, &SettingsDialog::settingsAccepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(ok);

    // A custom endpoint with plain http:// to a remote host.
    child<QComboBox>(dialog, "siteCombo")->setCurrentIndex(2); // Custom endpoint
    QTest::keyClicks(child<QLineEdit>(dialog, "endpointEdit"), QStringLiteral("http://gaap.example.com"));
    ok->click();
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(dialog, "endpointErrorLabel")->isVisible());
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "endpointEdit"));
    child<QComboBox>(dialog, "siteCombo")->setCurrentIndex(0);

    // A manual proxy without a host.
    child<QRadioButton>(dialog, "manualProxyRadio")->click();
    ok->click();

    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog.isVisible());
    auto *error = child<QLabel>(dialog, "proxyErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("host")), qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "hostEdit"));
    if (const QString dir = qEnvironmentVariable("GAAP_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("settings-error.png"))));

    // A host with a port glued on is explained, too; a plain one is accepted.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("proxy:3128"));
    ok->click();
    QCOMPARE(accepted.size(), 0);
    QVERIFY2(error->text().contains(QLatin1String("port")), qPrintable(error->text()));
    child<QLineEdit>(dialog, "hostEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("10.1.2.3"));
    QVERIFY(!error->isVisible()); // hidden as soon as the host is usable
    ok->click();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.constFirst().constFirst().value<SettingsValues>().proxy.host, QStringLiteral("10.1.2.3"));
    QTRY_VERIFY(!dialog.isVisible());
}

void tst_SettingsDialog::proxyFieldsEnabledOnlyForManual()
{
    SettingsDialog dialog;
    QVERIFY(child<QRadioButton>(dialog, "systemProxyRadio")->isChecked()); // the default
    for (const char *radio :
         {"systemProxyRadio", "manualProxyRadio", "noProxyRadio", "manualProxyRadio", "systemProxyRadio"}) {
        child<QRadioButton>(dialog, radio)->click();
        const bool manual = qstrcmp(radio, "manualProxyRadio") == 0;
        for (const char *field : {"hostLabel", "hostEdit", "portLabel", "portSpin"})
            QVERIFY2(child<QWidget>(dialog, field)->isEnabled() == manual, field);
    }
}

void tst_SettingsDialog::labelsHaveBuddiesAndUniqueMnemonics()
{
    SettingsDialog dialog;
    QStringList texts;
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(u'&')) {
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
            texts.append(label->text());
        }
    }
    const QList<QAbstractButton *> buttons = dialog.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons)
        texts.append(button->text());
    QSet<QChar> seen;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size())
            continue;
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(!seen.contains(key), qPrintable(text));
        seen.insert(key);
    }
    QVERIFY(seen.size() >= 9);

    for (const char *input :
         {"siteCombo", "endpointEdit", "languageCombo", "appearanceCombo", "timeoutSpin", "systemProxyRadio",
          "noProxyRadio", "manualProxyRadio", "hostEdit", "portSpin", "buttonBox"})
        QVERIFY2(!child<QWidget>(dialog, input)->accessibleName().isEmpty(), input);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
