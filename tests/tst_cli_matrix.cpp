// gaap-capacity-cli matrix and history end to end against gaap-fake-server (one per test function), with
// HOME and the XDG directories in a temporary directory so that the history database starts empty.
// The expected grid is the server's capacity rule, read from its data file: a cell can be created when
// its bandwidth and concurrency are within the access region's normal MaxBandwidth and MaxConcurrent.
#include "core/history/resultexport.h"
#include "support/exportreaders.h"
#include "support/fakegaapserver.h"
#include "support/fakeserverprocess.h"
#include "support/processrun.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <sys/types.h>

#include <algorithm>
#include <csignal>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QList<qint64> integers(const QJsonValue &value)
{
    QList<qint64> out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toInteger());
    return out;
}

// The grid of one access region as the table prints it: concurrency -> cells, with the bandwidth header.
struct Grid
{
    QList<qint64> bandwidths;
    QMap<qint64, QStringList> rows;
    QString summary;
};

Grid parseGrid(const QString &table, const QString &accessRegion)
{
    static const QRegularExpression space(u"\\s+"_s);
    Grid grid;
    const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
    qsizetype i = 0;
    while (i < lines.size() && !lines.at(i).contains(accessRegion))
        ++i;
    if (++i >= lines.size())
        return grid;
    for (const QString &token : lines.at(i).split(space, Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 bandwidth = token.toLongLong(&ok);
        if (ok)
            grid.bandwidths.append(bandwidth);
    }
    for (++i; i < lines.size(); ++i) {
        QStringList tokens = lines.at(i).split(space, Qt::SkipEmptyParts);
        bool ok = false;
        const qint64 concurrent = tokens.value(0).toLongLong(&ok);
        if (!ok) {
            grid.summary = lines.at(i);
            break;
        }
        tokens.removeFirst();
        grid.rows.insert(concurrent, tokens);
    }
    return grid;
}

} // namespace

class tst_CliMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fullMatrixTable();
    void exportsParse();
    void subset();
    void unknownAccessRegion();
    void preloadFailure();
    void historyListsChecks();
    void corruptHistory();
    void historyHasNoCap();
    void concurrentMatricesShareTheBudget();
    void interruptedMatrix_data();
    void interruptedMatrix();

private:
    [[nodiscard]] bool canCreate(qint64 bandwidth, qint64 concurrent) const
    {
        return bandwidth <= m_maxBandwidth && concurrent <= m_maxConcurrent;
    }
    ProcessOutcome runCli(QStringList arguments) const;
    QStringList matrixArguments(const QStringList &extra = {}) const;
    QStringList checkArguments(qint64 bandwidth) const;
    QProcessEnvironment environment() const;

    QString m_dataPath;
    QJsonObject m_credential;
    QString m_origin;
    QString m_access;
    QList<qint64> m_bandwidths;
    QList<qint64> m_concurrents;
    qint64 m_maxBandwidth = 0;
    qint64 m_maxConcurrent = 0;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServerProcess> m_server;
    QString m_base;
};

void tst_CliMatrix::initTestCase()
{
    m_dataPath = fakeDataPath();
    const QJsonObject data = readFakeData(m_dataPath);
    QVERIFY2(!data.isEmpty(), qPrintable(m_dataPath));
    m_credential = data[u"credentials"_s].toArray().at(0).toObject();

    // The smallest grid with a capacity that splits it into "can" and "cannot" (the CLI's defaults: IPv4, Thunder).
    qsizetype best = 0;
    for (const QJsonValue &value : data[u"accessRegions"_s].toArray()) {
        const QJsonObject access = value.toObject();
        const QJsonObject normal = access[u"Capacity"_s].toObject()[u"normal"_s].toObject();
        const QList<qint64> bandwidths = integers(access[u"BandwidthList"_s]);
        const QList<qint64> concurrents = integers(access[u"ConcurrentList"_s]);
        const qint64 maxBandwidth = normal[u"MaxBandwidth"_s].toInteger();
        const qint64 maxConcurrent = normal[u"MaxConcurrent"_s].toInteger();
        const QJsonArray origins = access[u"DestRegions"_s].toArray();
        if (origins.isEmpty() || bandwidths.size() < 2 || concurrents.size() < 2
            || !access[u"IPAddressVersions"_s].toArray().contains(u"IPv4"_s)
            || !access[u"PackageTypes"_s].toArray().contains(u"Thunder"_s) || bandwidths.constFirst() > maxBandwidth
            || bandwidths.constLast() <= maxBandwidth || concurrents.constFirst() > maxConcurrent)
            continue;
        const qsizetype cells = bandwidths.size() * concurrents.size();
        if (best != 0 && cells >= best)
            continue;
        best = cells;
        m_origin = origins.at(0).toString();
        m_access = access[u"RegionId"_s].toString();
        m_bandwidths = bandwidths;
        m_concurrents = concurrents;
        m_maxBandwidth = maxBandwidth;
        m_maxConcurrent = maxConcurrent;
    }
    QVERIFY2(best > 0, "the data file has no access region whose capacity splits its grid");
}

