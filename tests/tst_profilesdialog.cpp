// The Profiles dialog on the offscreen platform, with an in-memory keychain, a temporary settings file
// and the fake GAAP server: keyboard-only editing, secrets that never reach a widget, verification,
// removal, the default profile, keychain failures and the read-only Environment profile.
#include "core/api/apierror.h"
#include "core/credentials/credentialstore.h"
#include "core/credentials/profilemanager.h"
#include "core/credentials/profileregistry.h"
#include "core/session/apistack.h"
#include "core/session/profileverifier.h"
#include "support/fakegaapserver.h"
#include "support/memorycredentialstore.h"
#include "ui/settings/profilesdialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class tst_ProfilesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addProfileWithKeyboardOnly();
    void secretKeyNeverReachesAWidget();
    void customEndpointIsCheckedInline();
    void verifyStoredGoodKey();
    void verifyEnteredWrongKey();
    void removeAsksFirst();
    void setDefault();
    void failingKeychainIsExplained();
    void unresponsiveKeychainNeverBlocks();
    void environmentProfileIsReadOnly();

private:
    void saveNewProfile(ProfilesDialog &dialog, const QString &name);
    template<typename T>
    static T *child(const QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
    static QStringList shownTexts(const QWidget &root);
    static QStringList listTexts(const QWidget &dialog);
    bool storeProfile(const QString &name, const QString &secretKey);
    [[nodiscard]] QString serverEndpoint() const { return m_server->url().toString(); }
    [[nodiscard]] QString demoKey() const { return m_server->demoCredential().secretKey; }

    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileRegistry> m_registry;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<ProfileManager> m_manager;
    std::unique_ptr<ApiStack> m_stack; // the verifier's network manager
    ProfileVerifier *m_verifier = nullptr;
    std::unique_ptr<FakeGaapServer> m_server;
};

void tst_ProfilesDialog::init()
{
    qunsetenv("TENCENTCLOUD_SECRET_ID");
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
    m_tempDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tempDir->isValid());
    m_settings = std::make_unique<QSettings>(m_tempDir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_registry = std::make_unique<ProfileRegistry>(m_settings.get());
    m_store = std::make_unique<MemoryCredentialStore>();
    m_manager = std::make_unique<ProfileManager>(m_registry.get(), m_store.get());
    m_stack = std::make_unique<ApiStack>(m_manager.get());
    m_verifier = m_stack->verifier();
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
}

void tst_ProfilesDialog::cleanup()
{
    qunsetenv("TENCENTCLOUD_SECRET_ID");
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
    m_server.reset();
    m_verifier = nullptr;
    m_stack.reset();
    m_manager.reset();
    m_store.reset();
    m_registry.reset();
    m_settings.reset();
    m_tempDir.reset();
}

QStringList tst_ProfilesDialog::shownTexts(const QWidget &root)
{
    QStringList texts{root.windowTitle()};
    for (const QLineEdit *edit : root.findChildren<QLineEdit *>())
        texts << edit->text() << edit->displayText() << edit->placeholderText() << edit->toolTip();
    for (const QLabel *label : root.findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QAbstractButton *button : root.findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QComboBox *combo : root.findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    return texts + listTexts(root);
}

QStringList tst_ProfilesDialog::listTexts(const QWidget &dialog)
{
    QStringList texts;
    for (const QListWidget *list : dialog.findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text() << list->item(i)->toolTip();
    }
    return texts;
}

bool tst_ProfilesDialog::storeProfile(const QString &name, const QString &secretKey)
{
    const Credentials credentials{m_server->demoCredential().secretId, SecretString(secretKey), {}};
    CredentialJob *job = m_manager->save({name, serverEndpoint(), false}, credentials);
    QSignalSpy finished(job, &CredentialJob::finished);
    return finished.wait(5000) && m_store->contains(name);
}

void tst_ProfilesDialog::addProfileWithKeyboardOnly()
{
    ProfilesDialog dialog(m_manager.get(), m_verifier);
    QSignalSpy changed(&dialog, &ProfilesDialog::profilesChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier); // &Add
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "nameEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("work"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dialog, "siteCombo"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // Custom endpoint
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "endpointEdit"));
    QTest::keyClicks(QApplication::focusWidget(), serverEndpoint());
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier); // Secret&Id
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "secretIdEdit"));
    QTest::keyClicks(QApplication::focusWidget(), m_server->demoCredential().secretId);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "secretKeyEdit"));
    QTest::keyClicks(QApplication::focusWidget(), demoKey());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button: Save

    QTRY_VERIFY(m_store->contains(QStringLiteral("work")));
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY2(listTexts(dialog).join(u'\n').contains(QStringLiteral("work")), qPrintable(listTexts(dialog).join(u'|')));
    const std::optional<Profile> saved = m_registry->profile(QStringLiteral("work"));
    QVERIFY(saved);
    QCOMPARE(Endpoint::fromStoredOrChina(saved->endpoint), *Endpoint::fromUserInput(serverEndpoint()));
    QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly()); // an existing profile keeps its name
}

