// gaap-capacity-cli as scripts see it: exit codes, stdout and stderr of every command, end to end against
// gaap-fake-server (one per test function run). Expected regions and prices are read from the server's data file.
#include "core/common/gaapversion.h"
#include "support/fakeserverprocess.h"
#include "support/processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// From the data: an access region serving `origin` whose normal capacity (MaxBandwidth/MaxConcurrent) is one of
// its offers, with a bigger offered bandwidth (above capacity) and a positive bandwidth it does not offer.
struct Connection
{
    QJsonObject access;
    QString origin;
    QString nonServingAccess;
    qint64 bandwidth = 0;
    qint64 concurrent = 0;
    qint64 biggerBandwidth = 0;
    qint64 unofferedBandwidth = 1;
    QList<qint64> bandwidths;
};

QList<qint64> integers(const QJsonValue &value)
{
    QList<qint64> out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toInteger());
    return out;
}

QString joined(const QList<qint64> &values, const QString &separator)
{
    QStringList parts;
    for (const qint64 value : values)
        parts.append(QString::number(value));
    return parts.join(separator);
}

// The CLI's defaults: IPv4 and PackageType Thunder.
bool serves(const QJsonObject &access, const QString &origin, const QString &ipVersion)
{
    return access[u"DestRegions"_s].toArray().contains(origin)
           && access[u"IPAddressVersions"_s].toArray().contains(ipVersion)
           && access[u"PackageTypes"_s].toArray().contains(u"Thunder"_s);
}

QString nameIn(const QJsonObject &region, const QString &language)
{
    return region[u"RegionName"_s].toObject()[language].toString();
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// RFC 4180: quoted fields may hold commas and doubled quotes; records end with CRLF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
            field += text.at(++i);
        else if (c == u'"')
            quoted = !quoted;
        else if (quoted || (c != u',' && c != u'\n' && c != u'\r'))
            field += c;
        else if (c != u'\r')
            row.append(std::exchange(field, QString()));
        if (!quoted && c == u'\n')
            rows.append(std::exchange(row, QStringList()));
    }
    return rows;
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// check / price output in any format as Field -> Value (JSON: the top-level members; table and CSV: the header too).
QHash<QString, QString> fields(const QString &out, const QString &format)
{
    QHash<QString, QString> values;
    if (format == u"json"_s) {
        const QJsonObject response = jsonObject(out);
        for (auto it = response.begin(); it != response.end(); ++it)
            values.insert(it.key(), it.value().toVariant().toString());
    } else if (format == u"csv"_s) {
        for (const QStringList &row : parseCsv(out))
            values.insert(row.value(0), row.value(1));
    } else {
        static const QRegularExpression gap(u"\\s{2,}"_s); // between the columns
        for (const QString &line : lines(out)) {
            const QRegularExpressionMatch match = gap.match(line);
            values.insert(match.hasMatch() ? line.left(match.capturedStart()) : line,
                          match.hasMatch() ? line.mid(match.capturedEnd()) : QString());
        }
    }
    return values;
}

} // namespace

class tst_Cli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exitCodesAndOutput_data();
    void exitCodesAndOutput();
    void unwritableOutputIsReported_data();
    void unwritableOutputIsReported();
    void chineseHelp();
    void commandHelp_data();
    void commandHelp();
    void originRegions_data();
    void originRegions();
    void accessRegions_data();
    void accessRegions();
    void checkAndPrice_data();
    void checkAndPrice();
    void errors_data();
    void errors();
    void rateLimitRetry();
    void hugeTimeoutStaysLong();
    void csvHeadersAreFieldNames_data();
    void csvHeadersAreFieldNames();
    void clockSkewIsCorrectedAndReported_data();
    void clockSkewIsCorrectedAndReported();
    void secretsNeverPrinted_data();
    void secretsNeverPrinted();

private:
    ProcessOutcome runCli(QStringList arguments, const QString &key = u"demo"_s) const;
    QProcessEnvironment environment(const QString &key) const;
    QStringList connection(const QString &command, qint64 bandwidth) const;

    QTemporaryDir m_config; // HOME and the XDG directories: no profiles from the user's settings
    QString m_dataPath;
    QJsonObject m_data;
    Connection m_connection;
    std::unique_ptr<FakeServerProcess> m_server;
    QString m_base;
};

