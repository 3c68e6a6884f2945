// The fault suite (issue 8): every misbehaviour of the network and the server, against the core
// (GaapApi over ApiClient), the CLI process and the GUI (CheckForm + ResultCard + CheckSession), all
// against the in-process fake GAAP server. cleanupTestCase() prints the table of what was handled.
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/gaap/gaapapi.h"
#include "core/gaap/gaapcall.h"
#include "core/session/checksession.h"
#include "core/session/regioncache.h"
#include "support/childwidget.h"
#include "support/fakeapistack.h"
#include "support/fakegaapserver.h"
#include "support/processrun.h"
#include "ui/check/checkform.h"
#include "ui/check/resultcard.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

#include <cstdio>
#include <memory>

using namespace std::chrono_literals;

namespace {

enum class Setup { Fault, ClockSkew, Tls, BadHost, Refused };

struct FaultCase
{
    QString name;
    Setup setup = Setup::Fault;
    FakeFault fault;
    bool succeeds = false; // the fault is absorbed: the call still answers
    ApiError::Kind kind = ApiError::Kind::None;
    QString code; // expected error code; empty: any
    int cliExit = 0;
};

FakeFault fault(FakeFault::Kind kind, int count = -1)
{
    FakeFault f;
    f.kind = kind;
    f.count = count;
    return f;
}

FakeFault errorFault(const QString &code)
{
    FakeFault f;
    f.count = -1;
    f.errorCode = code;
    f.errorMessage = QStringLiteral("Injected: ") + code;
    return f;
}

const QList<FaultCase> &cases()
{
    using K = ApiError::Kind;
    static const QList<FaultCase> all = [] {
        FakeFault slow = fault(FakeFault::Kind::SlowAnswer, 1);
        slow.delayMs = 250;
        return QList<FaultCase>{
            {QStringLiteral("connection reset"), Setup::Fault, fault(FakeFault::Kind::CloseConnection), false,
             K::ConnectionClosed, QStringLiteral("Client.ConnectionClosed"), 4},
            {QStringLiteral("no answer (timeout)"), Setup::Fault, fault(FakeFault::Kind::NoAnswer), false, K::Timeout,
             QStringLiteral("Client.Timeout"), 4},
            {QStringLiteral("slow answer"), Setup::Fault, slow, true, K::None, {}, 0},
            {QStringLiteral("HTTP 502 with HTML"), Setup::Fault, fault(FakeFault::Kind::Http502Html), false,
             K::HttpStatus, QStringLiteral("Client.HttpStatus"), 4},
            {QStringLiteral("truncated JSON"), Setup::Fault, fault(FakeFault::Kind::TruncatedJson), false,
             K::InvalidJson, QStringLiteral("Client.InvalidJson"), 3},
            {QStringLiteral("wrong types and nulls"),
             Setup::Fault,
             fault(FakeFault::Kind::MangledJson),
             false,
             K::MalformedResponse,
             {},
             3},
            {QStringLiteral("20 MiB body"), Setup::Fault, fault(FakeFault::Kind::OversizeBody), false, K::BodyTooLarge,
             QStringLiteral("Client.BodyTooLarge"), 3},
            {QStringLiteral("unknown error code"), Setup::Fault,
             errorFault(QStringLiteral("FailedOperation.NobodyDocumentedThis")), false, K::Service,
             QStringLiteral("FailedOperation.NobodyDocumentedThis"), 3},
            {QStringLiteral("RequestLimitExceeded storm"), Setup::Fault,
             errorFault(QStringLiteral("RequestLimitExceeded")), false, K::Service,
             QStringLiteral("RequestLimitExceeded"), 3},
            {QStringLiteral("SignatureExpire (skewed clock)"), Setup::ClockSkew, {}, true, K::None, {}, 0},
            {QStringLiteral("self-signed TLS"),
             Setup::Tls,
             {},
             false,
             K::TlsFailure,
             QStringLiteral("Client.TlsFailure"),
             4},
            {QStringLiteral("unresolvable host"),
             Setup::BadHost,
             {},
             false,
             K::HostNotFound,
             QStringLiteral("Client.HostNotFound"),
             4},
            {QStringLiteral("connection refused"), Setup::Refused, {}, false, K::ConnectionRefused, {}, 4},
        };
    }();
    return all;
}

// Only the no-answer case is about time: it waits half a second. Every other case gets a timeout a busy
// machine cannot reach, so a slow test run never turns its fault into Client.Timeout.
std::chrono::milliseconds timeoutFor(const FaultCase &c)
{
    const bool aboutTime = c.setup == Setup::Fault && c.fault.kind == FakeFault::Kind::NoAnswer;
    return aboutTime ? std::chrono::milliseconds(500) : std::chrono::milliseconds(20000);
}

const FaultCase &caseNamed(const QString &name)
{
    for (const FaultCase &c : cases()) {
        if (c.name == name)
            return c;
    }
    qFatal("no fault case %s", qPrintable(name));
}

struct Row
{
    QString core = QStringLiteral("-");
    QString cli = QStringLiteral("-");
    QString gui = QStringLiteral("-");
    int crashes = 0;
};

QString verdict(const ResultCard *card)
{
    return child<QLabel>(card, "verdictLabel")->text();
}

const QString CanBeCreated = QStringLiteral("Can be created");
const QString CheckFailed = QStringLiteral("No answer: the check failed");

} // namespace