void tst_CliMatrix::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server = std::make_unique<FakeServerProcess>(QStringLiteral(GAAP_FAKE_SERVER_PATH),
                                                   QStringList{u"--data"_s, m_dataPath});
    QVERIFY(m_server->isRunning());
    m_base = m_server->url();
    QVERIFY2(m_base.startsWith(u"http://127.0.0.1:"_s), qPrintable(m_base));
}

void tst_CliMatrix::cleanup()
{
    m_server.reset(); // kills it
    m_home.reset();
}

QProcessEnvironment tst_CliMatrix::environment() const
{
    QProcessEnvironment env = isolatedEnvironment();
    placeHomeIn(env, m_home->path());
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, m_credential[u"SecretId"_s].toString());
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, m_credential[u"SecretKey"_s].toString());
    return env;
}

ProcessOutcome tst_CliMatrix::runCli(QStringList arguments) const
{
    arguments << u"--endpoint"_s << m_base;
    return runProcess(QStringLiteral(GAAP_CLI_PATH), arguments, environment(), {}, 60000);
}

QStringList tst_CliMatrix::matrixArguments(const QStringList &extra) const
{
    return QStringList{u"matrix"_s, u"--origin-region"_s, m_origin, u"--access-region"_s, m_access} + extra;
}

QStringList tst_CliMatrix::checkArguments(qint64 bandwidth) const
{
    return {u"check"_s,
            u"--origin-region"_s,
            m_origin,
            u"--access-region"_s,
            m_access,
            u"--bandwidth"_s,
            QString::number(bandwidth),
            u"--concurrent"_s,
            QString::number(m_concurrents.constFirst())};
}

void tst_CliMatrix::fullMatrixTable()
{
    const ProcessOutcome run = runCli(matrixArguments());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"checked"_s), qPrintable(run.err)); // no progress when stderr is not a terminal
    const Grid grid = parseGrid(run.out, m_access);
    QCOMPARE(grid.bandwidths, m_bandwidths);
    QCOMPARE(grid.rows.keys(), m_concurrents);
    for (const qint64 concurrent : std::as_const(m_concurrents)) {
        const QStringList cells = grid.rows.value(concurrent);
        QCOMPARE(cells.size(), m_bandwidths.size());
        for (qsizetype i = 0; i < cells.size(); ++i)
            QCOMPARE(cells.at(i), canCreate(m_bandwidths.at(i), concurrent) ? u"yes"_s : u"no"_s);
    }
    // The largest creatable configuration: the biggest offered bandwidth within capacity, then concurrency.
    qint64 bandwidth = 0;
    qint64 concurrent = 0;
    for (const qint64 b : std::as_const(m_bandwidths))
        bandwidth = b <= m_maxBandwidth ? b : bandwidth;
    for (const qint64 c : std::as_const(m_concurrents))
        concurrent = c <= m_maxConcurrent ? c : concurrent;
    QVERIFY2(grid.summary.contains(u"%1 Mbps, concurrency %2"_s.arg(bandwidth).arg(concurrent)), qPrintable(run.out));
}

void tst_CliMatrix::exportsParse()
{
    const qsizetype cells = m_bandwidths.size() * m_concurrents.size();
    const ProcessOutcome json = runCli(matrixArguments({u"--output"_s, u"json"_s}));
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QJsonParseError error{};
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(array.size(), cells);
    for (const QJsonValue &value : array) {
        const QJsonObject cell = value.toObject();
        QCOMPARE(cell[u"AccessRegion"_s].toString(), m_access);
        const bool expected = canCreate(cell[u"Bandwidth"_s].toInteger(), cell[u"Concurrent"_s].toInteger());
        QCOMPARE(cell[u"Result"_s].toString(), expected ? u"can"_s : u"cannot"_s);
    }

    const ProcessOutcome csv = runCli(matrixArguments({u"--output"_s, u"csv"_s}));
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    const std::optional<QList<QStringList>> rows = ExportReaders::csvRows(csv.out.toUtf8());
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), cells + 1);
    QVERIFY(rows->constFirst().contains(u"Bandwidth"_s));
}

