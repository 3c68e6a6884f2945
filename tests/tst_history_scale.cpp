// The history at scale (see tst_history.h): every filter is served by an index in the list's order (the
// query plans, read with EXPLAIN QUERY PLAN, never scan the table), pages neither skip nor repeat an entry
// when many share a time, a schema-1 file gets the indexes, a newer one is refused, the reading thread
// answers on its caller's thread and drops what was discarded, and export streams every matching entry.
#include "core/history/historyreader.h"
#include "core/history/historysql.h"
#include "core/history/resultexport.h"
#include "support/historyfixtures.h"
#include "tst_history.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <functional>

namespace {

// A connection of the test's own to `path`, closed and removed when it goes.
class Inspector
{
public:
    explicit Inspector(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Inspector()
    {
        QSqlDatabase::database(name(), false).close();
        QSqlDatabase::removeDatabase(name());
    }
    Inspector(const Inspector &) = delete;
    Inspector &operator=(const Inspector &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    // Each row's values of `sql` (bound to `values`), the columns joined by '|'.
    [[nodiscard]] QStringList rows(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QStringList result;
        if (!query.exec())
            return {QStringLiteral("error: ") + query.lastError().text()};
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            result.append(columns.join(u'|'));
        }
        return result;
    }
    // The plan's lines ("SEARCH checks USING INDEX ...").
    [[nodiscard]] QStringList plan(const HistorySql::Statement &statement) const
    {
        QStringList details;
        for (const QString &row : rows(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql, statement.values))
            details.append(row.section(u'|', 3));
        return details;
    }
    [[nodiscard]] int userVersion() const { return rows(QStringLiteral("PRAGMA user_version")).value(0).toInt(); }

    static QString name() { return QStringLiteral("tst-history-inspector"); }

private:
    bool m_open = false;
};

// A history of version 1 with two entries, its user_version then set to `userVersion`.
void writeSchemaOne(const QString &path, int userVersion)
{
    Inspector db(path);
    QVERIFY(db.isOpen());
    QVERIFY(HistoryFixtures::createSchemaOne(QSqlDatabase::database(Inspector::name(), false)));
    const QStringList inserted = db.rows(QStringLiteral(
        "INSERT INTO checks (checked_at, profile, endpoint, origin_region, access_region, bandwidth, concurrent, "
        "can_create, source) VALUES ('2024-01-01T10:00:00.000Z', 'ops', 'e', 'Hongkong', 'Tokyo', 10, 2, 1, "
        "'check'), ('2024-01-02T10:00:00.000Z', 'ops', 'e', 'Japan', 'Hongkong', 10, 2, NULL, 'cli')"));
    QVERIFY2(inserted.isEmpty(), qPrintable(inserted.join(u' ')));
    (void)db.rows(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
    QCOMPARE(db.userVersion(), userVersion);
}

const QStringList Origins{QStringLiteral("Hongkong"), QStringLiteral("Japan"), QStringLiteral("Europe")};
const QStringList Accesses{QStringLiteral("Hongkong"), QStringLiteral("Tokyo"), QStringLiteral("Shanghai"),
                           QStringLiteral("Guangzhou")};
const QDateTime Base = QDateTime::fromString(QStringLiteral("2025-03-01T00:00:00Z"), Qt::ISODate);

// Entry i: one of 71 times (so many share one, and they are recorded out of time order), every origin and
// access region pair (Hongkong to Hongkong among them), every outcome.
HistoryEntry numbered(int i)
{
    HistoryEntry entry;
    entry.checkedAt = Base.addSecs((i * 37) % 71);
    entry.profile = QStringLiteral("ops");
    entry.request.originRegion = Origins.at(i % Origins.size());
    entry.request.accessRegion = Accesses.at(i % Accesses.size());
    entry.request.bandwidth = 10;
    entry.request.concurrent = i + 1;
    if (i % 5 != 0)
        entry.canCreate = i % 2 == 0;
    else
        entry.errorCode = QStringLiteral("InternalError");
    entry.source = QStringLiteral("matrix");
    return entry;
}

bool matches(const HistoryFilter &filter, const HistoryEntry &entry)
{
    using Outcome = HistoryFilter::Outcome;
    const bool outcome = filter.outcome == Outcome::Any
                         || (filter.outcome == Outcome::Error
                                 ? !entry.canCreate
                                 : entry.canCreate && *entry.canCreate == (filter.outcome == Outcome::CanCreate));
    return outcome
           && (filter.region.isEmpty() || entry.request.originRegion == filter.region
               || entry.request.accessRegion == filter.region)
           && (!filter.since.isValid() || entry.checkedAt >= filter.since);
}

QList<qint64> idsOf(const QList<HistoryEntry> &entries)
{
    QList<qint64> ids;
    for (const HistoryEntry &entry : entries)
        ids.append(entry.id);
    return ids;
}

} // namespace

void tst_History::filtersUseIndexes_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("since");
    QTest::addColumn<bool>("until");
    QTest::addColumn<bool>("nextPage");
    using O = HistoryFilter::Outcome;
    const QString hk = QStringLiteral("Hongkong");
    QTest::newRow("none") << QString() << int(O::Any) << false << false << false;
    QTest::newRow("none, next page") << QString() << int(O::Any) << false << false << true;
    QTest::newRow("region") << hk << int(O::Any) << false << false << false;
    QTest::newRow("region, next page") << hk << int(O::Any) << false << false << true;
    QTest::newRow("can") << QString() << int(O::CanCreate) << false << false << false;
    QTest::newRow("cannot") << QString() << int(O::CannotCreate) << false << false << false;
    QTest::newRow("error, next page") << QString() << int(O::Error) << false << false << true;
    QTest::newRow("since") << QString() << int(O::Any) << true << false << false;
    QTest::newRow("since and until") << QString() << int(O::Any) << true << true << false;
    QTest::newRow("until, next page") << QString() << int(O::Any) << false << true << true;
    QTest::newRow("outcome and since") << QString() << int(O::CanCreate) << true << false << false;
    QTest::newRow("all of them") << hk << int(O::Error) << true << true << true;
}

// Without an index per filter, SQLite walks the whole table in time order and keeps what matches (half a
// second per key typed over a million entries); with one select and OR over two indexes, it reads every
// match and sorts them for each page. Here: no filtered statement scans the table, no page sorts, and each
// search uses the index of a region or outcome filter when there is one.
void tst_History::filtersUseIndexes()
{
    QFETCH(QString, region);
    QFETCH(int, outcome);
    QFETCH(bool, since);
    QFETCH(bool, until);
    QFETCH(bool, nextPage);
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store(path);
        QVERIFY(store.isAvailable());
    }
    HistoryFilter filter;
    filter.region = region;
    filter.outcome = static_cast<HistoryFilter::Outcome>(outcome);
    if (since)
        filter.since = Base;
    if (until)
        filter.until = Base.addDays(7);
    if (nextPage)
        filter.after = HistoryPosition{Base.addDays(1), 42};
    filter.limit = 201;
    const bool filtered = !region.isEmpty() || outcome != 0 || since || until || nextPage;

