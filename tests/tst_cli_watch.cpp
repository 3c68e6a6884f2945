// gaap-capacity-cli watch end to end against gaap-fake-server: a change of the answer is printed as it comes and
// ends the watch with exit 0 when the connection can be created; --max-time ends it with 1; the shortest interval
// is 10 s; every check is in the history. The same for a watched requirement search (--min-bandwidth and
// --min-concurrent): it ends when an access region can serve it, says which and with what.
#include "support/fakegaapdata.h"
#include "support/fakeserverprocess.h"
#include "support/processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_CliWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void capacityThatAppearsEndsTheWatch();
    void maxTimeEndsWithOne();
    void intervalHasAMinimum();
    void searchEndsWhenAnAccessRegionCanServeIt();
    void searchMaxTimeAndMistakes();

private:
    ProcessOutcome runCli(QStringList arguments) const;
    [[nodiscard]] QStringList watchArguments() const;
    [[nodiscard]] QStringList searchArguments() const;
    // Sets the capacity of `access` through POST /_fake/capacity; the server's answer.
    QByteArray setCapacity(const QString &access, qint64 maxBandwidth, qint64 maxConcurrent) const;
    // No capacity in any access region serving Hongkong; the ones that offer the search's minimum.
    QStringList closeEveryRegion() const;

    FakeCapacity m_capacity;
    QString m_access;
    qint64 m_bandwidth = 0;
    qint64 m_concurrent = 0;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServerProcess> m_server;
};

void tst_CliWatch::initTestCase()
{
    // An access region serving Hongkong whose largest bandwidth is above its capacity: it cannot be created.
    const FakeGaapData data = FakeGaapData::builtIn(); // kept: the loop reads into it
    for (const FakeAccessRegion &region : data.accessRegions()) {
        const FakeCapacity capacity = region.capacity.value(u"normal"_s);
        if (region.destRegions.contains(u"Hongkong"_s) && region.ipVersions.contains(u"IPv4"_s)
            && region.packageTypes.contains(u"Thunder"_s) && region.bandwidths.constLast() > capacity.maxBandwidth) {
            m_access = region.id;
            m_bandwidth = region.bandwidths.constLast();
            m_concurrent = region.concurrents.constFirst();
            m_capacity = capacity;
            break;
        }
    }
    QVERIFY(!m_access.isEmpty());
}

void tst_CliWatch::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server = std::make_unique<FakeServerProcess>(QStringLiteral(GAAP_FAKE_SERVER_PATH));
    QVERIFY(m_server->isRunning());
}

void tst_CliWatch::cleanup()
{
    m_server.reset();
    m_home.reset();
}

ProcessOutcome tst_CliWatch::runCli(QStringList arguments) const
{
    QProcessEnvironment env = isolatedEnvironment();
    placeHomeIn(env, m_home->path());
    const FakeCredential demo = FakeGaapData::builtIn().credentials().constFirst();
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, demo.secretId);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, demo.secretKey);
    arguments << u"--endpoint"_s << m_server->url() << u"--language"_s << u"en-US"_s;
    return runProcess(QStringLiteral(GAAP_CLI_PATH), arguments, env, {}, 60000);
}

QStringList tst_CliWatch::watchArguments() const
{
    return {u"watch"_s,       u"--origin-region"_s,         u"Hongkong"_s,     u"--access-region"_s,         m_access,
            u"--bandwidth"_s, QString::number(m_bandwidth), u"--concurrent"_s, QString::number(m_concurrent)};
}

// The first check says "cannot"; the capacity is raised 2 s later; the next check (10 s after the first, ±10 %)
// says "can": two lines, exit 0, both checks in the history.
void tst_CliWatch::capacityThatAppearsEndsTheWatch()
{
    QByteArray raised;
    QTimer::singleShot(2000, this, [this, &raised] {
        const QJsonObject body{{u"accessRegion"_s, m_access},
                               {u"maxBandwidth"_s, m_bandwidth},
                               {u"maxConcurrent"_s, m_capacity.maxConcurrent}};
        raised = m_server->control("POST", u"/_fake/capacity"_s, QJsonDocument(body).toJson());
    });
    const ProcessOutcome run =
        runCli(watchArguments() + QStringList{u"--interval"_s, u"10"_s, u"--output"_s, u"json"_s});
    QVERIFY2(raised.contains("\"ok\""), raised.constData());
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0).toUtf8()).object().value(u"Result"_s).toString(), u"cannot"_s);
    const QJsonObject last = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
    QCOMPARE(last.value(u"Result"_s).toString(), u"can"_s);
    QVERIFY(!last.value(u"RequestId"_s).toString().isEmpty());

    const ProcessOutcome history = runCli({u"history"_s, u"--output"_s, u"json"_s});
    QVERIFY2(history.finished && history.exitCode == 0, history.describe().constData());
    QCOMPARE(QJsonDocument::fromJson(history.out.toUtf8()).array().size(), 2);
}

void tst_CliWatch::maxTimeEndsWithOne()
{
    const ProcessOutcome run = runCli(watchArguments() + QStringList{u"--max-time"_s, u"1"_s});
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QCOMPARE(run.out.count(u"cannot be created"_s), 1);
    QVERIFY2(run.err.contains(u"--max-time (1 s) passed and the connection still cannot be created (1 check)"_s),
             run.describe().constData());
}

void tst_CliWatch::intervalHasAMinimum()
{
    const ProcessOutcome run = runCli(watchArguments() + QStringList{u"--interval"_s, u"9"_s});
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(u"--interval must be at least 10 seconds"_s), run.describe().constData());
}

