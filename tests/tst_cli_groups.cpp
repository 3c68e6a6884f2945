// gaap-capacity-cli groups end to end: the CLI as a process against the in-process fake GAAP server (so a test
// can give the account 250 groups) and once against gaap-fake-server with a data file of its own. The table
// says the status in words, csv and json give the API's values; every page is asked; errors keep the usual
// exit codes.
#include "support/exportreaders.h"
#include "support/fakegaapserver.h"
#include "support/fakeserverprocess.h"
#include "support/processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Action = u"DescribeProxyGroupList"_s;

// The status words of the table (English).
QString statusWords(const QString &status)
{
    static const QMap<QString, QString> words{
        {u"RUNNING"_s, u"Running"_s},    {u"CREATING"_s, u"Being created"_s}, {u"DESTROYING"_s, u"Being deleted"_s},
        {u"MOVING"_s, u"Being moved"_s}, {u"CLOSED"_s, u"Closed"_s},          {u"CHANGING"_s, u"Being changed"_s}};
    return words.value(status);
}

QList<FakeProxyGroup> groupsOf(const FakeGaapData &data, const QString &origin)
{
    QList<FakeProxyGroup> out;
    for (const FakeProxyGroup &group : data.proxyGroups()) {
        if (origin.isEmpty() || group.destRegion == origin)
            out.append(group);
    }
    return out;
}

} // namespace

class tst_CliGroups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void table_data();
    void table();
    void csvHasTheApiValues_data();
    void csvHasTheApiValues();
    void jsonIsOneResponse();
    void everyPageIsAsked();
    void errorsKeepTheExitCodes_data();
    void errorsKeepTheExitCodes();
    void fakeServerProgramServesGroupsFromItsDataFile();

private:
    ProcessOutcome runCli(QStringList arguments, const QString &endpoint = {}) const;
    void useServer(const FakeGaapData &data);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeGaapServer> m_server;
};

void tst_CliGroups::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    useServer(FakeGaapData::builtIn());
}

void tst_CliGroups::cleanup()
{
    m_server.reset();
    m_home.reset();
}

void tst_CliGroups::useServer(const FakeGaapData &data)
{
    m_server = std::make_unique<FakeGaapServer>(data);
    QVERIFY(m_server->listenOnLoopback() != 0);
}

ProcessOutcome tst_CliGroups::runCli(QStringList arguments, const QString &endpoint) const
{
    QProcessEnvironment env = isolatedEnvironment();
    placeHomeIn(env, m_home->path());
    const FakeCredential key = m_server->demoCredential();
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, key.secretId);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, key.secretKey);
    arguments << u"--endpoint"_s << (endpoint.isEmpty() ? m_server->url().toString() : endpoint);
    // runProcess waits in an event loop: the in-process server answers meanwhile.
    return runProcess(QStringLiteral(GAAP_CLI_PATH), arguments, env, {}, 60000);
}

void tst_CliGroups::table_data()
{
    QTest::addColumn<QString>("origin");
    QTest::newRow("every origin") << QString();
    QTest::newRow("Hongkong") << u"Hongkong"_s;
    QTest::newRow("SouthChina") << u"SouthChina"_s;
}

void tst_CliGroups::table()
{
    QFETCH(QString, origin);
    QStringList arguments{u"groups"_s, u"--language"_s, u"en-US"_s};
    if (!origin.isEmpty())
        arguments << u"--origin-region"_s << origin;
    const ProcessOutcome run = runCli(arguments);
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    static const QRegularExpression columnGap(u" {2,}"_s);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0).split(columnGap), (QStringList{u"GroupId"_s, u"Name"_s, u"Origin region"_s, u"Status"_s,
                                                           u"Project"_s, u"Takes new connections"_s}));
    const QList<FakeProxyGroup> expected = groupsOf(m_server->data(), origin);
    QCOMPARE(lines.size(), expected.size() + 1);
    bool sawYes = false, sawNo = false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const FakeProxyGroup &group = expected.at(i);
        const bool running = group.status == "RUNNING"_L1;
        QCOMPARE(lines.at(i + 1).split(columnGap),
                 (QStringList{group.id, group.name, group.destRegion, statusWords(group.status),
                              QString::number(group.projectId), running ? u"yes"_s : u"no"_s}));
        (running ? sawYes : sawNo) = true;
    }
    QVERIFY(sawYes && sawNo); // the data has groups that take new connections and groups that do not
    QCOMPARE(m_server->requestCount(Action), 1);
}

void tst_CliGroups::csvHasTheApiValues_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en-US") << u"en-US"_s;
    QTest::newRow("zh-CN") << u"zh-CN"_s;
}

// The header is the API's field names and the status the API's value, in every language.
void tst_CliGroups::csvHasTheApiValues()
{
    QFETCH(QString, language);
    const ProcessOutcome run = runCli({u"groups"_s, u"--output"_s, u"csv"_s, u"--language"_s, language});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const std::optional<QList<QStringList>> rows = ExportReaders::csvRows(run.out.toUtf8());
    QVERIFY2(rows, qPrintable(run.out));
    QCOMPARE(rows->value(0), (QStringList{u"GroupId"_s, u"GroupName"_s, u"RealServerRegion"_s, u"Status"_s,
                                          u"ProjectId"_s, u"AcceptsNewConnections"_s}));
    const QList<FakeProxyGroup> expected = groupsOf(m_server->data(), QString());
    QCOMPARE(rows->size(), expected.size() + 1);
    QStringList statuses;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const FakeProxyGroup &group = expected.at(i);
        QCOMPARE(rows->at(i + 1),
                 (QStringList{group.id, group.name, group.destRegion, group.status, QString::number(group.projectId),
                              group.status == "RUNNING"_L1 ? u"true"_s : u"false"_s}));
        statuses.append(group.status);
    }
    for (const char *status : {"RUNNING", "CREATING", "DESTROYING", "MOVING", "CLOSED", "CHANGING"})
        QVERIFY2(statuses.contains(QLatin1String(status)), status);
}