    Inspector db(path);
    QVERIFY(db.isOpen());
    const QStringList select = db.plan(HistorySql::select(filter));
    const QStringList count = db.plan(HistorySql::count(filter));
    QVERIFY2(!select.isEmpty() && !count.isEmpty(), qPrintable((select + count).join(u'\n')));
    const QRegularExpression tableScan(QStringLiteral("^SCAN (TABLE )?checks\\b"));
    for (const QString &line : select) {
        QVERIFY2(!line.contains(QLatin1String("TEMP B-TREE")), qPrintable(select.join(u'\n')));
        QVERIFY2(!filtered || !tableScan.match(line).hasMatch(), qPrintable(select.join(u'\n')));
    }
    for (const QString &line : count)
        QVERIFY2(!filtered || !tableScan.match(line).hasMatch(), qPrintable(count.join(u'\n')));
    // And each search uses the index of a filter that picks entries by value (region or outcome) when there
    // is one: a time range or a next page alone can still cover nearly everything.
    QStringList picking;
    if (!region.isEmpty())
        picking << QStringLiteral("checks_origin_region") << QStringLiteral("checks_access_region");
    if (outcome != 0)
        picking << QStringLiteral("checks_can_create");
    if (picking.isEmpty())
        picking << QStringLiteral("checks_checked_at");
    for (const QString &line : select + (filtered ? count : QStringList())) {
        const QStringList words = line.split(u' ');
        if (words.contains(QLatin1String("checks")))
            QVERIFY2(std::any_of(picking.cbegin(), picking.cend(),
                                 [&words](const QString &index) { return words.contains(index); }),
                     qPrintable(line));
    }
}

