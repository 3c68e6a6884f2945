// The secrets audit. A scripted session does what an operator does with a temporary key and its session
// token: adds a profile, lists regions, checks, asks a price, runs a matrix, reads and exports the history —
// first with gaap-capacity-cli (the key typed on stdin), then in the GUI (a second profile typed into the
// Profiles dialog, verified, used for checks, the copy buttons, a matrix and both exports). Every debug log
// category is on in both. Afterwards the app's config, data and cache directories (HOME and the exports
// included), every captured stdout and stderr, every log message, every text a widget shows and everything
// copied to the clipboard are scanned for the SecretKey and the token: neither may be anywhere.
//
// Needs the keychain, like tst_keychain: run it through `bash packaging/dev.sh test` (CI does).
#include "core/common/gaapversion.h"
#include "core/credentials/keychaincredentialstore.h"
#include "core/credentials/profilemanager.h"
#include "core/credentials/profileregistry.h"
#include "core/history/historystore.h"
#include "core/session/apistack.h"
#include "core/session/matrixrun.h"
#include "core/session/profileverifier.h"
#include "core/session/watchlist.h"
#include "core/settings/appsettings.h"
#include "core/settings/preferences.h"
#include "support/childwidget.h"
#include "support/fakegaapdata.h"
#include "support/mainwindowexport.h"
#include "support/processrun.h"
#include "support/secretscan.h"
#include "support/secretservice.h"
#include "ui/check/resultcard.h"
#include "ui/find/findwindow.h"
#include "ui/mainwindow.h"
#include "ui/matrix/matrixwindow.h"
#include "ui/settings/profilesdialog.h"
#include "ui/watch/watchcontroller.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QUuid>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Every message any logging category emits while the test runs, passed on to Qt Test's own handler.
class LogCapture
{
public:
    static void start()
    {
        QLoggingCategory::setFilterRules(u"gaap.*=true"_s);
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    static QStringList messages()
    {
        const QMutexLocker lock(&s_mutex);
        return s_messages;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            const QMutexLocker lock(&s_mutex);
            s_messages << QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message;
        }
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
};

// Every text a widget shows or offers: titles, labels, fields (of a password field what it displays: its
// text is what the user is typing), buttons, list, combo and table items and their tooltips.
QStringList shownTexts()
{
    QStringList texts;
    for (const QWidget *widget : QApplication::allWidgets()) {
        texts << widget->windowTitle() << widget->toolTip() << widget->statusTip() << widget->whatsThis()
              << widget->accessibleName() << widget->accessibleDescription();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            texts << (edit->echoMode() == QLineEdit::Normal ? edit->text() : QString()) << edit->displayText()
                  << edit->placeholderText();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *text = qobject_cast<const QTextEdit *>(widget))
            texts << text->toPlainText();
        if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            texts << plain->toPlainText();
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
                }
            }
        }
    }
    return texts;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_SecretsAudit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void scanFindsPlantedSecrets();
    void cliSession();
    void guiSession();
    void nothingHoldsASecret();

private:
    ProcessOutcome runCli(QStringList arguments, const QByteArray &input = {});
    QString exportPath(const QString &name) const { return m_root.filePath(u"home/exports/"_s + name); }
    // Waits for the result card to show a new answer; its RequestId.
    static QString waitForAnswer(const ResultCard *card, const QString &previousRequestId);

    QTemporaryDir m_root; // home, config, data, cache: the app's and the CLI's only ones
    QProcessEnvironment m_cliEnvironment;
    RunningProcess m_server;
    QString m_url;
    FakeGaapData m_data = FakeGaapData::builtIn();
    FakeCredential m_key; // the temporary key with its token
    FakeRoute m_route;
    std::optional<SecretScan> m_secrets;
    QStringList m_captured;  // every stdout and stderr of the CLI
    QStringList m_shown;     // every widget text, taken at each step of the GUI session
    QStringList m_clipboard; // everything the GUI copied
    int m_historyBeforeGui = 0;
};