QStringList tst_CliWatch::searchArguments() const
{
    return {u"watch"_s,
            u"--origin-region"_s,
            u"Hongkong"_s,
            u"--min-bandwidth"_s,
            QString::number(m_bandwidth),
            u"--min-concurrent"_s,
            QString::number(m_concurrent),
            u"--ip-version"_s,
            u"IPv4"_s,
            u"--package-type"_s,
            u"Thunder"_s};
}

QByteArray tst_CliWatch::setCapacity(const QString &access, qint64 maxBandwidth, qint64 maxConcurrent) const
{
    const QJsonObject body{
        {u"accessRegion"_s, access}, {u"maxBandwidth"_s, maxBandwidth}, {u"maxConcurrent"_s, maxConcurrent}};
    return m_server->control("POST", u"/_fake/capacity"_s, QJsonDocument(body).toJson());
}

QStringList tst_CliWatch::closeEveryRegion() const
{
    QStringList offering;
    const FakeGaapData data = FakeGaapData::builtIn();
    for (const FakeAccessRegion &region : data.accessRegions()) {
        if (!region.destRegions.contains(u"Hongkong"_s))
            continue;
        const QByteArray answer = setCapacity(region.id, 0, 0);
        if (!answer.contains("\"ok\""))
            qWarning() << region.id << answer;
        if (region.ipVersions.contains(u"IPv4"_s) && region.packageTypes.contains(u"Thunder"_s)
            && std::any_of(region.bandwidths.cbegin(), region.bandwidths.cend(),
                           [this](qint64 b) { return b >= m_bandwidth; })
            && std::any_of(region.concurrents.cbegin(), region.concurrents.cend(),
                           [this](qint64 c) { return c >= m_concurrent; }))
            offering.append(region.id);
    }
    return offering;
}

// No access region can serve it; 2 s later one can: two lines (the second names the region and the configuration
// checked there), exit 0, every check of both searches in the history.
void tst_CliWatch::searchEndsWhenAnAccessRegionCanServeIt()
{
    const QStringList offering = closeEveryRegion();
    QVERIFY2(offering.size() >= 2, qPrintable(offering.join(u',')));
    QByteArray raised;
    QTimer::singleShot(2000, this, [this, &raised] { raised = setCapacity(m_access, m_bandwidth, m_concurrent * 10); });
    const ProcessOutcome run =
        runCli(searchArguments() + QStringList{u"--interval"_s, u"10"_s, u"--output"_s, u"json"_s});
    QVERIFY2(raised.contains("\"ok\""), raised.constData());
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
    QCOMPARE(first.value(u"Result"_s).toString(), u"cannot"_s);
    QCOMPARE(first.value(u"AccessRegions"_s).toArray().size(), 0);
    const QJsonObject last = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
    QCOMPARE(last.value(u"Result"_s).toString(), u"can"_s);
    const QJsonArray regions = last.value(u"AccessRegions"_s).toArray();
    QCOMPARE(regions.size(), 1);
    QCOMPARE(regions.at(0)[u"AccessRegion"_s].toString(), m_access);
    QCOMPARE(regions.at(0)[u"Bandwidth"_s].toInteger(), m_bandwidth);
    QCOMPARE(regions.at(0)[u"Concurrent"_s].toInteger(), m_concurrent);

    const ProcessOutcome history = runCli({u"history"_s, u"--output"_s, u"json"_s});
    QVERIFY2(history.finished && history.exitCode == 0, history.describe().constData());
    QCOMPARE(QJsonDocument::fromJson(history.out.toUtf8()).array().size(), 2 * offering.size());
}

// --max-time with no access region able to serve it: the table's line and exit 1. A minimum no access region
// offers: exit 2 at once, nothing to watch. An unknown origin: its error at once. One connection's options with a
// search's: exit 2, told which.
void tst_CliWatch::searchMaxTimeAndMistakes()
{
    closeEveryRegion();
    const ProcessOutcome run = runCli(searchArguments() + QStringList{u"--max-time"_s, u"1"_s});
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QCOMPARE(run.out.count(u"no access region can serve it"_s), 1);
    QVERIFY2(run.err.contains(u"--max-time (1 s) passed and still no access region can serve it (1 search)"_s),
             run.describe().constData());

    QStringList tooMuch = searchArguments();
    tooMuch[tooMuch.indexOf(u"--min-bandwidth"_s) + 1] = u"1000000"_s;
    const ProcessOutcome none = runCli(tooMuch);
    QVERIFY2(none.finished && none.exitCode == 2, none.describe().constData());
    QVERIFY2(none.err.contains(u"No access region serving Hongkong offers at least 1000000 Mbps"_s),
             none.describe().constData());
    QVERIFY2(none.out.isEmpty(), none.describe().constData());

    // An origin Tencent Cloud does not know ends the watch before it starts, as for one connection.
    QStringList unknown = searchArguments();
    unknown[unknown.indexOf(u"--origin-region"_s) + 1] = u"Nowhere"_s;
    const ProcessOutcome nowhere = runCli(unknown + QStringList{u"--max-time"_s, u"30"_s});
    QVERIFY2(nowhere.finished && nowhere.exitCode == 3, nowhere.describe().constData());
    QVERIFY2(nowhere.err.contains(u"InvalidParameterValue.UnknownDestRegion"_s), nowhere.describe().constData());
    QVERIFY2(nowhere.out.isEmpty(), nowhere.describe().constData());

    const ProcessOutcome both = runCli(searchArguments() + QStringList{u"--access-region"_s, m_access});
    QVERIFY2(both.finished && both.exitCode == 2, both.describe().constData());
    QVERIFY2(both.err.contains(u"--access-region is for watching one connection"_s), both.describe().constData());
}

QTEST_MAIN(tst_CliWatch)

#include "tst_cli_watch.moc"