class tst_Faults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void core_data() { rows(); }
    void core();
    void cli_data() { rows(); }
    void cli();
    void gui_data() { rows(); }
    void gui();

private:
    static void rows();
    // The URL the client should use for this case (and applies server-side faults).
    QString arrange(const FaultCase &c, const QString &action);
    void clear();

    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<FakeGaapServer> m_tls;
    QString m_refusedUrl;
    QString m_badHostUrl;
    QTemporaryDir m_home;
    QMap<QString, Row> m_rows;
};

void tst_Faults::rows()
{
    QTest::addColumn<QString>("name");
    for (const FaultCase &c : cases())
        QTest::newRow(qPrintable(c.name)) << c.name;
}

void tst_Faults::initTestCase()
{
    QVERIFY(m_home.isValid());
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
    m_refusedUrl = QStringLiteral("http://127.0.0.1:%1").arg(placeholder.serverPort());
    placeholder.close(); // nothing listens there any more
    // Longer than 255 bytes: the resolver refuses it locally, no DNS query leaves the machine.
    QStringList labels(5, QString(60, u'a'));
    labels.append(QStringLiteral("invalid"));
    m_badHostUrl = QStringLiteral("https://") + labels.join(u'.');
    for (const FaultCase &c : cases())
        m_rows.insert(c.name, Row());
}

void tst_Faults::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_server->setRateLimit(1000);
}

void tst_Faults::cleanup()
{
    m_tls.reset();
    m_server.reset();
}