void tst_CliMatrix::subset()
{
    const qint64 b1 = m_bandwidths.constFirst();
    const qint64 b2 = m_bandwidths.constLast();
    const qint64 c = m_concurrents.constFirst();
    const ProcessOutcome run = runCli(matrixArguments({u"--bandwidth"_s, QString::number(b2), u"--bandwidth"_s,
                                                       QString::number(b1), u"--concurrent"_s, QString::number(c)}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Grid grid = parseGrid(run.out, m_access);
    QCOMPARE(grid.bandwidths, (QList<qint64>{b1, b2}));
    QCOMPARE(grid.rows.keys(), QList<qint64>{c});
    QCOMPARE(grid.rows.value(c), (QStringList{u"yes"_s, u"no"_s}));

    // Comma-separated values work too; a value nobody offers is a usage error naming the offers.
    const ProcessOutcome json =
        runCli(matrixArguments({u"--bandwidth"_s, u"%1,%2"_s.arg(b1).arg(b2), u"--output"_s, u"json"_s}));
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 2 * m_concurrents.size());
    qint64 unoffered = 1;
    while (m_bandwidths.contains(unoffered))
        ++unoffered;
    const ProcessOutcome bad = runCli(matrixArguments({u"--bandwidth"_s, QString::number(unoffered)}));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QString::number(b2)), qPrintable(bad.err));
}

void tst_CliMatrix::unknownAccessRegion()
{
    const ProcessOutcome run =
        runCli({u"matrix"_s, u"--origin-region"_s, m_origin, u"--access-region"_s, u"NoSuchRegion"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"NoSuchRegion"_s) && run.err.contains(m_access), qPrintable(run.err));
    QCOMPARE(runCli({u"matrix"_s, u"--access-region"_s, m_access}).exitCode, 2); // no --origin-region
    QCOMPARE(runCli(matrixArguments({u"--concurrent"_s, u"0"_s})).exitCode, 2);
}

void tst_CliMatrix::preloadFailure()
{
    QVERIFY(
        !m_server
             ->control("POST", u"/_fake/faults"_s, R"({"kind":"http502","action":"DescribeAccessRegionsByDestRegion"})")
             .isEmpty());
    const ProcessOutcome run = runCli(matrixArguments());
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"502"_s), qPrintable(run.err));
}

