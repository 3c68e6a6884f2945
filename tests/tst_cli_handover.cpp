// gaap-capacity-cli check --output tccli-create|terraform end to end against gaap-fake-server (one per test
// function): the order of a connection that can be created on stdout and nothing else; for one that cannot,
// nothing on stdout and the reason on stderr; the usage errors of --output and --billing-type. The routes come
// from the server's data file: bandwidths within and above an access region's normal capacity.
#include "support/fakeserverprocess.h"
#include "support/processrun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_CliHandover final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tccliCreate_data();
    void tccliCreate();
    void terraform_data();
    void terraform();
    void cannotBeCreated_data();
    void cannotBeCreated();
    void usageErrors_data();
    void usageErrors();
    void apiErrorAsUsual();
    void help();

private:
    // gaap-capacity-cli with the demo key, against the fake server unless `toServer` is false.
    ProcessOutcome runCli(const QStringList &arguments, bool toServer = true) const;
    // check with the route, `bandwidth` and the extra arguments.
    QStringList check(qint64 bandwidth, const QString &extra = {}) const;
    int checksSent() const;

    QString m_dataPath;
    QJsonObject m_credential;
    QString m_origin;
    QString m_access;
    qint64 m_within = 0; // an offered bandwidth the normal capacity allows
    qint64 m_above = 0;  // an offered bandwidth above it
    qint64 m_concurrent = 0;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServerProcess> m_server;
};

void tst_CliHandover::initTestCase()
{
    m_dataPath = fakeDataPath();
    const QJsonObject data = readFakeData(m_dataPath);
    QVERIFY2(!data.isEmpty(), qPrintable(m_dataPath));
    m_credential = data[u"credentials"_s].toArray().at(0).toObject();
    for (const QJsonValue &value : data[u"accessRegions"_s].toArray()) {
        const QJsonObject access = value.toObject();
        const QJsonObject normal = access[u"Capacity"_s].toObject()[u"normal"_s].toObject();
        // The CLI's defaults: IPv4, and the server takes PackageType Thunder.
        if (!access[u"IPAddressVersions"_s].toArray().contains(u"IPv4"_s)
            || !access[u"PackageTypes"_s].toArray().contains(u"Thunder"_s)
            || access[u"DestRegions"_s].toArray().isEmpty())
            continue;
        m_within = m_above = m_concurrent = 0;
        for (const QJsonValue &bandwidth : access[u"BandwidthList"_s].toArray()) {
            const qint64 mbps = bandwidth.toInteger();
            qint64 &slot = mbps <= normal[u"MaxBandwidth"_s].toInteger() ? m_within : m_above;
            if (slot == 0)
                slot = mbps;
        }
        for (const QJsonValue &concurrent : access[u"ConcurrentList"_s].toArray()) {
            if (m_concurrent == 0 && concurrent.toInteger() <= normal[u"MaxConcurrent"_s].toInteger())
                m_concurrent = concurrent.toInteger();
        }
        if (m_within > 0 && m_above > 0 && m_concurrent > 0) {
            m_access = access[u"RegionId"_s].toString();
            m_origin = access[u"DestRegions"_s].toArray().at(0).toString();
            return;
        }
    }
    QFAIL("the data file has no access region with bandwidths within and above its normal capacity");
}

void tst_CliHandover::init()
{
    m_home = std::make_unique<QTemporaryDir>(); // settings, history and caches start empty
    QVERIFY(m_home->isValid());
    m_server = std::make_unique<FakeServerProcess>(QStringLiteral(GAAP_FAKE_SERVER_PATH),
                                                   QStringList{u"--data"_s, m_dataPath});
    QVERIFY(m_server->isRunning());
}

void tst_CliHandover::cleanup()
{
    m_server.reset();
    m_home.reset();
}

ProcessOutcome tst_CliHandover::runCli(const QStringList &arguments, bool toServer) const
{
    QProcessEnvironment environment = isolatedEnvironment();
    placeHomeIn(environment, m_home->path());
    environment.insert(u"TENCENTCLOUD_SECRET_ID"_s, m_credential[u"SecretId"_s].toString());
    environment.insert(u"TENCENTCLOUD_SECRET_KEY"_s, m_credential[u"SecretKey"_s].toString());
    return runProcess(QStringLiteral(GAAP_CLI_PATH),
                      toServer ? arguments + QStringList{u"--endpoint"_s, m_server->url()} : arguments, environment);
}