QString tst_Faults::arrange(const FaultCase &c, const QString &action)
{
    switch (c.setup) {
    case Setup::Fault: {
        FakeFault f = c.fault;
        f.action = action;
        m_server->addFault(f);
        break;
    }
    case Setup::ClockSkew:
        m_server->setClockOffset(900); // the server is 15 minutes ahead: the first signature expires
        break;
    case Setup::Tls: {
        const QString dir = qEnvironmentVariable("GAAP_TEST_DATA_DIR");
        QFile certificateFile(dir + QStringLiteral("/selfsigned-localhost.crt"));
        QFile keyFile(dir + QStringLiteral("/selfsigned-localhost.key"));
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            qFatal("the self-signed test certificate is missing in %s", qPrintable(dir));
        m_tls = std::make_unique<FakeGaapServer>();
        m_tls->useTls(QSslCertificate(&certificateFile, QSsl::Pem), QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        if (m_tls->listenOnLoopback() == 0)
            qFatal("the TLS server cannot listen");
        return QStringLiteral("https://127.0.0.1:%1").arg(m_tls->url().port());
    }
    case Setup::BadHost: return m_badHostUrl;
    case Setup::Refused: return m_refusedUrl;
    }
    return m_server->url().toString();
}

void tst_Faults::clear()
{
    m_server->clearFaults();
    m_server->setClockOffset(0);
}

void tst_Faults::core()
{
    QFETCH(QString, name);
    const FaultCase &c = caseNamed(name);
    m_rows[name].core = QStringLiteral("FAIL");

    QNetworkAccessManager network;
    ApiClient client(&network);
    RateLimiter limiter;
    GaapApi api(&client, &limiter);
    api.setRetryPolicy({1, 10ms});
    client.setTimeout(timeoutFor(c));
    useFakeServer(client, *m_server); // run() points it at each fault's URL
    const auto run = [&](const QString &url, bool *ok, ApiError *error) {
        client.setEndpoint(*Endpoint::fromUserInput(url));
        GaapCall *call = api.originRegions();
        call->setAutoDelete(false);
        const std::unique_ptr<GaapCall> owner(call);
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 30000);
        *ok = call->isOk();
        *error = call->error();
    };

    bool ok = false;
    ApiError error;
    run(arrange(c, QString()), &ok, &error);
    if (QTest::currentTestFailed())
        return;
    if (c.succeeds) {
        QVERIFY2(ok, qPrintable(error.describe()));
    } else {
        QVERIFY(!ok);
        QCOMPARE(error.kind(), c.kind);
        if (!c.code.isEmpty())
            QCOMPARE(error.code(), c.code);
        QVERIFY(!error.title().isEmpty());
    }
    clear();
    run(m_server->url().toString(), &ok, &error);
    QVERIFY2(ok, qPrintable(error.describe()));
    m_rows[name].core = QStringLiteral("ok");
}

void tst_Faults::cli()
{
    QFETCH(QString, name);
    const FaultCase &c = caseNamed(name);
    m_rows[name].cli = QStringLiteral("FAIL");

    QProcessEnvironment env = isolatedEnvironment();
    placeHomeIn(env, m_home.path());
    const FakeCredential demo = m_server->demoCredential();
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), demo.secretId);
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), demo.secretKey);
    // The server runs in this process: runProcess() waits in an event loop.
    const auto runCli = [&](const QString &url) {
        const ProcessOutcome outcome = runProcess(
            QStringLiteral(GAAP_CLI_PATH),
            {QStringLiteral("origin-regions"), QStringLiteral("--endpoint"), url, QStringLiteral("--timeout"),
             QString::number(std::chrono::ceil<std::chrono::seconds>(timeoutFor(c)).count())},
            env, {}, 60000);
        if (outcome.crashed)
            m_rows[name].crashes += 1;
        return outcome;
    };

    const ProcessOutcome faulty = runCli(arrange(c, QString()));
    QVERIFY2(faulty.finished && faulty.exitCode == c.cliExit, faulty.describe().constData());
    if (!c.succeeds) {
        QVERIFY(faulty.err.startsWith(QLatin1String("gaap-capacity-cli: ")));
        if (!c.code.isEmpty())
            QVERIFY2(faulty.err.contains(c.code), faulty.describe().constData());
    }
    clear();
    const ProcessOutcome next = runCli(m_server->url().toString());
    QVERIFY2(next.finished && next.exitCode == 0, next.describe().constData());
    m_rows[name].cli = QStringLiteral("ok");
}