void tst_History::pagesNeitherSkipNorRepeat_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("since");
    QTest::newRow("every entry") << QString() << int(HistoryFilter::Outcome::Any) << false;
    QTest::newRow("region") << QStringLiteral("Hongkong") << int(HistoryFilter::Outcome::Any) << false;
    QTest::newRow("outcome") << QString() << int(HistoryFilter::Outcome::Error) << false;
    QTest::newRow("all three") << QStringLiteral("Hongkong") << int(HistoryFilter::Outcome::CanCreate) << true;
}

// 500 entries on 71 distinct times, read 37 at a time: the pages put together are exactly the matching
// entries, newest first (equal times: the higher id first), each once, as the count says.
void tst_History::pagesNeitherSkipNorRepeat()
{
    QFETCH(QString, region);
    QFETCH(int, outcome);
    QFETCH(bool, since);
    HistoryStore store(m_dir->filePath(QStringLiteral("history.sqlite")));
    QList<HistoryEntry> expected;
    for (int i = 0; i < 500; ++i) {
        HistoryEntry entry = numbered(i);
        QVERIFY(store.record(entry));
        expected.append(entry);
    }
    HistoryFilter filter;
    filter.region = region;
    filter.outcome = static_cast<HistoryFilter::Outcome>(outcome);
    if (since)
        filter.since = Base.addSecs(20);
    expected.removeIf([&filter](const HistoryEntry &entry) { return !matches(filter, entry); });
    std::sort(expected.begin(), expected.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.checkedAt != b.checkedAt ? a.checkedAt > b.checkedAt : a.id > b.id;
    });
    QVERIFY(expected.size() > 37 * 2);

    QList<HistoryEntry> paged;
    filter.limit = 37;
    for (int pages = 0; pages < 100; ++pages) {
        const QList<HistoryEntry> page = store.entries(filter);
        paged.append(page);
        if (page.size() < filter.limit)
            break;
        filter.after = HistoryPosition::of(page.constLast());
    }
    QCOMPARE(idsOf(paged), idsOf(expected));
    filter.after.reset();
    filter.limit = HistoryFilter::NoLimit;
    QCOMPARE(idsOf(store.entries(filter)), idsOf(expected));
    QCOMPARE(store.count(filter), qint64(expected.size()));
}

// A history written before version 2 opens with its entries, gets the filters' indexes and version 2.
void tst_History::schemaOneIsUpgraded()
{
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    writeSchemaOne(path, 1);
    {
        HistoryStore store(path);
        QVERIFY2(store.isAvailable(), qPrintable(store.problem()));
        const QList<HistoryEntry> entries = store.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).source, QStringLiteral("cli"));
        HistoryFilter filter;
        filter.region = QStringLiteral("Hongkong");
        QCOMPARE(store.count(filter), qint64(2));
        HistoryEntry next = numbered(1);
        QVERIFY(store.record(next));
    }
    Inspector db(path);
    QCOMPARE(db.userVersion(), HistorySql::SchemaVersion);
    QVERIFY(db.userVersion() >= 2); // an older app refuses the file now rather than run without the indexes
    const QStringList indexes =
        db.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'checks'"));
    for (const char *name : {"checks_checked_at", "checks_origin_region", "checks_access_region", "checks_can_create"})
        QVERIFY2(indexes.contains(QLatin1String(name)), qPrintable(indexes.join(u' ')));
    HistoryFilter filter;
    filter.region = QStringLiteral("Tokyo");
    for (const QString &line : db.plan(HistorySql::select(filter)))
        QVERIFY2(!line.startsWith(QLatin1String("SCAN")), qPrintable(line));
}