QStringList tst_CliHandover::check(qint64 bandwidth, const QString &extra) const
{
    return u"check --origin-region %1 --access-region %2 --bandwidth %3 --concurrent %4"_s.arg(m_origin, m_access)
               .arg(bandwidth)
               .arg(m_concurrent)
               .split(u' ')
           + extra.split(u' ', Qt::SkipEmptyParts);
}

int tst_CliHandover::checksSent() const
{
    const QJsonObject stats = QJsonDocument::fromJson(m_server->control("GET", u"/_fake/stats"_s)).object();
    return stats[u"requests"_s][u"CheckProxyCreate"_s].toInt();
}

void tst_CliHandover::tccliCreate_data()
{
    QTest::addColumn<QString>("billing");
    QTest::addColumn<QString>("billingOption"); // as the command gets it
    QTest::newRow("no billing type") << QString() << QString();
    QTest::newRow("by bandwidth") << u"bandwidth"_s << u" --BillingType 0"_s;
    QTest::newRow("by traffic") << u"traffic"_s << u" --BillingType 1"_s;
}

void tst_CliHandover::tccliCreate()
{
    QFETCH(QString, billing);
    QFETCH(QString, billingOption);
    const QString extra =
        u"--output tccli-create"_s + (billing.isEmpty() ? QString() : u" --billing-type "_s + billing);
    const ProcessOutcome outcome = runCli(check(m_within, extra));
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.err.isEmpty(), outcome.describe().constData());
    const QString expected =
        uR"(tccli gaap CreateProxy --cli-unfold-argument --ProjectId "${GAAP_PROJECT_ID:?set GAAP_PROJECT_ID to your )"
        uR"(project ID, 0 for the default project}" --ProxyName "${GAAP_PROXY_NAME:?set GAAP_PROXY_NAME, at most 30 )"
        uR"(characters}" --AccessRegion %1 --RealServerRegion %2 --Bandwidth %3 --Concurrent %4%5 --endpoint '%6')"
        "\n"_s.arg(m_access, m_origin)
            .arg(m_within)
            .arg(m_concurrent)
            .arg(billingOption, m_server->url());
    QCOMPARE(outcome.out, expected);
}

void tst_CliHandover::terraform_data()
{
    tccliCreate_data();
}

void tst_CliHandover::terraform()
{
    QFETCH(QString, billing);
    QFETCH(QString, billingOption);
    const QString extra = u"--output terraform"_s + (billing.isEmpty() ? QString() : u" --billing-type "_s + billing);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-999);
    const ProcessOutcome outcome = runCli(check(m_within, extra));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.err.isEmpty(), outcome.describe().constData());

    // The header: when and with which RequestId (the one the history recorded for this check).
    const QString header = outcome.out.section(u'\n', 0, 0);
    const QRegularExpressionMatch match =
        QRegularExpression(u"^# Checked by GAAP Capacity Check at (\\S+) with RequestId (\\S+)\\.$"_s).match(header);
    QVERIFY2(match.hasMatch(), qPrintable(outcome.out));
    const QDateTime checkedAt = QDateTime::fromString(match.captured(1), Qt::ISODate);
    QVERIFY2(checkedAt >= before && checkedAt <= after, qPrintable(match.captured(1)));
    const ProcessOutcome history = runCli({u"history"_s, u"--output"_s, u"json"_s});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(match.captured(2), entries.at(0)[u"RequestId"_s].toString());

    QString expected = u"# For the provider tencentcloudstack/tencentcloud. Replace each REPLACE_ME first: terraform "
                       "apply\n"
                       "# creates the connection, and it is billed from then on.\n"
                       "resource \"tencentcloud_gaap_proxy\" \"gaap_%1_to_%2\" {\n"
                       "  name              = \"REPLACE_ME\" # at most 30 characters\n"
                       "  project_id        = 0            # REPLACE_ME: your project ID, 0 for the default project\n"
                       "  access_region     = \"%3\"\n"
                       "  realserver_region = \"%4\"\n"
                       "  bandwidth         = %5\n"
                       "  concurrent        = %6\n"_s.arg(m_access.toLower(), m_origin.toLower(), m_access, m_origin)
                           .arg(m_within)
                           .arg(m_concurrent);
    if (!billing.isEmpty())
        expected += u"\n"
                    "  # Checked too, but tencentcloud_gaap_proxy has no argument for these (it creates the\n"
                    "  # connection with the API's defaults instead):\n"
                    "  #   BillingType = %1 (by %2)\n"_s.arg(billingOption.right(1), billing);
    QCOMPARE(outcome.out.section(u'\n', 1), expected + u"}\n"_s);
}

