// HistoryStore (SQLite through Qt SQL) in a temporary directory, including a damaged, a locked and an
// unwritable database, and ResultExport's CSV and JSON for history and matrix, read back again; see
// tst_history.h.
#include "tst_history.h"

#include "core/common/csvtext.h"
#include "core/history/historysql.h"
#include "core/history/resultexport.h"
#include "support/exportreaders.h"
#include "support/processrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

HistoryEntry makeEntry(const QString &origin, const QString &access, const QString &when, std::optional<bool> flag)
{
    HistoryEntry entry;
    entry.checkedAt = QDateTime::fromString(when, Qt::ISODateWithMs);
    entry.profile = QStringLiteral("Ops, \"night\" shift");
    entry.endpoint = QStringLiteral("gaap.tencentcloudapi.com");
    entry.request.originRegion = origin;
    entry.request.accessRegion = access;
    entry.request.bandwidth = 100;
    entry.request.concurrent = 2;
    entry.request.ipVersion = QStringLiteral("IPv4");
    entry.request.networkType = QStringLiteral("normal");
    entry.canCreate = flag;
    if (!flag)
        entry.errorCode = QStringLiteral("InternalError");
    entry.requestId = QStringLiteral("req-") + access;
    entry.source = QStringLiteral("check");
    return entry;
}

void expectUnavailableWarning()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history unavailable")));
}

bool sameEntry(const HistoryEntry &a, const HistoryEntry &b)
{
    return a.checkedAt == b.checkedAt && a.profile == b.profile && a.endpoint == b.endpoint && a.request == b.request
           && a.canCreate == b.canCreate && a.errorCode == b.errorCode && a.requestId == b.requestId
           && a.source == b.source;
}

} // namespace

void tst_History::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<HistoryEntry> tst_History::sample() const
{
    return {makeEntry(QStringLiteral("Hongkong"), QStringLiteral("Guangzhou"),
                      QStringLiteral("2024-01-01T10:00:00.000Z"), true),
            makeEntry(QStringLiteral("Hongkong"), QStringLiteral("Taipei"), QStringLiteral("2024-01-02T10:00:00.250Z"),
                      false),
            makeEntry(QStringLiteral("Japan"), QStringLiteral("Shanghai"), QStringLiteral("2024-01-03T10:00:00.000Z"),
                      std::nullopt)};
}

void tst_History::recordsAndFilters()
{
    const QString path = m_dir->filePath(QStringLiteral("a/b/history.sqlite")); // the folders are made
    QList<HistoryEntry> entries = sample();
    {
        HistoryStore store(path);
        QVERIFY2(store.isAvailable(), qPrintable(store.problem()));
        QVERIFY(store.problem().isEmpty());
        for (HistoryEntry &entry : entries) {
            QVERIFY(store.record(entry));
            QVERIFY(entry.id > 0);
        }
    }
    HistoryStore store(path); // reopened: the entries persist
    QVERIFY(store.isAvailable());
    const QList<HistoryEntry> all = store.entries();
    QCOMPARE(all.size(), 3);
    for (int i = 0; i < 3; ++i) { // newest first
        QVERIFY(sameEntry(all.at(i), entries.at(2 - i)));
        QCOMPARE(all.at(i).id, entries.at(2 - i).id);
    }
    const auto ids = [&store](const HistoryFilter &filter) {
        QList<qint64> result;
        for (const HistoryEntry &entry : store.entries(filter))
            result.append(entry.id);
        return result;
    };
    HistoryFilter filter;
    filter.region = QStringLiteral("Hongkong");
    QCOMPARE(ids(filter), (QList<qint64>{entries[1].id, entries[0].id}));
    filter.region = QStringLiteral("Shanghai"); // the access region matches too
    QCOMPARE(ids(filter), QList<qint64>{entries[2].id});
    filter.region = QStringLiteral("x' OR '1'='1");
    QVERIFY(ids(filter).isEmpty());
    filter = {};
    filter.outcome = HistoryFilter::Outcome::CanCreate;
    QCOMPARE(ids(filter), QList<qint64>{entries[0].id});
    filter.outcome = HistoryFilter::Outcome::CannotCreate;
    QCOMPARE(ids(filter), QList<qint64>{entries[1].id});
    filter.outcome = HistoryFilter::Outcome::Error;
    QCOMPARE(ids(filter), QList<qint64>{entries[2].id});
    filter = {};
    filter.since = QDateTime::fromString(QStringLiteral("2024-01-02T00:00:00Z"), Qt::ISODate);
    QCOMPARE(ids(filter), (QList<qint64>{entries[2].id, entries[1].id}));
    filter.until = QDateTime::fromString(QStringLiteral("2024-01-02T12:00:00Z"), Qt::ISODate);
    QCOMPARE(ids(filter), QList<qint64>{entries[1].id});
    filter = {};
    filter.limit = 1;
    QCOMPARE(ids(filter), QList<qint64>{entries[2].id});

    QVERIFY(store.remove({entries[1].id}));
    QCOMPARE(ids({}), (QList<qint64>{entries[2].id, entries[0].id}));
    QVERIFY(store.clear());
    QVERIFY(store.entries().isEmpty());
}

