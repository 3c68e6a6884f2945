// gaap-capacity-cli origin-regions and access-regions beyond the lists themselves (tst_cli): --quality-type
// (DescribeDestRegions' QualityType) read by the parser, refused when it is not gold or silver, and end to end
// against gaap-fake-server, where silver lists fewer origins; the Features column (names in a table, keys in
// CSV); and checks with the network types triple and secure_eip that an origin lists.
#include "cli/cliparser.h"
#include "cli/clireport.h"
#include "support/exportreaders.h"
#include "support/fakegaapdata.h"
#include "support/fakeserverprocess.h"
#include "support/processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;

class tst_CliRegions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qualityTypeIsParsed_data();
    void qualityTypeIsParsed();
    void helpSaysWhatItFilters();
    void featuresColumn();
    void silverListsFewerOrigins();
    void qualityTypeMistakeIsAUsageError();
    void tripleAndSecureEipAreChecked_data();
    void tripleAndSecureEipAreChecked();

private:
    ProcessOutcome runCli(QStringList arguments) const;
    // The first column of `origin-regions --output csv` with `options`; the header row left out.
    QStringList originIds(const QStringList &options) const;

    // One home and one server for every test: none of them changes the server or writes a profile.
    QTemporaryDir m_home;
    FakeServerProcess m_server{QStringLiteral(GAAP_FAKE_SERVER_PATH)};
};

void tst_CliRegions::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_server.isRunning());
}

ProcessOutcome tst_CliRegions::runCli(QStringList arguments) const
{
    return m_server.runCli(QStringLiteral(GAAP_CLI_PATH), m_home.path(), arguments << u"--language"_s << u"en-US"_s);
}

QStringList tst_CliRegions::originIds(const QStringList &options) const
{
    const ProcessOutcome run = runCli(QStringList{u"origin-regions"_s, u"--output"_s, u"csv"_s} + options);
    if (!run.finished || run.exitCode != 0) {
        qWarning("%s", run.describe().constData());
        return {};
    }
    const std::optional<QList<QStringList>> rows = ExportReaders::csvRows(run.out.toUtf8());
    QStringList ids;
    for (const QStringList &row : rows.value_or(QList<QStringList>()).mid(1))
        ids.append(row.value(0));
    return ids;
}

void tst_CliRegions::qualityTypeIsParsed_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected"); // the quality sent ("" for none), or "error: <message>"
    QTest::newRow("not given") << u"origin-regions"_s << QString();
    QTest::newRow("gold") << u"origin-regions --quality-type gold"_s << u"gold"_s;
    QTest::newRow("silver") << u"origin-regions --quality-type=silver --output json"_s << u"silver"_s;
    QTest::newRow("bronze") << u"origin-regions --quality-type bronze"_s
                            << u"error: --quality-type must be one of gold, silver (got \"bronze\").\n"_s;
    QTest::newRow("a number") << u"origin-regions --quality-type 1"_s
                              << u"error: --quality-type must be one of gold, silver (got \"1\").\n"_s;
    QTest::newRow("empty") << u"origin-regions --quality-type="_s
                           << u"error: --quality-type must be one of gold, silver (got \"\").\n"_s;
    QTest::newRow("twice") << u"origin-regions --quality-type gold --quality-type silver"_s
                           << u"error: --quality-type"_s;
    QTest::newRow("access-regions has none") << u"access-regions --origin-region Hongkong --quality-type silver"_s
                                             << u"error: --quality-type is not an option of access-regions"_s;
}

void tst_CliRegions::qualityTypeIsParsed()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const CliParser::Outcome outcome =
        CliParser::parse(QStringList{u"gaap-capacity-cli"_s} + line.split(u' ', Qt::SkipEmptyParts));
    if (expected.startsWith(u"error: "_s)) {
        QVERIFY(!outcome.invocation);
        QCOMPARE(int(outcome.exitCode), int(ExitCode::UsageError));
        QVERIFY2(outcome.standardError.startsWith(expected.mid(7)), qPrintable(outcome.standardError));
        return;
    }
    QVERIFY2(outcome.invocation, qPrintable(outcome.standardError));
    const std::optional<QualityType> quality = outcome.invocation->originRegions.qualityType;
    QCOMPARE(quality ? GaapValues::qualityTypeName(*quality) : QString(), expected);
    QCOMPARE(outcome.invocation->originRegions.toParameters().value(u"QualityType"_s).toInt(-1),
             expected.isEmpty() ? -1 : GaapValues::qualityTypes().indexOf(expected));
}