void tst_Faults::gui()
{
    QFETCH(QString, name);
    const FaultCase &c = caseNamed(name);
    m_rows[name].gui = QStringLiteral("FAIL");

    FakeApiStackOptions options;
    options.retries = {1, 10ms};
    FakeApiStack fake(*m_server, options);
    ApiClient &client = fake.client();
    RegionLists &lists = fake.regions();
    CheckSession &session = fake.checks();
    QWidget window;
    auto *form = new CheckForm(&lists, &session, &fake.groups(), &window);
    auto *card = new ResultCard(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(form);
    layout->addWidget(card);
    client.setTimeout(timeoutFor(c));
    card->setEndpoint(client.endpoint());
    connect(form, &CheckForm::checkRequested, &session, &CheckSession::check);
    connect(&session, &CheckSession::checkStarted, card, &ResultCard::showPending);
    connect(&session, &CheckSession::checkFinished, card, &ResultCard::showOutcome);
    connect(&session, &CheckSession::priceFinished, card, &ResultCard::showPrice);

    // Hongkong, and an access region whose smallest offers fit its normal capacity.
    const QString origin = QStringLiteral("Hongkong");
    form->loadRegions();
    auto *originCombo = child<QComboBox>(form, "originCombo");
    QTRY_VERIFY(originCombo->findData(origin) >= 0);
    QVERIFY(choose(originCombo, origin));
    QTRY_COMPARE(lists.accessStatus().state, RegionLists::ListState::Fresh);
    const FakeAccessRegion *route = nullptr;
    for (const FakeAccessRegion &access : m_server->data().accessRegions()) {
        const FakeCapacity normal = access.capacity.value(QStringLiteral("normal"));
        if (!route && access.destRegions.contains(origin) && access.ipVersions.contains(QStringLiteral("IPv4"))
            && access.packageTypes.contains(QStringLiteral("Thunder"))
            && access.bandwidths.constFirst() <= normal.maxBandwidth
            && access.concurrents.constFirst() <= normal.maxConcurrent)
            route = &access;
    }
    QVERIFY(route);
    QVERIFY(choose(child<QComboBox>(form, "accessCombo"), route->id));
    QTRY_VERIFY(choose(child<QComboBox>(form, "bandwidthCombo"), route->bandwidths.constFirst()));
    QVERIFY(choose(child<QComboBox>(form, "concurrencyCombo"), route->concurrents.constFirst()));
    QVERIFY(choose(child<QComboBox>(form, "networkTypeCombo"), QStringLiteral("normal")));

    auto *check = child<QPushButton>(form, "checkButton");
    QTRY_VERIFY(check->isEnabled());
    client.setEndpoint(*Endpoint::fromUserInput(arrange(c, QStringLiteral("CheckProxyCreate"))));
    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(verdict(card) == CanBeCreated || verdict(card) == CheckFailed, 30000);
    if (c.succeeds) {
        // CheckProxyCreate and InquiryPriceCreateProxy are in flight together and both see
        // SignatureExpire: each corrects relative to the offset it was signed with (no 900 + 900).
        QCOMPARE(verdict(card), CanBeCreated);
    } else {
        QCOMPARE(verdict(card), CheckFailed);
        const QString explanation = child<QLabel>(card, "errorLabel")->text();
        QVERIFY(child<QWidget>(card, "errorWidget")->isVisibleTo(card));
        QVERIFY(!explanation.isEmpty());
        if (!c.code.isEmpty())
            QVERIFY2(explanation.contains(c.code), qPrintable(explanation));
    }
    QTRY_VERIFY(check->isEnabled()); // the form stays usable

    clear();
    // After a skew row the server's clock is right again: the client's 900 s correction is now wrong by
    // -900 s and must correct itself once more.
    client.setEndpoint(*Endpoint::fromUserInput(m_server->url().toString()));
    check->click();
    QTRY_COMPARE_WITH_TIMEOUT(verdict(card), CanBeCreated, 30000);
    m_rows[name].gui = QStringLiteral("ok");
}

void tst_Faults::cleanupTestCase()
{
    int handled = 0;
    int crashes = 0;
    std::printf("\n%-32s | %-5s | %-5s | %-5s | %s\n", "fault", "core", "cli", "gui", "crashes");
    for (const FaultCase &c : cases()) {
        const Row row = m_rows.value(c.name);
        const bool ok = row.core == QLatin1String("ok") && row.cli == QLatin1String("ok")
                        && row.gui == QLatin1String("ok") && row.crashes == 0;
        handled += ok ? 1 : 0;
        crashes += row.crashes;
        std::printf("%-32s | %-5s | %-5s | %-5s | %d\n", qPrintable(c.name), qPrintable(row.core), qPrintable(row.cli),
                    qPrintable(row.gui), row.crashes);
    }
    std::printf("faults tried %d, handled %d, crashes %d\n", static_cast<int>(cases().size()), handled, crashes);
    std::fflush(stdout);
}

QTEST_MAIN(tst_Faults)
#include "tst_faults.moc"