void tst_History::schemaHoldsNoSecret()
{
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store(path);
        QVERIFY(store.isAvailable());
    }
    QStringList columns;
    int version = 0;
    bool indexed = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA table_info(checks)")));
        while (query.next())
            columns.append(query.value(1).toString());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        version = query.value(0).toInt();
        QVERIFY(
            query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'checks'")));
        while (query.next())
            indexed = indexed || query.value(0).toString().contains(QLatin1String("checked_at"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    const QStringList expected{
        QStringLiteral("id"),         QStringLiteral("checked_at"),    QStringLiteral("profile"),
        QStringLiteral("endpoint"),   QStringLiteral("origin_region"), QStringLiteral("access_region"),
        QStringLiteral("bandwidth"),  QStringLiteral("concurrent"),    QStringLiteral("group_id"),
        QStringLiteral("ip_version"), QStringLiteral("network_type"),  QStringLiteral("package_type"),
        QStringLiteral("can_create"), QStringLiteral("error_code"),    QStringLiteral("request_id"),
        QStringLiteral("source")};
    QCOMPARE(columns, expected);
    for (const QString &column : columns) {
        QVERIFY(!column.contains(QLatin1String("secret")) && !column.contains(QLatin1String("key"))
                && !column.contains(QLatin1String("token")));
    }
    QCOMPARE(version, HistorySql::SchemaVersion);
    QVERIFY(indexed);
}

void tst_History::damagedFileIsReported()
{
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(static_cast<char>((i * 37 + 11) % 251));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    expectUnavailableWarning();
    HistoryStore store(path);
    QVERIFY(!store.isAvailable());
    QVERIFY(store.problem().contains(QDir::toNativeSeparators(path)));
    QVERIFY2(store.problem().contains(QLatin1String("damaged")), qPrintable(store.problem()));
    HistoryEntry entry = sample().constFirst();
    QVERIFY(!store.record(entry));
    QCOMPARE(entry.id, 0);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!store.remove({1}));
    QVERIFY(!store.clear());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage); // left alone for the user to rescue
}

void tst_History::unwritableLocationIsReported()
{
    // A plain file where the folder should be: no folder can be made there, whoever runs the test.
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    expectUnavailableWarning();
    HistoryStore store(blocker + QStringLiteral("/history.sqlite"));
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.problem().isEmpty());
    HistoryEntry entry = sample().constFirst();
    QVERIFY(!store.record(entry));

    expectUnavailableWarning();
    HistoryStore directory(m_dir->path()); // a folder where the file should be
    QVERIFY(!directory.isAvailable());
    QVERIFY(!directory.problem().isEmpty());
}

void tst_History::lockedFileIsReported()
{
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore first(path);
        QVERIFY(first.isAvailable());
    }
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery query(locker);
        // In WAL mode only an exclusive locking mode keeps readers out (another program holding the file).
        QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO checks (checked_at, profile, endpoint, origin_region, "
                                          "access_region, bandwidth, concurrent, source) VALUES ('x', '', '', '', "
                                          "'', 1, 1, 'check')")));
        {
            expectUnavailableWarning();
            HistoryStore second(path);
            QVERIFY(!second.isAvailable());
            QVERIFY2(second.problem().contains(QLatin1String("locked")), qPrintable(second.problem()));
        }
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    HistoryStore third(path);
    QVERIFY(third.isAvailable());
}