void tst_ProfilesDialog::secretKeyNeverReachesAWidget()
{
    QVERIFY(storeProfile(QStringLiteral("other"), demoKey()));
    ProfilesDialog dialog(m_manager.get(), m_verifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    child<QPushButton>(dialog, "addButton")->click();
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("secret"));
    child<QLineEdit>(dialog, "secretIdEdit")->setText(m_server->demoCredential().secretId);
    child<QLineEdit>(dialog, "secretKeyEdit")->setText(demoKey());
    QCOMPARE(child<QLineEdit>(dialog, "secretKeyEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(dialog, "tokenEdit")->echoMode(), QLineEdit::Password);
    child<QPushButton>(dialog, "saveButton")->click();
    QTRY_VERIFY(m_store->contains(QStringLiteral("secret")));
    QTRY_VERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());

    const QString hint = SecretString(demoKey()).maskedHint();
    auto *keyEdit = child<QLineEdit>(dialog, "secretKeyEdit");
    QTRY_VERIFY2(keyEdit->placeholderText().contains(hint), qPrintable(keyEdit->placeholderText()));
    for (const QString &text : shownTexts(dialog))
        QVERIFY2(!text.contains(demoKey()), "the SecretKey is shown after saving");

    // Select another profile and come back: the key fields start empty, the hint is the last 4 characters.
    auto *list = child<QListWidget>(dialog, "profileList");
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(list->currentRow() == 0 ? 1 : 0);
    list->setCurrentRow(list->currentRow() == 0 ? 1 : 0);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("secret"));
    QVERIFY(keyEdit->text().isEmpty());
    QTRY_VERIFY2(keyEdit->placeholderText().contains(demoKey().right(4)), qPrintable(keyEdit->placeholderText()));
    QVERIFY(!keyEdit->placeholderText().contains(demoKey().right(5)));
    for (const QString &text : shownTexts(dialog))
        QVERIFY2(!text.contains(demoKey()), "the SecretKey is shown after reselecting");
}