void tst_CliRegions::helpSaysWhatItFilters()
{
    const CliParser::Outcome outcome = CliParser::parse({u"gaap-capacity-cli"_s, u"origin-regions"_s, u"--help"_s});
    QCOMPARE(int(outcome.exitCode), int(ExitCode::Success));
    const QString help = outcome.standardOutput.simplified();
    for (const QString &words :
         {u"--quality-type <quality>"_s, u"offer connections of this quality"_s, u"gold or silver"_s, u"QualityType"_s,
          u"gaap-capacity-cli origin-regions --quality-type silver"_s})
        QVERIFY2(help.contains(words), qPrintable(words + u" is not in:\n"_s + outcome.standardOutput));
}

void tst_CliRegions::featuresColumn()
{
    AccessRegionDetail region;
    region.regionId = u"Japan"_s;
    region.features = RegionFeatures(1 | 2 | 4 | 128); // layer 4, layer 7, HTTP/3 and the undocumented bit 8
    const CliTable table = CliReport::accessRegions({region}, OutputFormat::Table);
    const CliTable csv = CliReport::accessRegions({region}, OutputFormat::Csv);
    QCOMPARE(table.header.constLast(), u"Features"_s);
    QCOMPARE(table.rows.constFirst().constLast(),
             u"Layer-4 acceleration, Layer-7 acceleration, HTTP/3 access, unknown feature (bit 8)"_s);
    QCOMPARE(csv.rows.constFirst().constLast(), u"layer4 layer7 http3 bit8"_s);
    RegionDetail origin;
    origin.regionId = u"Hongkong"_s;
    origin.features = RegionFeatures(8 | 16 | 32 | 64);
    QCOMPARE(CliReport::originRegions({origin}, OutputFormat::Csv).rows.constFirst().constLast(),
             u"ipv6 premium-bgp triple-carrier access-qos"_s);
    QCOMPARE(CliReport::originRegions({origin}, OutputFormat::Table).rows.constFirst().constLast(),
             u"IPv6, Premium BGP access, Triple-carrier access, Access-segment QoS acceleration"_s);
}

void tst_CliRegions::silverListsFewerOrigins()
{
    const FakeGaapData data = FakeGaapData::builtIn();
    QStringList silver, gold;
    for (const FakeDestRegion &region : data.destRegions(1))
        silver.append(region.id);
    for (const FakeDestRegion &region : data.destRegions(0))
        gold.append(region.id);
    QVERIFY2(!silver.isEmpty() && silver.size() < gold.size(), "the data does not tell silver from gold");

    QCOMPARE(originIds({}), gold);
    QCOMPARE(originIds({u"--quality-type"_s, u"gold"_s}), gold);
    QCOMPARE(originIds({u"--quality-type"_s, u"silver"_s}), silver);
    const ProcessOutcome json =
        runCli({u"origin-regions"_s, u"--quality-type"_s, u"silver"_s, u"--output"_s, u"json"_s});
    QVERIFY2(json.finished && json.exitCode == 0, json.describe().constData());
    const QJsonObject response = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(response.value(u"TotalCount"_s).toInteger(), qint64(silver.size()));
    QCOMPARE(response.value(u"DestRegionSet"_s).toArray().size(), silver.size());
}

void tst_CliRegions::qualityTypeMistakeIsAUsageError()
{
    const ProcessOutcome run = runCli({u"origin-regions"_s, u"--quality-type"_s, u"platinum"_s});
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"--quality-type must be one of gold, silver (got \"platinum\")"_s),
             run.describe().constData());
}

void tst_CliRegions::tripleAndSecureEipAreChecked_data()
{
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("networkType");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    // East China lists triple and secure_eip; Hong Kong has capacity for both, Guangzhou for triple only.
    QTest::newRow("triple, Hongkong") << u"Hongkong"_s << u"triple"_s << 0 << u"Can be created"_s;
    QTest::newRow("secure_eip, Hongkong") << u"Hongkong"_s << u"secure_eip"_s << 0 << u"Can be created"_s;
    QTest::newRow("triple, Guangzhou") << u"Guangzhou"_s << u"triple"_s << 0 << u"Can be created"_s;
    QTest::newRow("secure_eip, Guangzhou") << u"Guangzhou"_s << u"secure_eip"_s << 1 << u"Cannot be created"_s;
}

void tst_CliRegions::tripleAndSecureEipAreChecked()
{
    QFETCH(QString, access);
    QFETCH(QString, networkType);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    const ProcessOutcome run =
        runCli({u"check"_s, u"--origin-region"_s, u"EastChina"_s, u"--access-region"_s, access, u"--bandwidth"_s,
                u"10"_s, u"--concurrent"_s, u"2"_s, u"--network-type"_s, networkType, u"--output"_s, u"csv"_s});
    QVERIFY2(run.finished && run.exitCode == exitCode, run.describe().constData());
    QVERIFY2(run.out.contains(verdict), run.describe().constData());
    QVERIFY2(run.out.contains(u"NetworkType,"_s + networkType), run.describe().constData());
}

QTEST_GUILESS_MAIN(tst_CliRegions)

#include "tst_cli_regions.moc"