void tst_History::historyJsonRoundTrip()
{
    QList<HistoryEntry> entries = sample();
    entries[0].request.groupId = QStringLiteral("lg-abcdef12");
    entries[1].endpoint = QStringLiteral("line one\nline two");
    const QByteArray json = ResultExport::historyJson(entries);
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("CheckFlag")).toInt(), 1);
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("CheckFlag")).toInt(-1), 0);
    QVERIFY(array.at(2).toObject().value(QStringLiteral("CheckFlag")).isNull());
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("Bandwidth")).toInteger(), 100);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("CheckedAt")).toString(),
             QStringLiteral("2024-01-01T10:00:00.000Z"));

    const std::optional<QList<HistoryEntry>> back = ExportReaders::historyFromJson(json);
    QVERIFY(back.has_value());
    QCOMPARE(back->size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        QVERIFY2(sameEntry(back->at(i), entries.at(i)), qPrintable(QString::number(i)));
    QVERIFY(!ExportReaders::historyFromJson("{}"));
    QVERIFY(!ExportReaders::historyFromJson("[1]"));
    QVERIFY(!ExportReaders::historyFromJson("[{\"Bandwidth\":1,\"Concurrent\":1,\"CheckFlag\":\"yes\"}]"));
    QVERIFY(ExportReaders::historyFromJson("[]").value().isEmpty());
}

void tst_History::historyCsvRoundTrip()
{
    QList<HistoryEntry> entries = sample();
    entries[1].endpoint = QStringLiteral("line one\r\nline two");
    const QByteArray csv = ResultExport::historyCsv(entries);
    QVERIFY(csv.endsWith("\r\n"));
    QVERIFY(csv.contains("\"Ops, \"\"night\"\" shift\""));
    const std::optional<QList<QStringList>> rows = ExportReaders::csvRows(csv);
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), 4);
    QCOMPARE(
        rows->at(0),
        (QStringList{QStringLiteral("CheckedAt"), QStringLiteral("Profile"), QStringLiteral("Endpoint"),
                     QStringLiteral("RealServerRegion"), QStringLiteral("AccessRegion"), QStringLiteral("Bandwidth"),
                     QStringLiteral("Concurrent"), QStringLiteral("GroupId"), QStringLiteral("IPAddressVersion"),
                     QStringLiteral("NetworkType"), QStringLiteral("PackageType"), QStringLiteral("CheckFlag"),
                     QStringLiteral("ErrorCode"), QStringLiteral("RequestId"), QStringLiteral("Source")}));
    const QStringList first = rows->at(1);
    QCOMPARE(first.size(), 15);
    QCOMPARE(first.at(0), QStringLiteral("2024-01-01T10:00:00.000Z"));
    QCOMPARE(first.at(1), QStringLiteral("Ops, \"night\" shift"));
    QCOMPARE(first.at(3), QStringLiteral("Hongkong"));
    QCOMPARE(first.at(5), QStringLiteral("100"));
    QCOMPARE(first.at(11), QStringLiteral("1"));
    QCOMPARE(rows->at(2).at(2), QStringLiteral("line one\r\nline two"));
    QCOMPARE(rows->at(2).at(11), QStringLiteral("0"));
    QCOMPARE(rows->at(3).at(11), QString());
    QCOMPARE(rows->at(3).at(12), QStringLiteral("InternalError"));
    QCOMPARE(rows->at(3).at(14), QStringLiteral("check"));
}