void tst_Cli::initTestCase()
{
    QVERIFY(m_config.isValid());
    m_dataPath = fakeDataPath();
    m_data = readFakeData(m_dataPath);
    QVERIFY2(!m_data.isEmpty(), qPrintable(m_dataPath));
    const QJsonArray accessRegions = m_data[u"accessRegions"_s].toArray();
    QVERIFY(m_data[u"credentials"_s].toArray().size() >= 2 && !m_data[u"destRegions"_s].toArray().isEmpty());

    for (const QJsonValue &value : accessRegions) {
        Connection c;
        c.access = value.toObject();
        const QJsonObject normal = c.access[u"Capacity"_s].toObject()[u"normal"_s].toObject();
        c.bandwidth = normal[u"MaxBandwidth"_s].toInteger();
        c.concurrent = normal[u"MaxConcurrent"_s].toInteger();
        c.bandwidths = integers(c.access[u"BandwidthList"_s]);
        const auto bigger =
            std::find_if(c.bandwidths.cbegin(), c.bandwidths.cend(), [&](qint64 b) { return b > c.bandwidth; });
        if (c.bandwidth <= 0 || !c.bandwidths.contains(c.bandwidth) || bigger == c.bandwidths.cend()
            || !integers(c.access[u"ConcurrentList"_s]).contains(c.concurrent))
            continue;
        c.biggerBandwidth = *bigger;
        while (c.bandwidths.contains(c.unofferedBandwidth))
            ++c.unofferedBandwidth;
        for (const QJsonValue &dest : c.access[u"DestRegions"_s].toArray()) {
            c.origin = dest.toString();
            for (const QJsonValue &other : accessRegions) {
                if (serves(c.access, c.origin, u"IPv4"_s) && !serves(other.toObject(), c.origin, u"IPv4"_s))
                    c.nonServingAccess = other.toObject()[u"RegionId"_s].toString();
            }
            if (!c.nonServingAccess.isEmpty()) {
                m_connection = c;
                return;
            }
        }
    }
    QFAIL("the data file has no access region with a usable normal capacity");
}

void tst_Cli::init()
{
    m_server = std::make_unique<FakeServerProcess>(QStringLiteral(GAAP_FAKE_SERVER_PATH),
                                                   QStringList{u"--data"_s, m_dataPath});
    QVERIFY(m_server->isRunning());
    m_base = m_server->url();
    QVERIFY2(m_base.startsWith(u"http://127.0.0.1:"_s), qPrintable(m_base));
}

void tst_Cli::cleanup()
{
    m_server.reset(); // kills it
}

// key: demo | temporary (with Token) | wrong-key | unknown-id | none (no TENCENTCLOUD_* at all) |
// crlf-id / crlf-token (a line break and a header after it in the variable: header injection) | id-only /
// key-only (one of the pair missing).
QProcessEnvironment tst_Cli::environment(const QString &key) const
{
    // Settings (no profiles), history and region caches: never the user's own.
    QProcessEnvironment env = isolatedEnvironment();
    placeHomeIn(env, m_config.path());
    if (key == u"none"_s)
        return env;
    const QJsonObject credential = m_data[u"credentials"_s].toArray().at(key == u"temporary"_s ? 1 : 0).toObject();
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, key == u"unknown-id"_s ? u"AKIDnotKnownToTheFakeGaapServer0000"_s
                                                                   : credential[u"SecretId"_s].toString());
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, key == u"wrong-key"_s ? u"wrongSecretKeyForTheFakeGaapServer99"_s
                                                                   : credential[u"SecretKey"_s].toString());
    if (!credential[u"Token"_s].toString().isEmpty())
        env.insert(u"TENCENTCLOUD_TOKEN"_s, credential[u"Token"_s].toString());
    if (key == u"crlf-id"_s)
        env.insert(u"TENCENTCLOUD_SECRET_ID"_s, credential[u"SecretId"_s].toString() + u"\r\nX-Evil: 1"_s);
    if (key == u"id-only"_s)
        env.remove(u"TENCENTCLOUD_SECRET_KEY"_s);
    if (key == u"key-only"_s)
        env.remove(u"TENCENTCLOUD_SECRET_ID"_s);
    if (key == u"crlf-token"_s)
        env.insert(u"TENCENTCLOUD_TOKEN"_s, u"token\r\nX-Evil: 1"_s);
    return env;
}

// "{endpoint}" becomes the fake server's URL, which is also added when the arguments have no --endpoint.
ProcessOutcome tst_Cli::runCli(QStringList arguments, const QString &key) const
{
    arguments.replaceInStrings(u"{endpoint}"_s, m_base);
    if (!arguments.contains(u"--endpoint"_s))
        arguments << u"--endpoint"_s << m_base;
    return runProcess(QStringLiteral(GAAP_CLI_PATH), arguments, environment(key));
}