// One Response for scripts: TotalCount, every group as the API sent it with AcceptsNewConnections, a RequestId.
void tst_CliGroups::jsonIsOneResponse()
{
    const ProcessOutcome run = runCli(
        {u"groups"_s, u"--origin-region"_s, u"Hongkong"_s, u"--output"_s, u"json"_s, u"--language"_s, u"en-US"_s});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QJsonObject response = document.object();
    const QList<FakeProxyGroup> expected = groupsOf(m_server->data(), u"Hongkong"_s);
    QCOMPARE(response.value("TotalCount"_L1).toInteger(), expected.size());
    QVERIFY(!response.value("RequestId"_L1).toString().isEmpty());
    const QJsonArray list = response.value("ProxyGroupList"_L1).toArray();
    QCOMPARE(list.size(), expected.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject group = list.at(i).toObject();
        QCOMPARE(group.value("GroupId"_L1).toString(), expected.at(i).id);
        QCOMPARE(group.value("Status"_L1).toString(), expected.at(i).status);
        QCOMPARE(group.value("AcceptsNewConnections"_L1).toBool(), expected.at(i).status == "RUNNING"_L1);
        QVERIFY(group.value("AcceptsNewConnections"_L1).isBool());
        QCOMPARE(group.value("RealServerRegionInfo"_L1).toObject().value("RegionName"_L1).toString(),
                 u"Hong Kong (China)"_s);
    }
}

void tst_CliGroups::everyPageIsAsked()
{
    FakeGaapData data = FakeGaapData::builtIn();
    data.addGeneratedGroups(250, u"Korea"_s);
    useServer(data);
    const ProcessOutcome run = runCli({u"groups"_s, u"--origin-region"_s, u"Korea"_s, u"--output"_s, u"csv"_s});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const std::optional<QList<QStringList>> rows = ExportReaders::csvRows(run.out.toUtf8());
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1 + 250);
    QCOMPARE(rows->at(1).value(0), u"lg-x0000001"_s);
    QCOMPARE(rows->constLast().value(0), data.proxyGroups().constLast().id);
    QCOMPARE(m_server->requestCount(Action), 3);
}

void tst_CliGroups::errorsKeepTheExitCodes_data()
{
    QTest::addColumn<QString>("fault"); // a FakeFault kind; empty: none
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no permission") << u"error"_s << u"UnauthorizedOperation"_s << QString() << 3
                                   << u"UnauthorizedOperation"_s;
    QTest::newRow("gateway error") << u"http502"_s << QString() << QString() << 4 << u"502"_s;
    QTest::newRow("not a region ID") << QString() << QString() << u"Hong kong"_s << 2 << u"RealServerRegion"_s;
}

void tst_CliGroups::errorsKeepTheExitCodes()
{
    QFETCH(QString, fault);
    QFETCH(QString, code);
    QFETCH(QString, origin);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    if (!fault.isEmpty()) {
        QJsonObject spec{{u"kind"_s, fault}, {u"action"_s, Action}};
        if (!code.isEmpty())
            spec.insert("code"_L1, code);
        QString error;
        const std::optional<FakeFault> parsed = FakeFault::fromJson(spec, &error);
        QVERIFY2(parsed, qPrintable(error));
        m_server->addFault(*parsed);
    }
    QStringList arguments{u"groups"_s};
    if (!origin.isEmpty())
        arguments << u"--origin-region"_s << origin;
    const ProcessOutcome run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QCOMPARE(m_server->requestCount(Action), fault.isEmpty() ? 0 : 1);
}

// gaap-fake-server serves DescribeProxyGroupList too, from the groups of the data file it is given.
void tst_CliGroups::fakeServerProgramServesGroupsFromItsDataFile()
{
    QFile builtIn(u":/fakegaap/gaap-fake-data.json"_s);
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
    root.insert("proxyGroups"_L1, QJsonArray{QJsonObject{{u"GroupId"_s, u"lg-file0001"_s},
                                                         {u"GroupName"_s, u"from-the-file"_s},
                                                         {u"ProjectId"_s, 7},
                                                         {u"RealServerRegion"_s, u"Japan"_s},
                                                         {u"Status"_s, u"MOVING"_s}}});
    const QString path = m_home->filePath(u"groups-data.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();

    FakeServerProcess server(QStringLiteral(GAAP_FAKE_SERVER_PATH), {u"--data"_s, path});
    QVERIFY(server.isRunning());
    const ProcessOutcome run = runCli({u"groups"_s, u"--output"_s, u"csv"_s}, server.url());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const std::optional<QList<QStringList>> rows = ExportReaders::csvRows(run.out.toUtf8());
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(1),
             (QStringList{u"lg-file0001"_s, u"from-the-file"_s, u"Japan"_s, u"MOVING"_s, u"7"_s, u"false"_s}));
}

QTEST_GUILESS_MAIN(tst_CliGroups)
#include "tst_cli_groups.moc"