void tst_History::matrixExports()
{
    MatrixRequest request;
    request.originRegion = QStringLiteral("Hongkong");
    request.ipVersion = QStringLiteral("IPv4");
    request.networkType = QStringLiteral("normal");
    QList<MatrixCell> cells(4);
    const QList<MatrixCell::State> states{MatrixCell::State::CanCreate, MatrixCell::State::CannotCreate,
                                          MatrixCell::State::Error, MatrixCell::State::Pending};
    for (int i = 0; i < 4; ++i) {
        cells[i].accessRegion = QStringLiteral("Guangzhou");
        cells[i].bandwidth = 10 * (i + 1);
        cells[i].concurrent = 2;
        cells[i].state = states.at(i);
        if (i < 3) {
            cells[i].requestId = QStringLiteral("req-%1").arg(i);
            cells[i].checkedAt = QDateTime::fromString(QStringLiteral("2024-05-06T07:08:09.010Z"), Qt::ISODateWithMs);
        }
    }
    cells[2].error =
        ApiError::service(QStringLiteral("InternalError"), QStringLiteral("boom, \"really\""), QStringLiteral("req-2"));

    const std::optional<QList<QStringList>> rows = ExportReaders::csvRows(ResultExport::matrixCsv(request, cells));
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), 5);
    QCOMPARE(
        rows->at(0).join(QLatin1Char(',')),
        QStringLiteral("RealServerRegion,AccessRegion,Bandwidth,Concurrent,IPAddressVersion,NetworkType,PackageType,"
                       "Result,ErrorCode,RequestId,CheckedAt"));
    QCOMPARE(rows->at(1), (QStringList{QStringLiteral("Hongkong"), QStringLiteral("Guangzhou"), QStringLiteral("10"),
                                       QStringLiteral("2"), QStringLiteral("IPv4"), QStringLiteral("normal"), QString(),
                                       QStringLiteral("can"), QString(), QStringLiteral("req-0"),
                                       QStringLiteral("2024-05-06T07:08:09.010Z")}));
    QCOMPARE(rows->at(2).at(7), QStringLiteral("cannot"));
    QCOMPARE(rows->at(3).at(7), QStringLiteral("error"));
    QCOMPARE(rows->at(3).at(8), QStringLiteral("InternalError"));
    QCOMPARE(rows->at(4).at(7), QStringLiteral("pending"));
    QCOMPARE(rows->at(4).at(10), QString());

    const QJsonArray array = QJsonDocument::fromJson(ResultExport::matrixJson(request, cells)).array();
    QCOMPARE(array.size(), 4);
    const QJsonObject error = array.at(2).toObject();
    QCOMPARE(error.value(QStringLiteral("Result")).toString(), QStringLiteral("error"));
    QCOMPARE(error.value(QStringLiteral("ErrorCode")).toString(), QStringLiteral("InternalError"));
    QCOMPARE(error.value(QStringLiteral("Bandwidth")).toInteger(), 30);
    QCOMPARE(error.value(QStringLiteral("RealServerRegion")).toString(), QStringLiteral("Hongkong"));
    QCOMPARE(array.at(0).toObject().keys().size(), 11);
}

void tst_History::malformedCsvIsRefused()
{
    QVERIFY(!ExportReaders::csvRows("a,\"open"));
    QVERIFY(!ExportReaders::csvRows("a,b\"c"));
    QVERIFY(!ExportReaders::csvRows("\"a\"b,c"));
    const auto rows = ExportReaders::csvRows("a,b\n\"x\ny\",\"\"\r\n");
    QVERIFY(rows.has_value());
    QCOMPARE(*rows,
             (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x\ny"), QString()}}));
}

QTEST_GUILESS_MAIN(tst_History)
// The CLI streams the history piece by piece: the pieces are exactly the whole export, in Qt's own JSON
// layout, for no entry, one and several.
void tst_History::streamedExportIsTheWholeExport()
{
    for (const qsizetype count : {0, 1, 3}) {
        const QList<HistoryEntry> entries = sample().mid(0, count);
        const QByteArray json = ResultExport::historyJson(entries);
        QCOMPARE(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented), json);
        QCOMPARE(QJsonDocument::fromJson(json).array().size(), count);
        QByteArray csv = ResultExport::historyCsvHeader();
        for (const HistoryEntry &entry : entries)
            csv += ResultExport::historyCsvLine(entry);
        QCOMPARE(csv, ResultExport::historyCsv(entries));
        QCOMPARE(ExportReaders::csvRows(csv)->size(), count + 1);
    }
}

// The app and several CLIs write the same history at once: every entry arrives, none is lost to "database is
// locked". Eight writer processes and this one record together while this one also reads.
void tst_History::concurrentWritersLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    constexpr int Writers = 8; // with a rollback journal and 1 s busy timeout, some of these were lost
    constexpr int PerWriter = 1500;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < Writers; ++i) {
        auto writer = std::make_unique<QProcess>();
        writer->setProcessEnvironment(isolatedEnvironment());
        writer->start(QStringLiteral(GAAP_HISTORY_WRITER_PATH),
                      {path, QString::number(PerWriter), QStringLiteral("w%1").arg(i)});
        writers.push_back(std::move(writer));
    }
    HistoryStore store(path);
    QVERIFY2(store.isAvailable(), qPrintable(store.problem()));
    int recorded = 0;
    for (int i = 0; i < PerWriter; ++i) {
        HistoryEntry entry = makeEntry(QStringLiteral("Hongkong"), QStringLiteral("Tokyo"),
                                       QStringLiteral("2026-12-06T10:00:00.000Z"), true);
        recorded += store.record(entry) ? 1 : 0;
        if (i % 250 == 0)
            (void)store.entries(); // a reader in the middle, as the History window is
    }
    for (const auto &writer : writers) {
        QVERIFY(writer->waitForFinished(60000));
        QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                 writer->readAllStandardError().constData());
    }
    QCOMPARE(recorded, PerWriter);
    QCOMPARE(store.count(), qint64(Writers * PerWriter + PerWriter));
}