QStringList tst_Cli::connection(const QString &command, qint64 bandwidth) const
{
    return u"%1 --origin-region %2 --access-region %3 --bandwidth %4 --concurrent %5"_s
        .arg(command, m_connection.origin, m_connection.access[u"RegionId"_s].toString())
        .arg(bandwidth)
        .arg(m_connection.concurrent)
        .split(u' ');
}

// One request to the fake server's control API (/_fake/...); an empty answer means it failed.
void tst_Cli::exitCodesAndOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("--version") << QStringList{u"--version"_s} << 0
                               << QStringList{QStringLiteral("gaap-capacity-cli " GAAP_VERSION_STRING)} << QString();
    QTest::newRow("--help")
        << QStringList{u"--help"_s} << 0
        << u"--version|\n  origin-regions |\n  access-regions |\n  check |\n  price |Exit codes:|\n  0  "
           "|\n  1  |\n  2  |\n  3  |\n  4  |\n  5  |TENCENTCLOUD_SECRET_ID"_s.split(u'|')
        << QString();
    // --help lists --help-all, so it has to work.
    QTest::newRow("--help-all") << QStringList{u"--help-all"_s} << 0 << QStringList{u"Usage:"_s} << QString();
    QTest::newRow("check --help-all") << QStringList{u"check"_s, u"--help-all"_s} << 0 << QStringList{u"--group-id"_s}
                                      << QString();
    QTest::newRow("no arguments") << QStringList{} << 2 << QStringList{u"Usage:"_s} << QString();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << QStringList() << u"frobnicate"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << 2 << QStringList() << u"frobnicate"_s;
}

void tst_Cli::exitCodesAndOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stdoutContains);
    QFETCH(QString, stderrContains);

    const ProcessOutcome outcome = runCli(arguments);
    QCOMPARE(outcome.exitCode, exitCode);
    for (const QString &text : std::as_const(stdoutContains))
        QVERIFY2(outcome.out.contains(text), qPrintable(u"\"%1\" not in: %2"_s.arg(text, outcome.out)));
    QVERIFY2(outcome.err.contains(stderrContains), qPrintable(outcome.err));
}

void tst_Cli::chineseHelp()
{
    // The embedded translation is used for the CLI's own messages.
    const ProcessOutcome outcome = runCli({u"--language"_s, u"zh-CN"_s, u"--help"_s});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains(u"加速"_s), qPrintable(outcome.out));
}

void tst_Cli::commandHelp_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("foreignOptions"); // other commands' options

    const QStringList global{u"--endpoint"_s, u"--site"_s,   u"--profile"_s, u"--language"_s,
                             u"--timeout"_s,  u"--output"_s, u"--verbose"_s};
    const QStringList access{u"--access-region"_s, u"--bandwidth"_s, u"--concurrent"_s, u"--network-type"_s};
    const QStringList query{u"--origin-region"_s, u"--ip-version"_s, u"--package-type"_s};
    const QString group = u"--group-id"_s;
    const QString billing = u"--billing-type"_s;
    for (const QString &language : {u"en-US"_s, u"zh-CN"_s}) {
        const auto row = [&](const char *command) -> QTestData & {
            return QTest::addRow("%s %s", qPrintable(language), command) << language << QString::fromLatin1(command);
        };
        row("origin-regions") << global << query + access + QStringList{group, billing};
        row("access-regions") << global + query << access + QStringList{group, billing};
        row("check") << global + query + access + QStringList{group, billing} << QStringList();
        row("price") << global + query + access + QStringList{billing} << QStringList{group};
    }
}

void tst_Cli::commandHelp()
{
    QFETCH(QString, language);
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    QFETCH(QStringList, foreignOptions);

    const ProcessOutcome outcome = runCli({u"--language"_s, language, command, u"--help"_s});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));
    const QString usage = lines(outcome.out).value(0); // "Usage: …/gaap-capacity-cli <command> [options]"
    QVERIFY2(usage.contains(u"gaap-capacity-cli %1 "_s.arg(command)), qPrintable(usage));
    if (language == u"en-US"_s) // the zh-CN heading is translated
        QVERIFY2(outcome.out.contains(u"\nExamples:\n"_s), qPrintable(outcome.out));
    QVERIFY2(outcome.out.contains(u"  gaap-capacity-cli %1 --"_s.arg(command)), qPrintable(outcome.out)); // an example
    for (const QString &option : std::as_const(options))
        QVERIFY2(outcome.out.contains(option + u' '), qPrintable(option));
    for (const QString &option : std::as_const(foreignOptions))
        QVERIFY2(!outcome.out.contains(option + u' '), qPrintable(option));
}

