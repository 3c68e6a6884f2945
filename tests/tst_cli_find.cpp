// gaap-capacity-cli find end to end against gaap-fake-server: the ranking in table, JSON and CSV, the exit codes
// (0: at least one can be created; 1: none can; 2: a usage mistake), and the checks in the history.
#include "support/fakeserverprocess.h"
#include "support/processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_CliFind final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tableRanksTheCheapestFirst();
    void jsonAndCsvAreData();
    void noneCanBeCreated();
    void usageMistakes_data();
    void usageMistakes();
    void checksGoToTheHistory();

private:
    ProcessOutcome runCli(QStringList arguments, const QString &language = u"en-US"_s) const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServerProcess> m_server;
};

void tst_CliFind::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server = std::make_unique<FakeServerProcess>(QStringLiteral(GAAP_FAKE_SERVER_PATH));
    QVERIFY(m_server->isRunning());
}

void tst_CliFind::cleanup()
{
    m_server.reset();
    m_home.reset();
}

ProcessOutcome tst_CliFind::runCli(QStringList arguments, const QString &language) const
{
    return m_server->runCli(QStringLiteral(GAAP_CLI_PATH), m_home->path(), arguments << u"--language"_s << language);
}

void tst_CliFind::tableRanksTheCheapestFirst()
{
    const ProcessOutcome run = runCli(
        {u"find"_s, u"--origin-region"_s, u"Hongkong"_s, u"--min-bandwidth"_s, u"20"_s, u"--min-concurrent"_s, u"2"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 8, run.describe().constData());
    QVERIFY(lines.at(0).contains(u"Access region"_s) && lines.at(0).contains(u"Daily cost"_s));
    QVERIFY2(lines.at(1).startsWith(u"1 "_s) && lines.at(1).contains(u"can be created"_s), run.describe().constData());
    QVERIFY2(lines.at(1).contains(u"20 Mbps"_s), run.describe().constData());
}

void tst_CliFind::jsonAndCsvAreData()
{
    const QStringList find{u"find"_s,     u"--origin-region"_s,  u"Hongkong"_s, u"--min-bandwidth"_s,
                           u"20"_s,       u"--min-concurrent"_s, u"2"_s,        u"--billing-type"_s,
                           u"bandwidth"_s};
    const ProcessOutcome json = runCli(find + QStringList{u"--output"_s, u"json"_s});
    QVERIFY2(json.finished && json.exitCode == 0, json.describe().constData());
    const QJsonArray results = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"Results"_s).toArray();
    QVERIFY(results.size() > 8);
    double previous = 0;
    QString currency;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        if (result.value(u"Result"_s).toString() != u"can"_s)
            break;
        if (result.value(u"Currency"_s).toString() != currency) {
            currency = result.value(u"Currency"_s).toString();
            previous = 0;
        }
        QVERIFY(result.value(u"DailyCost"_s).toDouble() >= previous); // cheapest first within a currency
        previous = result.value(u"DailyCost"_s).toDouble();
        QVERIFY(result.value(u"Bandwidth"_s).toInteger() >= 20);
        QVERIFY(!result.value(u"RequestId"_s).toString().isEmpty());
    }
    const ProcessOutcome csv =
        runCli(find + QStringList{u"--output"_s, u"csv"_s}, u"zh-CN"_s); // data: the same in every language
    QVERIFY2(csv.finished && csv.exitCode == 0, csv.describe().constData());
    QVERIFY2(csv.out.startsWith(u"Rank,RealServerRegion,AccessRegion,Bandwidth,Concurrent,Result,DailyCost"_s),
             csv.describe().constData());
    QCOMPARE(csv.out.count(u"\r\n"_s), results.size() + 1);
}

void tst_CliFind::noneCanBeCreated()
{
    const ProcessOutcome run = runCli({u"find"_s, u"--origin-region"_s, u"Hongkong"_s, u"--min-bandwidth"_s,
                                       u"100000"_s, u"--min-concurrent"_s, u"2"_s});
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.out.contains(u"not offered"_s) && run.out.contains(u"offers at most"_s), run.describe().constData());
    QVERIFY2(run.err.contains(u"No access region serving Hongkong can be created"_s), run.describe().constData());
}

void tst_CliFind::usageMistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no minimum concurrency")
        << QStringList{u"--origin-region"_s, u"Hongkong"_s, u"--min-bandwidth"_s, u"10"_s} << u"--min-concurrent"_s;
    QTest::newRow("zero bandwidth") << QStringList{u"--origin-region"_s,  u"Hongkong"_s, u"--min-bandwidth"_s, u"0"_s,
                                                   u"--min-concurrent"_s, u"2"_s}
                                    << u"--min-bandwidth"_s;
    QTest::newRow("bad billing") << QStringList{u"--origin-region"_s,  u"Hongkong"_s,
                                                u"--min-bandwidth"_s,  u"10"_s,
                                                u"--min-concurrent"_s, u"2"_s,
                                                u"--billing-type"_s,   u"monthly"_s}
                                 << u"--billing-type"_s;
}

void tst_CliFind::usageMistakes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProcessOutcome run = runCli(QStringList{u"find"_s} + arguments);
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(message), run.describe().constData());
}

void tst_CliFind::checksGoToTheHistory()
{
    const ProcessOutcome run = runCli({u"find"_s, u"--origin-region"_s, u"Hongkong"_s, u"--min-bandwidth"_s, u"20"_s,
                                       u"--min-concurrent"_s, u"2"_s, u"--output"_s, u"json"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    int checked = 0;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"Results"_s).toArray())
        checked += value.toObject().value(u"RequestId"_s).toString().isEmpty() ? 0 : 1;
    const ProcessOutcome history = runCli({u"history"_s, u"--output"_s, u"json"_s});
    QVERIFY2(history.finished && history.exitCode == 0, history.describe().constData());
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QCOMPARE(entries.size(), checked);
    QCOMPARE(entries.at(0).toObject().value(u"Source"_s).toString(), u"cli"_s);
}

QTEST_MAIN(tst_CliFind)

#include "tst_cli_find.moc"