// kill -9 in the middle of a run: the database opens afterwards and holds every entry the writer had
// recorded (it prints the count after each commit).
void tst_History::killedWriterLeavesEveryRecordedEntry()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QProcess writer;
    writer.setProcessEnvironment(isolatedEnvironment());
    writer.start(QStringLiteral(GAAP_HISTORY_WRITER_PATH), {path, QStringLiteral("1000000")});
    QVERIFY(writer.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(writer.bytesAvailable() > 0 || writer.canReadLine(), 20000);
    QTest::qWait(300);
    writer.kill();
    QVERIFY(writer.waitForFinished(10000));
    const QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
    const int committed = lines.constLast().toInt();
    QVERIFY(committed > 0);
    HistoryStore store(path);
    QVERIFY2(store.isAvailable(), qPrintable(store.problem()));
    QVERIFY2(store.count() >= committed,
             qPrintable(QStringLiteral("%1 entries, %2 recorded").arg(store.count()).arg(committed)));
    HistoryEntry next = makeEntry(QStringLiteral("Hongkong"), QStringLiteral("Tokyo"),
                                  QStringLiteral("2026-12-06T10:00:00.000Z"), false);
    QVERIFY(store.record(next)); // and takes new ones
}

// A spreadsheet runs a cell that starts with =, +, -, @ (or a tab or CR) as a formula: such a field starts
// with an apostrophe instead (and is quoted), numbers stay numbers.
void tst_History::csvFieldsCannotRunFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Hongkong") << QStringLiteral("Hongkong");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("=formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                              << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("+formula") << QStringLiteral("+1+cmd") << QStringLiteral("\"'+1+cmd\"");
    QTest::newRow("-formula") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
    QTest::newRow("@formula") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
    QTest::newRow("tab first") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
    QTest::newRow("CR first") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("negative number") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
    QTest::newRow("positive number") << QStringLiteral("+3") << QStringLiteral("+3");
    QTest::newRow("= inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void tst_History::csvFieldsCannotRunFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(CsvText::field(value), field);
}

void tst_History::historyCsvNeutralisesFormulas()
{
    QList<HistoryEntry> entries = sample();
    entries[0].profile = QStringLiteral("=1+1");
    entries[0].request.groupId = QStringLiteral("@evil");
    const std::optional<QList<QStringList>> rows = ExportReaders::csvRows(ResultExport::historyCsv(entries));
    QVERIFY(rows.has_value());
    QVERIFY(rows->at(1).contains(QStringLiteral("'=1+1")));
    QVERIFY(rows->at(1).contains(QStringLiteral("'@evil")));
    QVERIFY(!rows->at(1).contains(QStringLiteral("=1+1")));
}