void tst_Cli::originRegions_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("language");
    for (const char *format : {"table", "csv", "json"}) {
        for (const char *language : {"en-US", "zh-CN"})
            QTest::addRow("%s %s", format, language) << QString::fromLatin1(format) << QString::fromLatin1(language);
    }
}

void tst_Cli::originRegions()
{
    QFETCH(QString, format);
    QFETCH(QString, language);

    const ProcessOutcome outcome = runCli({u"origin-regions"_s, u"--output"_s, format, u"--language"_s, language});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));

    QStringList ids; // first column / DestRegionSet[].RegionId
    if (format == u"json"_s) {
        // tccli prints the inner Response object: no "Response" wrapper.
        const QJsonObject response = jsonObject(outcome.out);
        QVERIFY2(!response.isEmpty() && !response.contains(u"Response"_s), qPrintable(outcome.out));
        QVERIFY(!response[u"RequestId"_s].toString().isEmpty());
        for (const QJsonValue &value : response[u"DestRegionSet"_s].toArray())
            ids.append(value[u"RegionId"_s].toString());
    } else if (format == u"csv"_s) {
        const QList<QStringList> rows = parseCsv(outcome.out);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.constFirst().value(0), u"RegionId"_s);
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), rows.constFirst().size());
            ids.append(row.constFirst());
        }
    } else {
        const QStringList table = lines(outcome.out);
        QVERIFY2(!table.isEmpty() && table.constFirst().startsWith(u"RegionId "_s), qPrintable(outcome.out));
        for (const QString &line : table.mid(1))
            ids.append(line.section(u' ', 0, 0));
    }

    QStringList expectedIds;
    const QString other = language == u"zh-CN"_s ? u"en-US"_s : u"zh-CN"_s;
    for (const QJsonValue &value : m_data[u"destRegions"_s].toArray()) {
        expectedIds.append(value[u"RegionId"_s].toString());
        const QString name = nameIn(value.toObject(), language);
        const QString otherName = nameIn(value.toObject(), other);
        QVERIFY2(outcome.out.contains(name), qPrintable(name));
        QVERIFY2(otherName == name || !outcome.out.contains(otherName), qPrintable(otherName));
    }
    QCOMPARE(ids, expectedIds);
}

void tst_Cli::accessRegions_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("ipVersion");
    for (const QJsonValue &value : m_data[u"destRegions"_s].toArray()) {
        const QString origin = value[u"RegionId"_s].toString();
        for (const char *ipVersion : {"IPv4", "IPv6"})
            QTest::addRow("%s %s", qPrintable(origin), ipVersion) << origin << QString::fromLatin1(ipVersion);
    }
}

void tst_Cli::accessRegions()
{
    QFETCH(QString, origin);
    QFETCH(QString, ipVersion);

    QStringList arguments{u"access-regions"_s, u"--origin-region"_s, origin, u"--output"_s, u"csv"_s};
    if (ipVersion == u"IPv6"_s) // IPv4 is the default
        arguments << u"--ip-version"_s << ipVersion;
    const ProcessOutcome outcome = runCli(arguments);
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));
    const QList<QStringList> rows = parseCsv(outcome.out);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.constFirst().value(0), u"RegionId"_s);

    // Every serving region in data order, with its offers; IPv6 leaves out the IPv4-only ones.
    qsizetype row = 0;
    for (const QJsonValue &value : m_data[u"accessRegions"_s].toArray()) {
        if (!serves(value.toObject(), origin, ipVersion))
            continue;
        QVERIFY2(++row < rows.size(), qPrintable(outcome.out));
        QCOMPARE(rows.at(row).value(0), value[u"RegionId"_s].toString());
        QCOMPARE(rows.at(row).value(4), joined(integers(value[u"BandwidthList"_s]), u" "_s));
        QCOMPARE(rows.at(row).value(5), joined(integers(value[u"ConcurrentList"_s]), u" "_s));
    }
    QCOMPARE(rows.size() - 1, row);
}

void tst_Cli::checkAndPrice_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("aboveCapacity");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("billing");
    for (const QString &format : {u"table"_s, u"json"_s, u"csv"_s}) {
        QTest::addRow("check within capacity, %s", qPrintable(format)) << u"check"_s << false << format << QString();
        QTest::addRow("check above capacity, %s", qPrintable(format)) << u"check"_s << true << format << QString();
        QTest::addRow("price, %s", qPrintable(format)) << u"price"_s << false << format << QString();
    }
    QTest::newRow("price, bandwidth billing") << u"price"_s << false << u"table"_s << u"bandwidth"_s;
    QTest::newRow("price, traffic billing") << u"price"_s << false << u"json"_s << u"traffic"_s;
}