void tst_CliHandover::cannotBeCreated_data()
{
    QTest::addColumn<QString>("extra");
    QTest::newRow("tccli-create") << u"--output tccli-create"_s;
    QTest::newRow("terraform, by traffic") << u"--output terraform --billing-type traffic"_s;
}

// Nothing to hand over: stdout stays empty (a script's `> gaap.tf` gets no half order), stderr says why, and the
// exit code is check's "cannot be created". The check was asked and recorded all the same.
void tst_CliHandover::cannotBeCreated()
{
    QFETCH(QString, extra);
    const ProcessOutcome outcome = runCli(check(m_above, extra));
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.out.isEmpty(), outcome.describe().constData());
    QVERIFY2(outcome.err.contains(u"cannot be created"_s) && outcome.err.contains(u"nothing to hand over"_s)
                 && outcome.err.contains(u"RequestId "_s),
             outcome.describe().constData());
    QCOMPARE(checksSent(), 1);
}

void tst_CliHandover::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrContains");

    const QString checkOnly = u"is for check only"_s;
    const QString billingAlone = u"--billing-type goes with --output tccli-create or --output terraform only"_s;
    QTest::newRow("check --billing-type") << check(m_within, u"--billing-type traffic"_s) << billingAlone;
    QTest::newRow("check --billing-type --output csv")
        << check(m_within, u"--billing-type bandwidth --output csv"_s) << billingAlone;
    QTest::newRow("check --output terraform --billing-type monthly")
        << check(m_within, u"--output terraform --billing-type monthly"_s) << u"bandwidth, traffic"_s;
    QTest::newRow("check --output hcl") << check(m_within, u"--output hcl"_s)
                                        << u"table, json, csv, tccli-create, terraform"_s;
    QTest::newRow("origin-regions --output terraform")
        << QStringList{u"origin-regions"_s, u"--output"_s, u"terraform"_s} << u"--output terraform "_s + checkOnly;
    QTest::newRow("access-regions --output tccli-create")
        << QStringList{u"access-regions"_s, u"--origin-region"_s, m_origin, u"--output"_s, u"tccli-create"_s}
        << u"--output tccli-create "_s + checkOnly;
    QStringList price = check(m_within, u"--output terraform"_s);
    price.first() = u"price"_s;
    QTest::newRow("price --output terraform") << price << u"--output terraform "_s + checkOnly;
    QTest::newRow("matrix --output tccli-create")
        << QStringList{u"matrix"_s, u"--origin-region"_s, m_origin, u"--output"_s, u"tccli-create"_s}
        << u"--output tccli-create "_s + checkOnly;
    QTest::newRow("history --output terraform")
        << QStringList{u"history"_s, u"--output"_s, u"terraform"_s} << u"--output terraform "_s + checkOnly;
    QTest::newRow("profile list --output terraform")
        << QStringList{u"profile"_s, u"list"_s, u"--output"_s, u"terraform"_s} << u"table, json or csv"_s;
}

void tst_CliHandover::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    const ProcessOutcome outcome = runCli(arguments, arguments.constFirst() != u"profile"_s);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.out.isEmpty(), outcome.describe().constData());
    QVERIFY2(outcome.err.contains(stderrContains), outcome.describe().constData());
    QCOMPARE(checksSent(), 0);
}

void tst_CliHandover::apiErrorAsUsual()
{
    QVERIFY(
        !m_server
             ->control(
                 "POST", u"/_fake/faults"_s,
                 R"({"kind":"error","action":"CheckProxyCreate","count":1,"code":"FailedOperation.UserNotConfirmProtocol"})")
             .isEmpty());
    const ProcessOutcome outcome = runCli(check(m_within, u"--output terraform"_s));
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY2(outcome.out.isEmpty(), outcome.describe().constData());
    QVERIFY2(outcome.err.contains(u"FailedOperation.UserNotConfirmProtocol"_s), outcome.describe().constData());
}

void tst_CliHandover::help()
{
    const ProcessOutcome outcome = runCli({u"check"_s, u"--help"_s});
    QCOMPARE(outcome.exitCode, 0);
    for (const QString &text : {u"--billing-type <billing>"_s, u"tccli-create"_s, u"terraform"_s, u"GAAP_PROJECT_ID"_s,
                                u"REPLACE_ME"_s, u"--output terraform --billing-type traffic"_s})
        QVERIFY2(outcome.out.contains(text), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_CliHandover)
#include "tst_cli_handover.moc"