void tst_SecretsAudit::initTestCase()
{
    if (const QString problem = secretServiceProblem(); !problem.isEmpty())
        QFAIL(qPrintable(problem));
    QVERIFY2(m_root.isValid(), qPrintable(m_root.errorString()));

    // This process (the GUI session) and every CLI run share one throw-away home and one keychain
    // service name, as the installed app and CLI share the user's.
    QProcessEnvironment environment = isolatedEnvironment();
    placeHomeIn(environment, m_root.path());
    environment.insert(u"GAAP_KEYCHAIN_SERVICE"_s,
                       u"gaap-capacity-check-audit-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "GAAP_KEYCHAIN_SERVICE"})
        qputenv(name, environment.value(QString::fromLatin1(name)).toUtf8());
    QVERIFY(QDir(m_root.path()).mkpath(u"home/exports"_s));
    m_cliEnvironment = environment;
    m_cliEnvironment.insert(u"QT_LOGGING_RULES"_s, u"gaap.*=true"_s);

    QApplication::setApplicationName(u"gaap-capacity"_s); // as main() names the app: the same directories
    QApplication::setOrganizationName(QStringLiteral(GAAP_ORGANIZATION_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(GAAP_ORGANIZATION_DOMAIN));
    LogCapture::start();

    m_server = startProcessForLine(QStringLiteral(GAAP_FAKE_SERVER_PATH), {}, isolatedEnvironment(), &m_url);
    QVERIFY(m_server);
    QVERIFY2(m_url.startsWith(u"http://127.0.0.1:"_s), qPrintable(m_url));

    QVERIFY(m_data.credentials().size() >= 2);
    m_key = m_data.credentials().at(1);
    QVERIFY(!m_key.token.isEmpty());
    m_secrets.emplace(QStringList{m_key.secretKey, m_key.token});
    const std::optional<FakeRoute> route = m_data.creatableRoute();
    QVERIFY(route);
    m_route = *route;
}

void tst_SecretsAudit::cleanupTestCase()
{
    // The keychain entries go with the throw-away keyring; remove them anyway, through the CLI.
    if (m_server) {
        for (const QString &profile : {u"audit"_s, u"gui"_s})
            static_cast<void>(runCli({u"profile"_s, u"remove"_s, profile}));
    }
    m_server.reset();
}

ProcessOutcome tst_SecretsAudit::runCli(QStringList arguments, const QByteArray &input)
{
    const ProcessOutcome outcome = runProcess(QStringLiteral(GAAP_CLI_PATH), arguments, m_cliEnvironment, input, 60000);
    m_captured << outcome.out << outcome.err;
    return outcome;
}

QString tst_SecretsAudit::waitForAnswer(const ResultCard *card, const QString &previousRequestId)
{
    const bool answered =
        QTest::qWaitFor([&] { return !card->requestId().isEmpty() && card->requestId() != previousRequestId; }, 20000);
    return answered ? card->requestId() : QString();
}

void tst_SecretsAudit::scanFindsPlantedSecrets()
{
    // The scan can fail: a secret in any of the encodings it knows is found, in a file and in text.
    QTemporaryDir planted;
    QVERIFY(planted.isValid());
    const QByteArray key = m_key.secretKey.toUtf8();
    const QList<QByteArray> encodings{
        "key=" + key + '\n',
        QByteArray(reinterpret_cast<const char *>(m_key.token.utf16()), m_key.token.size() * 2),
        QByteArray("prefix-").append(QByteArray("{\"SecretKey\":\"" + key + "\"}").toBase64()),
        QByteArray("xy{\"Token\":\"")
            .append(m_key.token.toUtf8())
            .append("\"}")
            .toBase64(QByteArray::Base64UrlEncoding),
        "token=" + QUrl::toPercentEncoding(m_key.token + u"/+="_s),
    };
    for (qsizetype i = 0; i < encodings.size(); ++i) {
        QFile file(planted.filePath(u"sub/%1.bin"_s.arg(i)));
        QVERIFY(QDir(planted.path()).mkpath(u"sub"_s) && file.open(QIODevice::WriteOnly));
        file.write(encodings.at(i));
        QVERIFY2(m_secrets->foundIn(encodings.at(i)), qPrintable(u"encoding %1 not found"_s.arg(i)));
    }
    QFile clean(planted.filePath(u".clean"_s));
    QVERIFY(clean.open(QIODevice::WriteOnly));
    clean.write("SecretId=" + m_key.secretId.toUtf8() + " SecretKey=****" + key.right(4) + '\n');
    clean.close();
    const SecretScan::TreeReport report = m_secrets->scanTree(planted.path());
    QCOMPARE(report.scanned.size(), encodings.size() + 1);
    QCOMPARE(report.leaks.size(), encodings.size());
    QVERIFY(!report.leaks.contains(clean.fileName())); // a masked hint is no leak
    QVERIFY(!m_secrets->foundIn(u"SecretKey ****"_s + m_key.secretKey.right(4)));
}

void tst_SecretsAudit::cliSession()
{
    const QString bandwidth = QString::number(m_route.bandwidth);
    const QString concurrent = QString::number(m_route.concurrent);
    const QStringList connection{u"--origin-region"_s, m_route.origin, u"--access-region"_s, m_route.access,
                                 u"--bandwidth"_s,     bandwidth,      u"--concurrent"_s,    concurrent};
    const auto expectExit = [this](const QStringList &arguments, int code, const QByteArray &input = {}) {
        const ProcessOutcome outcome = runCli(arguments, input);
        if (!outcome.finished || outcome.exitCode != code)
            qWarning().noquote() << arguments.join(u' ') << "expected exit code" << code << ":" << outcome.describe();
        return outcome.finished && outcome.exitCode == code ? std::optional(outcome) : std::nullopt;
    };

    // The key, typed as a script would: SecretId, SecretKey and token on stdin.
    const QByteArray typed = (m_key.secretId + u'\n' + m_key.secretKey + u'\n' + m_key.token + u'\n').toUtf8();
    QVERIFY(expectExit({u"profile"_s, u"add"_s, u"audit"_s, u"--endpoint"_s, m_url}, 0, typed));
    QVERIFY(expectExit({u"profile"_s, u"list"_s}, 0));
    QVERIFY(expectExit({u"origin-regions"_s, u"--output"_s, u"json"_s}, 0));
    QVERIFY(expectExit({u"access-regions"_s, u"--origin-region"_s, m_route.origin}, 0));
    QVERIFY(expectExit({u"groups"_s, u"--output"_s, u"json"_s, u"--verbose"_s}, 0));
    for (const QString &format : {u"table"_s, u"json"_s, u"csv"_s}) {
        const auto checked = expectExit(QStringList{u"check"_s, u"--output"_s, format} + connection, 0);
        QVERIFY(checked);
        QVERIFY2(checked->out.contains(u"RequestId"_s), checked->describe().constData());
    }
    const auto verbose = expectExit(QStringList{u"check"_s, u"--verbose"_s} + connection, 0);
    QVERIFY(verbose);
    QVERIFY2(verbose->err.contains(u"X-TC-Token"_s) && verbose->err.contains(u"Authorization"_s),
             verbose->describe().constData()); // the headers are shown, their secrets masked
    QVERIFY(expectExit(QStringList{u"price"_s, u"--verbose"_s} + connection, 0));
    // A requirement search and a watch of a connection that can be created (it ends at its first answer).
    QVERIFY(expectExit({u"find"_s, u"--origin-region"_s, m_route.origin, u"--min-bandwidth"_s, u"1"_s,
                        u"--min-concurrent"_s, u"1"_s, u"--verbose"_s, u"--output"_s, u"json"_s},
                       0));
    QVERIFY(expectExit(QStringList{u"watch"_s, u"--verbose"_s} + connection, 0));
    QVERIFY(expectExit({u"check"_s, u"--origin-region"_s, m_route.origin, u"--access-region"_s, m_route.access,
                        u"--bandwidth"_s, u"999999"_s, u"--concurrent"_s, concurrent},
                       2)); // refused before sending

    // A matrix and the history, exported to files as a script would (stdout redirected).
    const auto matrix = expectExit({u"matrix"_s, u"--origin-region"_s, m_route.origin, u"--access-region"_s,
                                    m_route.access, u"--output"_s, u"csv"_s},
                                   0);
    QVERIFY(matrix);
    const auto history = expectExit({u"history"_s, u"--output"_s, u"json"_s}, 0);
    QVERIFY(history);
    for (const auto &[name, bytes] :
         {std::pair{u"cli-matrix.csv"_s, matrix->out}, std::pair{u"cli-history.json"_s, history->out}}) {
        QFile file(exportPath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.toUtf8());
    }
    m_historyBeforeGui = int(QJsonDocument::fromJson(history->out.toUtf8()).array().size());
    QVERIFY2(m_historyBeforeGui >= 5, history->describe().constData()); // 4 checks and the matrix cells

    // Debug logging was on: the audit covers the CLI's own log lines too.
    QVERIFY2(m_captured.join(u'\n').contains(u"gaap.net"_s) || m_captured.join(u'\n').contains(u"POST"_s),
             "no debug output was captured from the CLI");
}

void tst_SecretsAudit::guiSession()
{
    // What main() builds, on the same settings, keychain service and history as the CLI.
    auto settings = AppSettings::open();
    Preferences preferences(settings.get());
    ProfileRegistry registry(settings.get());
    KeychainCredentialStore store;
    ProfileManager profiles(&registry, &store);
    ApiStack stack(&profiles);
    stack.setDefaultEndpoint(preferences.defaultEndpoint());
    HistoryStore history;
    QVERIFY2(history.isAvailable(), qPrintable(history.problem()));
    QCOMPARE(history.entries().size(), m_historyBeforeGui);
    QVERIFY(profiles.profile(u"audit"_s)); // the CLI's profile

    WatchList watches(settings.get()); // kept in the same settings file
    auto window = std::make_unique<MainWindow>(&stack, &profiles, &preferences);
    window->setHistoryStore(&history);
    window->setWatchList(&watches);
    window->setCurrentProfile(u"audit"_s); // its key comes from the keychain, its endpoint from the profile
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QClipboard *clipboard = QGuiApplication::clipboard();

    // A second profile typed into the Profiles dialog, with the token, then verified.
    window->openProfiles();
    ProfilesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ProfilesDialog *>()) && dialog->isVisible());
    child<QPushButton>(dialog, "addButton")->click();
    child<QLineEdit>(dialog, "nameEdit")->setText(u"gui"_s);
    auto *site = child<QComboBox>(dialog, "siteCombo");
    site->setCurrentIndex(site->count() - 1); // Custom endpoint
    child<QLineEdit>(dialog, "endpointEdit")->setText(m_url);
    child<QLineEdit>(dialog, "secretIdEdit")->setText(m_key.secretId);
    child<QLineEdit>(dialog, "secretKeyEdit")->setText(m_key.secretKey);
    child<QLineEdit>(dialog, "tokenEdit")->setText(m_key.token);
    m_shown << shownTexts(); // typed, not yet saved: what the fields display
    child<QPushButton>(dialog, "saveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(profiles.profile(u"gui"_s).has_value(), 20000);
    QTRY_VERIFY(child<QPushButton>(dialog, "verifyButton")->isEnabled());
    for (const char *field : {"secretKeyEdit", "tokenEdit"}) // saved: the key fields forget what was typed
        QVERIFY2(child<QLineEdit>(dialog, field)->text().isEmpty(), field);
    child<QPushButton>(dialog, "verifyButton")->click();
    auto *status = child<QLabel>(dialog, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"The key works"_s), 20000);
    m_shown << shownTexts();
    dialog->close();

    // Checks with both profiles, and every copy button.
    auto *card = window->findChild<ResultCard *>();
    QVERIFY(card);
    QString requestId;
    for (const QString &profile : {u"audit"_s, u"gui"_s}) {
        window->setCurrentProfile(profile);
        auto *origin = window->findChild<QComboBox *>(u"originCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(choose(origin, m_route.origin), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(choose(window->findChild<QComboBox *>(u"accessCombo"_s), m_route.access), 20000);
        QVERIFY(choose(window->findChild<QComboBox *>(u"bandwidthCombo"_s), m_route.bandwidth));
        QVERIFY(choose(window->findChild<QComboBox *>(u"concurrencyCombo"_s), m_route.concurrent));
        auto *check = window->findChild<QPushButton *>(u"checkButton"_s);
        QTRY_VERIFY(check->isEnabled());
        check->click();
        requestId = waitForAnswer(card, requestId);
        QVERIFY2(!requestId.isEmpty(), qPrintable(profile));
        QTRY_VERIFY(child<QLabel>(card, "priceLabel")->text().contains(u"Daily price"_s));
        for (const char *button : {"copyRequestIdButton", "copyTccliButton", "copyJsonButton"}) {
            child<QPushButton>(card, button)->click();
            m_clipboard << clipboard->text();
        }
        QCOMPARE(m_clipboard.at(m_clipboard.size() - 3), requestId);
        m_shown << shownTexts();
    }

    // A matrix of the route's access region, exported both ways.
    window->openMatrix();
    MatrixWindow *matrix = window->matrixWindow();
    QVERIFY(matrix);
    QTRY_VERIFY_WITH_TIMEOUT(choose(child<QComboBox>(matrix, "originCombo"), m_route.origin), 20000);
    auto *accessList = child<QListWidget>(matrix, "accessList");
    QTRY_VERIFY_WITH_TIMEOUT(accessList->count() > 0 && matrix->request().has_value(), 20000);
    for (int row = 0; row < accessList->count(); ++row) {
        QListWidgetItem *item = accessList->item(row);
        item->setCheckState(item->data(Qt::UserRole).toString() == m_route.access ? Qt::Checked : Qt::Unchecked);
    }
    QTRY_VERIFY(matrix->request().has_value());
    child<QPushButton>(matrix, "startButton")->click();
    QVERIFY(matrix->run());
    QTRY_VERIFY_WITH_TIMEOUT(!matrix->run()->isRunning(), 60000);
    QVERIFY(matrix->run()->doneCount() > 0);
    m_shown << shownTexts();
    QVERIFY(exportAndWait(*window, exportPath(u"gui-matrix.csv"_s), ExportFile::Format::Csv,
                          MainWindow::ExportSource::Matrix));
    QVERIFY(exportAndWait(*window, exportPath(u"gui-matrix.json"_s), ExportFile::Format::Json,
                          MainWindow::ExportSource::Matrix));

    // The history (the CLI's checks and the GUI's), shown and exported.
    window->openHistory();
    QVERIFY(window->historyWindow());
    QTRY_VERIFY(history.entries().size() > m_historyBeforeGui + 2);
    m_shown << shownTexts();
    QVERIFY(exportAndWait(*window, exportPath(u"gui-history.csv"_s), ExportFile::Format::Csv,
                          MainWindow::ExportSource::History));
    QVERIFY(exportAndWait(*window, exportPath(u"gui-history.json"_s), ExportFile::Format::Json,
                          MainWindow::ExportSource::History));

    // A requirement search in the Find window, and a watch (kept in the settings file) in the Watches window.
    window->openFind();
    FindWindow *find = window->findWindow();
    QVERIFY(find);
    QTRY_VERIFY_WITH_TIMEOUT(choose(child<QComboBox>(find, "originCombo"), m_route.origin), 20000);
    child<QPushButton>(find, "findButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(find->search() && !find->search()->isRunning(), 60000);
    m_shown << shownTexts();
    CheckRequest watched;
    watched.originRegion = m_route.origin;
    watched.accessRegion = m_route.access;
    watched.bandwidth = m_route.bandwidth;
    watched.concurrent = m_route.concurrent;
    window->watchController()->watchConnection(watched);
    QCOMPARE(watches.entries().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(watches.entries().constFirst().last.has_value(), 20000);
    // …and the search itself watched from the Find window.
    child<QPushButton>(find, "watchButton")->click();
    QCOMPARE(watches.entries().size(), 2);
    QVERIFY(watches.entries().constLast().isSearch());
    QTRY_VERIFY_WITH_TIMEOUT(watches.entries().constLast().last.has_value(), 20000);
    QVERIFY(window->watchController()->watchesWindow());
    m_shown << shownTexts();
    QVERIFY(settings->value(u"watches/entries"_s).toString().contains(m_route.access));

    // Closing saves the geometry and the last selections, as quitting does.
    window->close();
    window.reset();
    settings->sync();
    QCOMPARE(settings->status(), QSettings::NoError);
}

void tst_SecretsAudit::nothingHoldsASecret()
{
    // What the session left on disk. The scan only proves something if the files are there.
    const SecretScan::TreeReport report = m_secrets->scanTree(m_root.path());
    qInfo().noquote() << "scanned" << report.scanned.size() << "files under" << m_root.path();
    const QString organization = QStringLiteral(GAAP_ORGANIZATION_NAME);
    const QStringList expected{m_root.filePath(u"config/"_s + organization + u"/gaap-capacity.conf"_s),
                               m_root.filePath(u"data/"_s + organization + u"/gaap-capacity/history.sqlite"_s),
                               exportPath(u"cli-matrix.csv"_s),
                               exportPath(u"cli-history.json"_s),
                               exportPath(u"gui-matrix.csv"_s),
                               exportPath(u"gui-matrix.json"_s),
                               exportPath(u"gui-history.csv"_s),
                               exportPath(u"gui-history.json"_s)};
    for (const QString &path : expected)
        QVERIFY2(report.scanned.contains(path),
                 qPrintable(path + u" was not written; scanned: "_s + report.scanned.join(u", "_s)));
    const auto inCache = [&report, this](const QString &path) { return path.startsWith(m_root.filePath(u"cache/"_s)); };
    QVERIFY2(std::any_of(report.scanned.cbegin(), report.scanned.cend(), inCache), "no region cache was written");
    const QByteArray settingsFile = readAll(expected.constFirst());
    QVERIFY(settingsFile.contains("audit") && settingsFile.contains("gui") && settingsFile.contains("geometry"));
    QVERIFY2(report.isClean(), report.describe().constData());

    // What was printed, logged, shown and copied.
    const QStringList logged = LogCapture::messages();
    QVERIFY2(logged.size() >= 10, qPrintable(logged.join(u'\n'))); // debug logging was on
    QVERIFY(m_shown.size() > 100);
    QCOMPARE(m_clipboard.size(), 6);
    for (const auto &[what, texts] : {std::pair{"CLI output", m_captured}, std::pair{"log message", logged},
                                      std::pair{"widget text", m_shown}, std::pair{"clipboard text", m_clipboard}}) {
        for (const QString &text : texts)
            QVERIFY2(!m_secrets->foundIn(text), qPrintable(QString::fromLatin1(what) + u" with a secret:\n"_s + text));
    }
    qInfo("secrets audit: %lld files, %lld CLI outputs, %lld log messages, %lld widget texts, %lld clipboard texts "
          "scanned; SecretKey and token found in none",
          qint64(report.scanned.size()), qint64(m_captured.size()), qint64(logged.size()), qint64(m_shown.size()),
          qint64(m_clipboard.size()));
}

QTEST_MAIN(tst_SecretsAudit)

#include "tst_secretsaudit.moc"