void tst_Cli::checkAndPrice()
{
    QFETCH(QString, command);
    QFETCH(bool, aboveCapacity);
    QFETCH(QString, format);
    QFETCH(QString, billing);

    QStringList arguments = connection(command, aboveCapacity ? m_connection.biggerBandwidth : m_connection.bandwidth)
                            + QStringList{u"--output"_s, format};
    if (!billing.isEmpty())
        arguments << u"--billing-type"_s << billing;
    const ProcessOutcome outcome = runCli(arguments);
    QCOMPARE(outcome.exitCode, aboveCapacity ? 1 : 0);
    QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));
    const QHash<QString, QString> values = fields(outcome.out, format);
    QVERIFY2(!values.value(u"RequestId"_s).isEmpty(), qPrintable(outcome.out));
    if (format == u"json"_s) // the inner Response object, as tccli prints it
        QVERIFY2(!values.contains(u"Response"_s), qPrintable(outcome.out));
    else
        QCOMPARE(values.value(u"Field"_s), u"Value"_s); // the header

    if (command == u"check"_s) {
        QCOMPARE(values.value(u"CheckFlag"_s), aboveCapacity ? u"0"_s : u"1"_s);
        if (format == u"json"_s)
            QCOMPARE(values.size(), 2); // CheckFlag and RequestId only
        else
            QCOMPARE(values.value(u"Result"_s), aboveCapacity ? u"Cannot be created"_s : u"Can be created"_s);
        return;
    }
    // The fake server's daily price: base + per-concurrency price x concurrency, rounded to cents.
    const QJsonObject price = m_connection.access[u"Price"_s].toObject();
    const double perConcurrency = price[u"ConcurrentDailyPrice"_s].toDouble();
    const double base = price[u"BaseDailyPrice"_s].toDouble();
    const double daily =
        std::round((base + perConcurrency * static_cast<double>(m_connection.concurrent)) * 100.0) / 100.0;
    QCOMPARE(values.value(u"Currency"_s), price[u"Currency"_s].toString());
    QCOMPARE(values.value(u"ProxyDailyPrice"_s), format == u"json"_s
                                                     ? QString::number(daily, 'g', QLocale::FloatingPointShortest)
                                                     : QString::number(daily, 'f', 2));
    if (price[u"FlowUnitPrice"_s].isDouble()) // given for traffic billing only
        QCOMPARE(values.value(u"FlowUnitPrice"_s).isEmpty(), billing != u"traffic"_s);
}