void tst_ProfilesDialog::customEndpointIsCheckedInline()
{
    ProfilesDialog dialog(m_manager.get(), m_verifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *endpointEdit = child<QLineEdit>(dialog, "endpointEdit");
    QVERIFY(!endpointEdit->isEnabled()); // China is preset
    child<QComboBox>(dialog, "siteCombo")->setCurrentIndex(2);
    QVERIFY(endpointEdit->isEnabled());
    endpointEdit->setText(QStringLiteral("http://example.com"));
    child<QPushButton>(dialog, "saveButton")->click();
    auto *error = child<QLabel>(dialog, "endpointErrorLabel");
    QVERIFY(error->isVisible());
    QString expected;
    QVERIFY(!Endpoint::fromUserInput(QStringLiteral("http://example.com"), &expected));
    QCOMPARE(error->text(), expected);
    QCOMPARE(m_store->size(), 0);
}

void tst_ProfilesDialog::verifyStoredGoodKey()
{
    QVERIFY(storeProfile(QStringLiteral("good"), demoKey()));
    ProfilesDialog dialog(m_manager.get(), m_verifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("good"));

    child<QPushButton>(dialog, "verifyButton")->click(); // empty fields: the stored key is used
    auto *status = child<QLabel>(dialog, "statusLabel");
    QTRY_VERIFY2(status->text().contains(QStringLiteral("The key works")), qPrintable(status->text()));
    QVERIFY2(QRegularExpression(QStringLiteral("RequestId \\S+")).match(status->text()).hasMatch(),
             qPrintable(status->text()));
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDestRegions")), 1);
    QVERIFY(child<QPushButton>(dialog, "verifyButton")->isEnabled());
    QVERIFY(status->wordWrap());
    QVERIFY(status->textInteractionFlags() & Qt::TextSelectableByMouse);
}

void tst_ProfilesDialog::verifyEnteredWrongKey()
{
    QVERIFY(storeProfile(QStringLiteral("good"), demoKey()));
    ProfilesDialog dialog(m_manager.get(), m_verifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    child<QLineEdit>(dialog, "secretIdEdit")->setText(m_server->demoCredential().secretId);
    child<QLineEdit>(dialog, "secretKeyEdit")->setText(QStringLiteral("notTheRightSecretKeyAtAll0000000"));
    child<QPushButton>(dialog, "verifyButton")->click();
    auto *status = child<QLabel>(dialog, "statusLabel");
    const QString code = QStringLiteral("AuthFailure.SignatureFailure");
    QTRY_VERIFY2(status->text().contains(code), qPrintable(status->text()));
    QVERIFY2(status->text().contains(ApiError::service(code, {}, {}).title()), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("RequestId")), qPrintable(status->text()));
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
}

void tst_ProfilesDialog::removeAsksFirst()
{
    QVERIFY(storeProfile(QStringLiteral("doomed"), demoKey()));
    ProfilesDialog dialog(m_manager.get(), m_verifier);
    QSignalSpy changed(&dialog, &ProfilesDialog::profilesChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const auto confirm = [&dialog](QMessageBox::ButtonRole role) {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"))) && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("doomed")));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role)
                button->click();
        }
    };
    child<QPushButton>(dialog, "removeButton")->click();
    confirm(QMessageBox::RejectRole); // Cancel
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("removeConfirmation")));
    QVERIFY(m_store->contains(QStringLiteral("doomed")));

    child<QPushButton>(dialog, "removeButton")->click();
    confirm(QMessageBox::DestructiveRole);
    QTRY_VERIFY(!m_store->contains(QStringLiteral("doomed")));
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(!m_registry->profile(QStringLiteral("doomed")));
    QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 0);
    QVERIFY(!child<QPushButton>(dialog, "removeButton")->isEnabled());
}