// A file from a later version is left alone, as before: not available, and said why.
void tst_History::newerSchemaIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    writeSchemaOne(path, HistorySql::SchemaVersion + 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history unavailable")));
    HistoryStore store(path);
    QVERIFY(!store.isAvailable());
    QVERIFY2(store.problem().contains(QLatin1String("newer version")), qPrintable(store.problem()));
    Inspector db(path);
    QCOMPARE(db.userVersion(), HistorySql::SchemaVersion + 1);
    QVERIFY(db.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'checks_origin_region'")).isEmpty());
}

// Reads on its own thread, answers on the caller's; a discarded request never answers; a history that
// cannot be opened answers with its problem.
void tst_History::readerAnswersOnItsCallersThread()
{
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(path);
    for (int i = 0; i < 30; ++i) {
        HistoryEntry entry = numbered(i);
        QVERIFY(store.record(entry));
    }
    HistoryReader reader(path);
    QList<quint64> tickets;
    QList<qsizetype> sizes;
    QList<qint64> counts;
    bool onCallersThread = true;
    connect(&reader, &HistoryReader::entriesRead, this, [&](quint64 ticket, const QList<HistoryEntry> &entries) {
        onCallersThread = onCallersThread && QThread::currentThread() == thread();
        tickets.append(ticket);
        sizes.append(entries.size());
    });
    connect(&reader, &HistoryReader::counted, this, [&](quint64 ticket, qint64 count) {
        onCallersThread = onCallersThread && QThread::currentThread() == thread();
        tickets.append(ticket);
        counts.append(count);
    });
    HistoryFilter filter;
    filter.limit = 7;
    const quint64 discarded = reader.readEntries(filter);
    reader.discardPending();
    const quint64 page = reader.readEntries(filter);
    filter.region = QStringLiteral("Tokyo");
    const quint64 count = reader.count(filter);
    QTRY_COMPARE(tickets.size(), 2);
    QVERIFY(onCallersThread);
    QCOMPARE(tickets, (QList<quint64>{page, count}));
    QVERIFY(!tickets.contains(discarded));
    QCOMPARE(sizes, QList<qsizetype>{7});
    QCOMPARE(counts, QList<qint64>{store.count(filter)});

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history unavailable")));
    HistoryReader broken(m_dir->path()); // a folder, not a database
    QSignalSpy failed(&broken, &HistoryReader::failed);
    const quint64 ticket = broken.count({});
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<quint64>(), ticket);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
}

// File > Export of the history: every matching entry, streamed, the same text as the whole export.
void tst_History::exportWritesEveryMatchingEntry()
{
    HistoryStore store(m_dir->filePath(QStringLiteral("history.sqlite")));
    for (int i = 0; i < 120; ++i) {
        HistoryEntry entry = numbered(i);
        QVERIFY(store.record(entry));
    }
    HistoryFilter filter;
    filter.region = QStringLiteral("Hongkong");
    filter.limit = HistoryFilter::NoLimit;
    const QList<HistoryEntry> entries = store.entries(filter);
    QVERIFY(entries.size() > 50);
    for (const bool json : {false, true}) {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(ResultExport::writeHistory(store, filter, json, buffer), qint64(entries.size()));
        QCOMPARE(buffer.data(), json ? ResultExport::historyJson(entries) : ResultExport::historyCsv(entries));
        QBuffer closed; // takes nothing
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
        QCOMPARE(ResultExport::writeHistory(store, filter, json, closed), -1);
    }
    filter.region = QStringLiteral("Nowhere");
    QBuffer empty;
    QVERIFY(empty.open(QIODevice::WriteOnly));
    QCOMPARE(ResultExport::writeHistory(store, filter, true, empty), 0);
    QCOMPARE(empty.data(), ResultExport::historyJson({}));
}