void tst_Cli::errors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stderrContains");

    const QStringList origins{u"origin-regions"_s};
    const QStringList checkArgs = connection(u"check"_s, m_connection.bandwidth);
    const QStringList priceArgs = connection(u"price"_s, m_connection.bandwidth);
    QStringList unserved = checkArgs;
    unserved[4] = m_connection.nonServingAccess; // check --origin-region X --access-region <here> …
    const auto row = [](const char *name, const QString &key = u"demo"_s, const QByteArray &fault = {}) -> QTestData & {
        return QTest::newRow(name) << key << fault;
    };
    const auto args = [](const char *text) { return QString::fromLatin1(text).split(u' '); };
    const auto has = [](const QString &texts) { return texts.split(u'|'); };

    row("access-regions unknown origin") << args("access-regions --origin-region NoSuchRegion") << 3
                                         << has(u"InvalidParameterValue.UnknownDestRegion|RequestId: "_s);
    // Usage errors (2): refused before the question is asked.
    row("access-regions, no --origin-region") << args("access-regions") << 2 << has(u"--origin-region"_s);
    row("check unoffered bandwidth") << connection(u"check"_s, m_connection.unofferedBandwidth) << 2
                                     << has(u"Bandwidth"_s + u'|' + joined(m_connection.bandwidths, u", "_s));
    row("check access region not serving")
        << unserved << 2 << has(m_connection.nonServingAccess + u'|' + m_connection.origin);
    row("check bad --group-id") << checkArgs + args("--group-id lg-BAD") << 2 << has(u"GroupId"_s);
    row("check --ip-version IPv5") << checkArgs + args("--ip-version IPv5") << 2 << has(u"IPv4, IPv6"_s);
    row("check --bandwidth abc") << checkArgs + args("--bandwidth abc") << 2 << has(u"--bandwidth"_s);
    row("check, no --concurrent") << checkArgs.mid(0, checkArgs.size() - 2) << 2 << has(u"--concurrent"_s);
    row("check --billing-type") << checkArgs + args("--billing-type traffic") << 2 << has(u"--billing-type"_s);
    row("price --billing-type monthly") << priceArgs + args("--billing-type monthly") << 2
                                        << has(u"bandwidth, traffic"_s);
    row("price --group-id") << priceArgs + args("--group-id lg-1a2b3c4d") << 2 << has(u"--group-id"_s);
    row("http:// endpoint elsewhere") << args("origin-regions --endpoint http://example.com") << 2
                                      << has(u"example.com"_s);
    row("--endpoint and --site") << args("origin-regions --endpoint {endpoint} --site china") << 2 << has(u"--site"_s);
    row("unknown command") << args("frobnicate") << 2 << has(u"frobnicate"_s);
    row("origin-regions --bandwidth") << args("origin-regions --bandwidth 10") << 2 << has(u"--bandwidth"_s);
    row("origin-regions extra argument") << args("origin-regions extra") << 2 << has(u"extra"_s);
    row("--output xml") << args("origin-regions --output xml") << 2 << has(u"table, json, csv"_s);
    row("--timeout 0") << args("origin-regions --timeout 0") << 2 << has(u"--timeout"_s);

    // Credentials (5), API errors (3), network (4).
    row("wrong SecretKey", u"wrong-key"_s) << origins << 5 << has(u"AuthFailure.SignatureFailure|RequestId: "_s);
    row("unknown SecretId", u"unknown-id"_s) << checkArgs << 5 << has(u"AuthFailure.SecretIdNotFound|RequestId: "_s);
    row("no credentials", u"none"_s) << checkArgs << 5 << has(u"TENCENTCLOUD_SECRET_ID"_s);
    row("only TENCENTCLOUD_SECRET_ID", u"id-only"_s)
        << origins << 5 << has(u"TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not"_s);
    row("only TENCENTCLOUD_SECRET_KEY", u"key-only"_s)
        << origins << 5 << has(u"TENCENTCLOUD_SECRET_KEY is set but TENCENTCLOUD_SECRET_ID is not"_s);
    row("line break in TENCENTCLOUD_SECRET_ID", u"crlf-id"_s)
        << origins << 5 << has(u"TENCENTCLOUD_SECRET_ID|control character"_s);
    row("line break in TENCENTCLOUD_TOKEN", u"crlf-token"_s)
        << origins << 5 << has(u"TENCENTCLOUD_TOKEN|control character"_s);
    row("error fault", u"demo"_s,
        R"({"kind":"error","action":"CheckProxyCreate","count":1,"code":"FailedOperation.UserNotConfirmProtocol"})")
        << checkArgs << 3 << has(u"FailedOperation.UserNotConfirmProtocol|activat|RequestId: "_s);
    row("truncated JSON", u"demo"_s, R"({"kind":"truncated-json"})") << origins << 3 << has(u"Client.InvalidJson"_s);
    row("http502", u"demo"_s, R"({"kind":"http502","action":"CheckProxyCreate"})") << checkArgs << 4 << has(u"502"_s);
    row("no answer, --timeout 1", u"demo"_s, R"({"kind":"no-answer","action":"CheckProxyCreate"})")
        << checkArgs + args("--timeout 1") << 4 << has(u"Client.Timeout"_s);
    row("connection refused") << args("origin-regions --endpoint {closed}") << 4 << has(u"Client.ConnectionRefused"_s);
}

// stdout on a full disk (/dev/full): the output is lost, so the CLI says so and exits 6, never 0.
void tst_Cli::unwritableOutputIsReported_data()
{
    QTest::addColumn<QStringList>("arguments");
    const auto args = [](const char *line) { return QString::fromLatin1(line).split(u' '); };
    QTest::newRow("origin-regions table") << args("origin-regions");
    QTest::newRow("origin-regions json") << args("origin-regions --output json");
    QTest::newRow("check csv") << connection(u"check"_s, m_connection.bandwidth) + args("--output csv");
    QTest::newRow("profile list") << args("profile list");
    QTest::newRow("--help") << args("--help");
    QTest::newRow("--version") << args("--version");
}

void tst_Cli::unwritableOutputIsReported()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(u"{endpoint}"_s, m_base);
    if (!arguments.contains(u"--help"_s) && !arguments.contains(u"--version"_s) && !arguments.contains(u"profile"_s))
        arguments << u"--endpoint"_s << m_base;
    const ProcessOutcome outcome = runProcess(
        u"bash"_s, QStringList{u"-c"_s, u"exec \"$0\" \"$@\" > /dev/full"_s, QStringLiteral(GAAP_CLI_PATH)} + arguments,
        environment(u"demo"_s));
    QVERIFY2(outcome.finished && !outcome.crashed, outcome.describe().constData());
    QCOMPARE(outcome.exitCode, 6);
    QVERIFY2(outcome.err.contains(u"could not write the output"_s, Qt::CaseInsensitive),
             outcome.describe().constData());
}