void tst_ProfilesDialog::setDefault()
{
    QVERIFY(storeProfile(QStringLiteral("alpha"), demoKey()));
    QVERIFY(storeProfile(QStringLiteral("beta"), demoKey()));
    QCOMPARE(m_registry->defaultProfile(), QStringLiteral("alpha")); // the first one saved
    ProfilesDialog dialog(m_manager.get(), m_verifier);
    QSignalSpy changed(&dialog, &ProfilesDialog::profilesChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *list = child<QListWidget>(dialog, "profileList");
    QCOMPARE(list->item(0)->text(), QStringLiteral("alpha (default)"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("beta"));
    QVERIFY(!child<QPushButton>(dialog, "defaultButton")->isEnabled()); // alpha is shown and already default
    list->setCurrentRow(1);
    QVERIFY(child<QPushButton>(dialog, "defaultButton")->isEnabled());
    child<QPushButton>(dialog, "defaultButton")->click();
    QCOMPARE(m_registry->defaultProfile(), QStringLiteral("beta"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("alpha"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("beta (default)"));
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("beta"));
}

void tst_ProfilesDialog::saveNewProfile(ProfilesDialog &dialog, const QString &name)
{
    child<QLineEdit>(dialog, "nameEdit")->setText(name);
    child<QLineEdit>(dialog, "secretIdEdit")->setText(m_server->demoCredential().secretId);
    child<QLineEdit>(dialog, "secretKeyEdit")->setText(demoKey());
    child<QPushButton>(dialog, "saveButton")->click();
}

void tst_ProfilesDialog::failingKeychainIsExplained()
{
    const CredentialError noBackend(CredentialError::Kind::NoBackend, QStringLiteral("no secret service"));
    m_store->setFailure(noBackend);
    ProfilesDialog dialog(m_manager.get(), m_verifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveNewProfile(dialog, QStringLiteral("work"));
    auto *status = child<QLabel>(dialog, "statusLabel");
    QTRY_COMPARE(status->text(), noBackend.message());
    QVERIFY(!m_registry->profile(QStringLiteral("work")));
    for (const char *name : {"addButton", "verifyButton", "saveButton"})
        QVERIFY2(child<QPushButton>(dialog, name)->isEnabled(), name);
    QVERIFY(child<QListWidget>(dialog, "profileList")->isEnabled());

    m_store->setFailure({}); // the keychain is back: the same input saves
    child<QPushButton>(dialog, "saveButton")->click();
    QTRY_VERIFY(m_store->contains(QStringLiteral("work")));
}

void tst_ProfilesDialog::unresponsiveKeychainNeverBlocks()
{
    m_store->setUnresponsive(true);
    ProfilesDialog dialog(m_manager.get(), m_verifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveNewProfile(dialog, QStringLiteral("work"));
    auto *status = child<QLabel>(dialog, "statusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("Saving")), qPrintable(status->text()));
    for (const char *name : {"addButton", "verifyButton", "saveButton", "removeButton", "defaultButton"})
        QVERIFY2(!child<QPushButton>(dialog, name)->isEnabled(), name);

    QPushButton *close = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close);
    QVERIFY(close && close->isEnabled());
    close->click();
    QTRY_VERIFY(!dialog.isVisible());
}

void tst_ProfilesDialog::environmentProfileIsReadOnly()
{
    const FakeCredential demo = m_server->demoCredential();
    qputenv("TENCENTCLOUD_SECRET_ID", demo.secretId.toUtf8());
    qputenv("TENCENTCLOUD_SECRET_KEY", demo.secretKey.toUtf8());
    QVERIFY(storeProfile(QStringLiteral("work"), demoKey()));
    ProfilesDialog dialog(m_manager.get(), m_verifier);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *list = child<QListWidget>(dialog, "profileList");
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Environment")), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("read-only")), qPrintable(list->item(0)->text()));
    list->setCurrentRow(0);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Environment"));
    for (const char *name : {"nameEdit", "endpointEdit", "secretIdEdit", "secretKeyEdit", "tokenEdit"})
        QVERIFY2(!child<QLineEdit>(dialog, name)->isEnabled(), name);
    QVERIFY(!child<QComboBox>(dialog, "siteCombo")->isEnabled());
    // It has no endpoint of its own: it shows (and Verify uses) the default site of the Settings.
    QCOMPARE(child<QComboBox>(dialog, "siteCombo")->currentIndex(), 0); // China unless set
    dialog.setDefaultEndpoint(Endpoint::international());
    QCOMPARE(child<QComboBox>(dialog, "siteCombo")->currentIndex(), 1);
    for (const char *name : {"saveButton", "removeButton", "defaultButton"})
        QVERIFY2(!child<QPushButton>(dialog, name)->isEnabled(), name);
    QVERIFY(child<QPushButton>(dialog, "verifyButton")->isEnabled());

    auto *keyEdit = child<QLineEdit>(dialog, "secretKeyEdit");
    QTRY_VERIFY2(keyEdit->placeholderText().contains(demo.secretKey.right(4)), qPrintable(keyEdit->placeholderText()));
    for (const QString &text : shownTexts(dialog))
        QVERIFY2(!text.contains(demo.secretKey), "the environment's SecretKey is shown");

    list->setCurrentRow(1); // a stored profile is editable again
    QVERIFY(child<QLineEdit>(dialog, "secretKeyEdit")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
}

QTEST_MAIN(tst_ProfilesDialog)
#include "tst_profilesdialog.moc"