void tst_CliMatrix::historyListsChecks()
{
    const qint64 c = m_concurrents.constFirst();
    const ProcessOutcome matrix = runCli(matrixArguments({u"--concurrent"_s, QString::number(c)}));
    QVERIFY2(matrix.exitCode == 0, qPrintable(matrix.err));
    QCOMPARE(runCli(checkArguments(m_bandwidths.constFirst())).exitCode, 0);
    QCOMPARE(runCli(checkArguments(m_bandwidths.constLast())).exitCode, 1);
    const qsizetype matrixCells = m_bandwidths.size();
    const qsizetype total = matrixCells + 2;

    const ProcessOutcome json = runCli({u"history"_s, u"--output"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const std::optional<QList<HistoryEntry>> entries = ExportReaders::historyFromJson(json.out.toUtf8());
    QVERIFY2(entries.has_value(), qPrintable(json.out));
    QCOMPARE(entries->size(), total);
    qsizetype fromMatrix = 0;
    qsizetype canCount = 0;
    for (const HistoryEntry &entry : *entries) {
        fromMatrix += entry.source == u"matrix"_s ? 1 : 0;
        canCount += entry.canCreate.value_or(false) ? 1 : 0;
        QVERIFY(entry.source == u"matrix"_s || entry.source == u"cli"_s);
        QCOMPARE(entry.profile, u"Environment"_s);
        QVERIFY2(entry.endpoint.startsWith(m_base), qPrintable(entry.endpoint));
        QCOMPARE(entry.request.originRegion, m_origin);
        QCOMPARE(entry.request.accessRegion, m_access);
        QVERIFY(entry.canCreate.has_value());
        QCOMPARE(*entry.canCreate, canCreate(entry.request.bandwidth, entry.request.concurrent));
        QVERIFY(!entry.requestId.isEmpty());
    }
    QCOMPARE(fromMatrix, matrixCells);

    const ProcessOutcome table = runCli({u"history"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), total + 1); // the header
    QVERIFY(lines.constFirst().contains(u"RequestId"_s));

    const ProcessOutcome can = runCli({u"history"_s, u"--outcome"_s, u"can"_s, u"--output"_s, u"json"_s});
    QCOMPARE(can.exitCode, 0);
    const std::optional<QList<HistoryEntry>> canEntries = ExportReaders::historyFromJson(can.out.toUtf8());
    QVERIFY(canEntries.has_value());
    QCOMPARE(canEntries->size(), canCount);
    for (const HistoryEntry &entry : *canEntries)
        QVERIFY(entry.canCreate.value_or(false));

    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const ProcessOutcome later = runCli({u"history"_s, u"--since"_s, tomorrow, u"--output"_s, u"json"_s});
    QCOMPARE(later.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(later.out.toUtf8()).array().size(), 0);
    const ProcessOutcome today = runCli({u"history"_s, u"--since"_s, QDate::currentDate().toString(Qt::ISODate),
                                         u"--region"_s, m_access, u"--output"_s, u"csv"_s});
    QCOMPARE(today.exitCode, 0);
    const std::optional<QList<QStringList>> rows = ExportReaders::csvRows(today.out.toUtf8());
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), total + 1);
    QCOMPARE(runCli({u"history"_s, u"--since"_s, u"yesterday"_s}).exitCode, 2);
    QCOMPARE(runCli({u"history"_s, u"--outcome"_s, u"maybe"_s}).exitCode, 2);
}