void tst_Cli::errors()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, fault);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stderrContains);

    if (!fault.isEmpty())
        QVERIFY(!m_server->control("POST", u"/_fake/faults"_s, fault).isEmpty());
    if (arguments.contains(u"{closed}"_s)) {
        QTcpServer probe; // a port nothing listens on any more
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString closed = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        arguments.replaceInStrings(u"{closed}"_s, closed);
    }
    const ProcessOutcome outcome = runCli(arguments, key);
    QCOMPARE(outcome.exitCode, exitCode);
    QVERIFY2(outcome.out.isEmpty(), qPrintable(outcome.out));
    for (const QString &text : std::as_const(stderrContains))
        QVERIFY2(outcome.err.contains(text), qPrintable(u"\"%1\" not in: %2"_s.arg(text, outcome.err)));

    const QJsonObject stats = QJsonDocument::fromJson(m_server->control("GET", u"/_fake/stats"_s)).object();
    QVERIFY(stats.contains(u"total"_s));
    if (exitCode == 2) { // a value the API would refuse is caught before CheckProxyCreate / InquiryPriceCreateProxy
        QCOMPARE(stats[u"requests"_s][u"CheckProxyCreate"_s].toInt(), 0);
        QCOMPARE(stats[u"requests"_s][u"InquiryPriceCreateProxy"_s].toInt(), 0);
    }
}

void tst_Cli::rateLimitRetry()
{
    QVERIFY(!m_server
                 ->control("POST", u"/_fake/faults"_s,
                           R"({"kind":"error","code":"RequestLimitExceeded","action":"DescribeDestRegions","count":1})")
                 .isEmpty());
    const ProcessOutcome outcome = runCli({u"origin-regions"_s, u"--output"_s, u"json"_s});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(jsonObject(outcome.out)[u"DestRegionSet"_s].toArray().size(), m_data[u"destRegions"_s].toArray().size());
    const QJsonObject stats = QJsonDocument::fromJson(m_server->control("GET", u"/_fake/stats"_s)).object();
    QCOMPARE(stats[u"requests"_s][u"DescribeDestRegions"_s].toInt(), 2);
    QCOMPARE(stats[u"errors"_s][u"RequestLimitExceeded"_s].toInt(), 1);
}

void tst_Cli::hugeTimeoutStaysLong()
{
    // A --timeout too large for a timer must be refused (exit 2) or honoured, never wrapped to a short one:
    // 4294968 s = 4294968000 ms, which is 704 ms modulo 2^32.
    QVERIFY(!m_server
                 ->control("POST", u"/_fake/faults"_s,
                           R"({"kind":"slow-answer","action":"DescribeDestRegions","delayMs":1200})")
                 .isEmpty());
    const ProcessOutcome outcome = runCli({u"origin-regions"_s, u"--timeout"_s, u"4294968"_s});
    QVERIFY2(outcome.exitCode == 0 || outcome.exitCode == 2,
             qPrintable(u"exit %1: %2"_s.arg(outcome.exitCode).arg(outcome.err)));
}

// A CSV file is data: its header row is the API's field names in every language, while the table's headings
// are translated (the CSV of check, price, the region lists and profile list said "名称" under zh-CN).
void tst_Cli::csvHeadersAreFieldNames_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("header");
    const QStringList access{u"access-regions"_s, u"--origin-region"_s, m_connection.origin};
    QTest::newRow("origin-regions") << QStringList{u"origin-regions"_s}
                                    << u"RegionId,RegionName,RegionArea,RegionAreaName,IDCType,NetworkType,Features"_s;
    QTest::newRow("access-regions")
        << access << u"RegionId,RegionName,RegionArea,IDCType,BandwidthList,ConcurrentList,Features"_s;
    QTest::newRow("check") << connection(u"check"_s, m_connection.bandwidth) << u"Field,Value"_s;
    QTest::newRow("price") << connection(u"price"_s, m_connection.bandwidth) << u"Field,Value"_s;
    QTest::newRow("profile list") << QStringList{u"profile"_s, u"list"_s} << u"Name,Endpoint,Default,Source"_s;
}