void tst_CliMatrix::corruptHistory()
{
    QCOMPARE(runCli(checkArguments(m_bandwidths.constFirst())).exitCode, 0);
    QStringList databases;
    QDirIterator it(m_home->filePath(u"data"_s), {u"history.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        databases.append(it.next());
    QCOMPARE(databases.size(), 1);
    // The app and the CLI share one history, whatever their application names.
    QCOMPARE(QFileInfo(databases.constFirst()).dir().dirName(), u"gaap-capacity"_s);

    QFile file(databases.constFirst());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(QByteArray("this is not a SQLite database\n").repeated(200)) > 0);
    file.close();

    const ProcessOutcome check = runCli(checkArguments(m_bandwidths.constFirst()));
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QCOMPARE(check.err.count(u'\n'), 1); // one warning line, nothing else
    QVERIFY2(check.err.contains(u"warning"_s), qPrintable(check.err));
    const ProcessOutcome cannot = runCli(checkArguments(m_bandwidths.constLast()));
    QCOMPARE(cannot.exitCode, 1);
    QVERIFY2(cannot.err.contains(u"warning"_s), qPrintable(cannot.err));

    const ProcessOutcome history = runCli({u"history"_s});
    QCOMPARE(history.exitCode, 3);
    QVERIFY(history.out.isEmpty());
    QVERIFY2(history.err.contains(u"history"_s), qPrintable(history.err));
    QCOMPARE(history.err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(tst_CliMatrix)
// More entries than any page or window size: `history` prints every matching row in each format (it
// stopped at 10,000 without a word).
void tst_CliMatrix::historyHasNoCap()
{
    QCOMPARE(runCli(checkArguments(m_bandwidths.constFirst())).exitCode, 0); // creates the database
    QDirIterator it(m_home->filePath(u"data"_s), {u"history.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QString database = it.next();
    constexpr int Written = 10050;
    const ProcessOutcome writer =
        runProcess(QStringLiteral(GAAP_HISTORY_WRITER_PATH), {database, QString::number(Written)}, environment());
    QVERIFY2(writer.exitCode == 0, writer.describe().constData());
    const qsizetype total = Written + 1;

    const ProcessOutcome csv = runCli({u"history"_s, u"--output"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    const std::optional<QList<QStringList>> rows = ExportReaders::csvRows(csv.out.toUtf8());
    QVERIFY(rows);
    QCOMPARE(rows->size(), total + 1); // and the header
    const ProcessOutcome json = runCli({u"history"_s, u"--output"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const std::optional<QList<HistoryEntry>> entries = ExportReaders::historyFromJson(json.out.toUtf8());
    QVERIFY(entries);
    QCOMPARE(entries->size(), total);
    const ProcessOutcome table = runCli({u"history"_s});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.count(u'\n'), total + 1);
    // Columns line up across the whole table: every line has the RequestId column at the same place.
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    const qsizetype column = lines.constFirst().indexOf(u"RequestId"_s);
    QVERIFY(column > 0);
    QVERIFY(std::all_of(lines.cbegin() + 1, lines.cend(),
                        [column](const QString &line) { return line.size() > column && line.at(column - 1) == u' '; }));
}

// Three matrices at once on one key against a server that allows 20 requests per second and action: the
// processes share one budget, so the server refuses none of them (each pacing itself at 20/s, they were
// refused again and again) and every cell is answered.
void tst_CliMatrix::concurrentMatricesShareTheBudget()
{
    FakeGaapServer server; // in this process, to count the refusals
    QVERIFY(server.listenOnLoopback() != 0);
    server.setRateLimit(20);
    // Every access region of Hongkong at 10 Mbps (66 cells in the test data): about 200 requests in all.
    const QStringList arguments{
        u"matrix"_s, u"--origin-region"_s, u"Hongkong"_s,          u"--bandwidth"_s, u"10"_s, u"--output"_s,
        u"json"_s,   u"--endpoint"_s,      server.url().toString()};
    std::vector<std::unique_ptr<QProcess>> clis;
    for (int i = 0; i < 3; ++i) {
        auto cli = std::make_unique<QProcess>();
        cli->setProcessEnvironment(environment());
        cli->start(QStringLiteral(GAAP_CLI_PATH), arguments);
        clis.push_back(std::move(cli));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(clis.cbegin(), clis.cend(), [](const auto &cli) { return cli->state() == QProcess::NotRunning; }),
        60000);
    qsizetype cells = 0;
    for (const auto &cli : clis) {
        QVERIFY2(cli->exitStatus() == QProcess::NormalExit && cli->exitCode() == 0,
                 cli->readAllStandardError().constData());
        const QJsonArray grid = QJsonDocument::fromJson(cli->readAllStandardOutput()).array();
        for (const QJsonValue &cell : grid)
            QVERIFY(cell.toObject()[u"Result"_s].toString() != u"error"_s);
        cells += grid.size();
    }
    QVERIFY(cells >= 60); // enough requests that three unshared 20/s paces overrun the server
    QCOMPARE(server.errorCount(u"RequestLimitExceeded"_s), 0);
}

// Ctrl+C (SIGINT) or SIGTERM in the middle of a matrix: no more requests, the partial result printed and
// valid, the unanswered cells marked "pending", a note that the answered ones are in the history, exit 130.
// Every origin's access region is asked for, so the grid takes several seconds at 20 requests/s; the
// assertions hold however many cells were answered before the signal.
void tst_CliMatrix::interruptedMatrix_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void tst_CliMatrix::interruptedMatrix()
{
    QFETCH(int, signalNumber);
    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.start(QStringLiteral(GAAP_CLI_PATH),
              {u"matrix"_s, u"--origin-region"_s, m_origin, u"--output"_s, u"json"_s, u"--endpoint"_s, m_base});
    QVERIFY(cli.waitForStarted());
    QTest::qWait(1500);
    QCOMPARE(cli.state(), QProcess::Running); // several seconds of work: not done yet
    QCOMPARE(::kill(static_cast<pid_t>(cli.processId()), signalNumber), 0);
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 15000);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cli.exitCode() == 130, qPrintable(err));
    QVERIFY2(err.contains(u"in the history"_s), qPrintable(err));

    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(cli.readAllStandardOutput(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError && json.isArray(), qPrintable(parseError.errorString()));
    qsizetype answered = 0;
    qsizetype pending = 0;
    for (const QJsonValue &cell : json.array()) {
        const QString result = cell.toObject()[u"Result"_s].toString();
        if (result == u"pending"_s)
            ++pending;
        else
            ++answered;
    }
    QVERIFY2(pending > 0, "the signal came after the last cell: the test needs a bigger grid");

    // The history holds exactly the answered cells.
    const ProcessOutcome history = runCli({u"history"_s, u"--output"_s, u"json"_s});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(history.out.toUtf8()).array().size(), answered);
}

#include "tst_cli_matrix.moc"