void tst_Cli::csvHeadersAreFieldNames()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, header);
    for (const QString &language : {u"en-US"_s, u"zh-CN"_s}) {
        const ProcessOutcome outcome =
            runCli(arguments + QStringList{u"--output"_s, u"csv"_s, u"--language"_s, language});
        QVERIFY2(outcome.exitCode == 0 || outcome.exitCode == 1, qPrintable(outcome.err));
        QCOMPARE(outcome.out.section(u"\r\n"_s, 0, 0), header); // RFC 4180 lines
    }
    // The table's headings are translated.
    const ProcessOutcome table = runCli(arguments + QStringList{u"--language"_s, u"zh-CN"_s});
    QVERIFY2(table.exitCode == 0 || table.exitCode == 1, qPrintable(table.err));
    QVERIFY2(table.out.section(u'\n', 0, 0) != header, qPrintable(table.out));
}

void tst_Cli::clockSkewIsCorrectedAndReported_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("behind"); // the warning's words, and the number of seconds before it
    QTest::newRow("en-US") << u"en-US"_s << u"clock is (\\d+) seconds behind"_s;
    QTest::newRow("zh-CN") << u"zh-CN"_s << u"慢 (\\d+) 秒"_s;
}

// The server's clock runs ten minutes ahead: the first request expires, the CLI measures the skew from the Date
// header, repeats the request once and tells the user, in the user's language and nothing else (the internal
// log line about it is for --verbose only).
void tst_Cli::clockSkewIsCorrectedAndReported()
{
    QFETCH(QString, language);
    QFETCH(QString, behind);
    QVERIFY(!m_server->control("POST", u"/_fake/clock"_s, R"({"offset":600})").isEmpty());
    const ProcessOutcome outcome = runCli({u"origin-regions"_s, u"--language"_s, language});
    QCOMPARE(outcome.exitCode, 0);
    const QRegularExpressionMatch match = QRegularExpression(behind).match(outcome.err);
    QVERIFY2(match.hasMatch(), qPrintable(outcome.err));
    QVERIFY2(qAbs(match.captured(1).toInt() - 600) <= 2, qPrintable(outcome.err));
    QCOMPARE(outcome.err.count(u'\n'), 1);
    QVERIFY2(!outcome.err.contains(u"differs"_s), qPrintable(outcome.err));
    const QJsonObject stats = QJsonDocument::fromJson(m_server->control("GET", u"/_fake/stats"_s)).object();
    QCOMPARE(stats[u"requests"_s][u"DescribeDestRegions"_s].toInt(), 2);

    // --verbose adds the internal log, in English.
    const ProcessOutcome verbose = runCli({u"origin-regions"_s, u"--language"_s, language, u"--verbose"_s});
    QCOMPARE(verbose.exitCode, 0);
    QVERIFY2(verbose.err.contains(u"clock differs"_s) && QRegularExpression(behind).match(verbose.err).hasMatch(),
             qPrintable(verbose.err));
}

void tst_Cli::secretsNeverPrinted_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QStringList checkArgs = connection(u"check"_s, m_connection.bandwidth);
    const QString verbose = u"--verbose"_s;
    QTest::newRow("demo key, verbose") << u"demo"_s << QStringList{u"origin-regions"_s, verbose} << 0;
    QTest::newRow("wrong key, verbose") << u"wrong-key"_s << checkArgs + QStringList{verbose} << 5;
    QTest::newRow("temporary key") << u"temporary"_s << checkArgs << 0;
    QTest::newRow("temporary key, verbose") << u"temporary"_s << checkArgs + QStringList{verbose} << 0;
    QTest::newRow("temporary key, verbose price json")
        << u"temporary"_s
        << connection(u"price"_s, m_connection.bandwidth) + QStringList{u"--output"_s, u"json"_s, verbose} << 0;
}

void tst_Cli::secretsNeverPrinted()
{
    QFETCH(QString, key);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    const ProcessOutcome outcome = runCli(arguments, key);
    QCOMPARE(outcome.exitCode, exitCode);
    if (arguments.contains(u"--verbose"_s)) {
        QVERIFY2(outcome.err.contains(u"canonical request"_s), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(u"X-TC-Action"_s), qPrintable(outcome.err));
    }
    const QProcessEnvironment env = environment(key);
    QVERIFY(key != u"temporary"_s || env.contains(u"TENCENTCLOUD_TOKEN"_s));
    for (const QString &name : {u"TENCENTCLOUD_SECRET_KEY"_s, u"TENCENTCLOUD_TOKEN"_s}) {
        const QString secret = env.value(name);
        QVERIFY2(secret.isEmpty() || !outcome.out.contains(secret), qPrintable(name));
        QVERIFY2(secret.isEmpty() || !outcome.err.contains(secret), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
