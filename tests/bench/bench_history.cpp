// History at scale: a history of 1,000,000 checks (50 origins and 20 access regions, a few of them common
// and most rare, over a year), then the time of each filter (first page, next page, count), of opening the
// History window (offscreen: to its first page and to its count), of fetching its next page, of recording
// one check, the longest the GUI thread was blocked while a region is typed key by key, and File > Export of
// every entry. For comparison, the statements of version 1 on the version-1 file (what each key cost
// before), and the one-time upgrade.
// Prints figures; not a pass/fail test, but exits 1 when something does not work at all.
//   build/<preset>/tests/bench/bench_history [entries] [runs]     (default 1000000 entries, 5 runs)
// Cold: the database file dropped from the OS file cache (posix_fadvise DONTNEED, Linux) and a new
// connection; warm: the same again right after. Figures are medians over the runs, with the worst.
#include "core/history/historystore.h"
#include "core/history/resultexport.h"
#include "support/historyfixtures.h"
#include "ui/history/historymodel.h"
#include "ui/history/historywindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <vector>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

const QString Common = QStringLiteral("Hongkong"); // the most frequent origin and access region
const QString Rare = QStringLiteral("Antarctica"); // the origin of one entry in 10,000
constexpr int Page = HistoryModel::PageSize;

struct Figures
{
    std::vector<double> ms;
    void add(double value) { ms.push_back(value); }
    [[nodiscard]] double median() const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.empty() ? 0 : sorted[sorted.size() / 2];
    }
    [[nodiscard]] double worst() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return elapsedMs(timer);
}

// Drops the database and its write-ahead log from the OS file cache (a no-op elsewhere than Linux).
void evict(const QString &path)
{
#ifdef Q_OS_LINUX
    for (const QString &name : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const int fd = ::open(QFile::encodeName(name).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        (void)::fdatasync(fd);
        (void)::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

// A raw connection for writing the data and running the statements of version 1.
class Connection
{
public:
    explicit Connection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(QStringLiteral("bench"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] static QSqlDatabase db() { return QSqlDatabase::database(QStringLiteral("bench"), false); }

private:
    bool m_open = false;
};

// Writes `count` entries into a version-1 file in one transaction with one prepared insert. Origins follow
// 1/rank over 50 names (Hongkong first), access regions over 20 (Hongkong first too); 70 % can be created,
// 25 % cannot, 5 % failed; times spread over the year up to now, in recording order.
bool writeHistory(const QString &path, int count)
{
    Connection connection(path);
    QSqlDatabase db = Connection::db();
    if (!connection.isOpen() || !HistoryFixtures::createSchemaOne(db) || !db.transaction())
        return false;
    const auto names = [](const QString &prefix, int n) {
        QStringList list{Common};
        std::vector<double> weights{1.0};
        for (int i = 1; i < n; ++i) {
            list.append(QStringLiteral("%1%2").arg(prefix).arg(i, 2, 10, QLatin1Char('0')));
            weights.push_back(1.0 / (i + 1));
        }
        return std::pair{list, std::discrete_distribution<int>(weights.begin(), weights.end())};
    };
    auto [origins, originPick] = names(QStringLiteral("Origin"), 50);
    auto [accesses, accessPick] = names(QStringLiteral("Access"), 20);
    std::mt19937 random(14);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO checks (checked_at, profile, endpoint, origin_region, access_region, "
                                  "bandwidth, concurrent, ip_version, network_type, package_type, can_create, "
                                  "error_code, request_id, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const qint64 span = 365LL * 24 * 3600 * 1000;
    for (int i = 0; i < count; ++i) {
        const int outcome = static_cast<int>(random() % 100);
        const QVariant flag = outcome < 70 ? QVariant(1) : outcome < 95 ? QVariant(0) : QVariant();
        insert.addBindValue(end.addMSecs(-span + span / count * i).toString(Qt::ISODateWithMs));
        insert.addBindValue(QStringLiteral("ops"));
        insert.addBindValue(QStringLiteral("gaap.tencentcloudapi.com"));
        insert.addBindValue(i % 10000 == 5000 ? Rare : origins.at(originPick(random)));
        insert.addBindValue(accesses.at(accessPick(random)));
        insert.addBindValue(10 * (1 + static_cast<int>(random() % 10)));
        insert.addBindValue(2 + static_cast<int>(random() % 3));
        insert.addBindValue(QStringLiteral("IPv4"));
        insert.addBindValue(QStringLiteral("normal"));
        insert.addBindValue(QStringLiteral("Thunder"));
        insert.addBindValue(flag);
        insert.addBindValue(flag.isNull() ? QVariant(QStringLiteral("InternalError")) : QVariant());
        insert.addBindValue(QStringLiteral("req-%1").arg(i));
        insert.addBindValue(QStringLiteral("matrix"));
        if (!insert.exec())
            return false;
    }
    return db.commit() && QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
}

struct NamedFilter
{
    const char *name;
    HistoryFilter filter;
};

QList<NamedFilter> filters()
{
    HistoryFilter none, little, much, outcome, week, combined;
    little.region = Rare;
    much.region = Common;
    outcome.outcome = HistoryFilter::Outcome::Error;
    week.since = QDateTime::currentDateTimeUtc().addDays(-7);
    combined.region = Common;
    combined.outcome = HistoryFilter::Outcome::CannotCreate;
    combined.since = QDateTime::currentDateTimeUtc().addDays(-30);
    return {{"none (the window's default)", none},
            {"region matching little (Antarctica)", little},
            {"region matching much (Hongkong)", much},
            {"outcome failed", outcome},
            {"since one week", week},
            {"Hongkong + cannot + 30 days", combined}};
}

// Runs `work` on a fresh store `runs` times cold and `runs` times warm.
std::pair<Figures, Figures> coldAndWarm(const QString &path, int runs,
                                        const std::function<void(const HistoryStore &)> &work)
{
    Figures cold, warm;
    for (int run = 0; run < runs; ++run) {
        evict(path);
        const HistoryStore store(path);
        cold.add(timed([&] { work(store); }));
        warm.add(timed([&] { work(store); }));
    }
    return {cold, warm};
}

void print(const char *what, const std::pair<Figures, Figures> &figures)
{
    std::printf("  %-44s cold %8.1f ms (worst %8.1f)   warm %7.1f ms (worst %7.1f)\n", what, figures.first.median(),
                figures.first.worst(), figures.second.median(), figures.second.worst());
}

void benchFilters(const QString &path, int runs)
{
    std::printf("filters (HistoryStore on the reading thread's side: %d entries + 1 per page, keyset paging)\n", Page);
    for (const NamedFilter &named : filters()) {
        HistoryFilter page = named.filter;
        page.limit = Page + 1;
        qint64 matching = 0;
        std::printf(" %s\n", named.name);
        print("first page", coldAndWarm(path, runs, [&](const HistoryStore &s) { (void)s.entries(page); }));
        print("next page", coldAndWarm(path, runs, [&](const HistoryStore &s) {
                  HistoryFilter next = page;
                  const QList<HistoryEntry> first = s.entries(page);
                  if (!first.isEmpty())
                      next.after = HistoryPosition::of(first.constLast());
                  (void)s.entries(next);
              }));
        print("count", coldAndWarm(path, runs, [&](const HistoryStore &s) { matching = s.count(named.filter); }));
        std::printf("  %-44s %lld\n", "matching entries", static_cast<long long>(matching));
    }
}

// Version 1's statements for a region on the version-1 file: what the window ran for each key typed.
void benchVersionOne(const QString &path, int runs)
{
    std::printf("before: version 1 (no filter indexes; the window read up to 10,000 entries and counted them)\n");
    for (const QString &region : {Rare, Common}) {
        Figures cold, warm;
        for (int run = 0; run < runs; ++run) {
            evict(path);
            Connection connection(path);
            for (Figures *figures : {&cold, &warm}) {
                figures->add(timed([&] {
                    QSqlQuery query(Connection::db());
                    query.setForwardOnly(true);
                    query.prepare(QStringLiteral("SELECT * FROM checks WHERE (origin_region = ? OR access_region = "
                                                 "?) ORDER BY checked_at DESC, id DESC LIMIT 10000"));
                    query.addBindValue(region);
                    query.addBindValue(region);
                    if (query.exec())
                        while (query.next()) {}
                    query.prepare(
                        QStringLiteral("SELECT COUNT(*) FROM checks WHERE (origin_region = ? OR access_region = ?)"));
                    query.addBindValue(region);
                    query.addBindValue(region);
                    (void)query.exec();
                }));
            }
        }
        const QByteArray what = QStringLiteral("region %1: list + count").arg(region).toUtf8();
        print(what.constData(), {cold, warm});
    }
}

// The longest gap between two beats of a 5 ms timer on the GUI thread: how long it could not paint or
// take a key.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, elapsedMs(m_since));
            m_since.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
    }
    [[nodiscard]] double longest() const { return std::max(m_longest, elapsedMs(m_since)); }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 60000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

struct WindowFigures
{
    Figures construct, firstPage, count, nextPage, close, blocked;
};

// Opens the window on the default filter (every entry) to its first page and its count, fetches the next
// page, closes it; the longest GUI-thread block through all of it.
bool openWindow(HistoryStore &store, WindowFigures &figures)
{
    Heartbeat heartbeat;
    heartbeat.start();
    QElapsedTimer timer;
    timer.start();
    auto *window = new HistoryWindow(&store);
    window->show();
    figures.construct.add(elapsedMs(timer));
    HistoryModel *model = window->model();
    if (!waitFor([model] { return model->rowCount() > 0; }))
        return false;
    figures.firstPage.add(elapsedMs(timer));
    if (!waitFor([model] { return model->matchingCount().has_value(); }))
        return false;
    figures.count.add(elapsedMs(timer));
    timer.restart();
    model->fetchMore({});
    if (!waitFor([model] { return model->rowCount() >= 2 * Page; }))
        return false;
    figures.nextPage.add(elapsedMs(timer));
    figures.close.add(timed([window] { delete window; }));
    figures.blocked.add(heartbeat.longest());
    return true;
}

// Types `text` into the region filter, one key every `keyMs`, then waits for the count of the whole text;
// the longest GUI-thread block from the first key to that count, and the time from the last key to it.
bool typeRegion(HistoryWindow &window, const QString &text, int keyMs, Figures &blocked, Figures &settle)
{
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("regionEdit"));
    HistoryModel *model = window.model();
    const auto settledOn = [model](const QString &region) {
        return [model, region] { return model->filter().region == region && model->matchingCount().has_value(); };
    };
    edit->clear();
    window.reload();
    if (!waitFor(settledOn(QString())))
        return false;
    Heartbeat heartbeat;
    heartbeat.start();
    QElapsedTimer timer;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0)
            (void)waitFor([&timer, keyMs] { return timer.elapsed() >= keyMs; });
        QTest::keyClick(edit, text.at(i).toLatin1());
        timer.start();
    }
    if (!waitFor(settledOn(text)))
        return false;
    settle.add(elapsedMs(timer));
    blocked.add(heartbeat.longest());
    return true;
}

bool benchWindow(const QString &path, int runs)
{
    HistoryStore store(path); // the app opens its store at start
    WindowFigures cold, warm;
    for (int run = 0; run < runs; ++run) {
        evict(path);
        if (!openWindow(store, cold) || !openWindow(store, warm))
            return false;
    }
    std::printf("History window (offscreen; the store already open, as in the app)\n");
    const auto line = [](const char *what, const Figures &c, const Figures &w) { print(what, {c, w}); };
    line("constructor + show (GUI thread)", cold.construct, warm.construct);
    line("to the first page shown", cold.firstPage, warm.firstPage);
    line("to the count shown", cold.count, warm.count);
    line("fetchMore() to the next page", cold.nextPage, warm.nextPage);
    line("close (waits for the reading thread)", cold.close, warm.close);
    line("longest GUI-thread block, all of it", cold.blocked, warm.blocked);
    return true;
}

bool benchTyping(const QString &path, int runs)
{
    constexpr int KeyMs = 250; // slower than the 200 ms pause that starts a reload: every key filters
    HistoryStore store(path);
    std::printf("typing a region key by key into the window (one key every %d ms; every key filters)\n", KeyMs);
    for (const QString &region : {Rare, Common}) {
        Figures coldBlocked, warmBlocked, coldSettle, warmSettle;
        for (int run = 0; run < runs; ++run) {
            HistoryWindow window(&store);
            window.show();
            evict(path);
            if (!typeRegion(window, region, KeyMs, coldBlocked, coldSettle)
                || !typeRegion(window, region, KeyMs, warmBlocked, warmSettle))
                return false;
        }
        std::printf(" %s\n", qPrintable(region));
        print("longest GUI-thread block", {coldBlocked, warmBlocked});
        print("last key to its count (200 ms pause incl.)", {coldSettle, warmSettle});
    }
    return true;
}

void benchRecord(const QString &path)
{
    HistoryStore store(path);
    Figures figures;
    for (int i = 0; i < 50; ++i) {
        HistoryEntry entry;
        entry.profile = QStringLiteral("ops");
        entry.endpoint = QStringLiteral("gaap.tencentcloudapi.com");
        entry.request.originRegion = Common;
        entry.request.accessRegion = QStringLiteral("Access07");
        entry.request.bandwidth = 10;
        entry.request.concurrent = 2;
        entry.canCreate = true;
        entry.source = QStringLiteral("check");
        figures.add(timed([&] { (void)store.record(entry); }));
    }
    std::printf("recording one check (HistoryStore::record, 50 checks): median %.2f ms, worst %.2f ms\n",
                figures.median(), figures.worst());
}

// File > Export of every entry: streamed from the database to the file, on the thread that asks (the GUI's).
void benchExport(const QString &path, const QString &folder)
{
    HistoryStore store(path);
    HistoryFilter every;
    every.limit = HistoryFilter::NoLimit;
    for (const bool json : {false, true}) {
        QSaveFile file(folder + (json ? QStringLiteral("/export.json") : QStringLiteral("/export.csv")));
        qint64 written = -1;
        const double ms = timed([&] {
            if (file.open(QIODevice::WriteOnly))
                written = ResultExport::writeHistory(store, every, json, file);
            (void)file.commit();
        });
        std::printf("File > Export of every entry as %s (streamed): %lld entries in %.1f s, %.0f MiB\n",
                    json ? "JSON" : "CSV", static_cast<long long>(written), ms / 1000,
                    static_cast<double>(QFileInfo(file.fileName()).size()) / (1 << 20));
    }
}

QtMessageHandler g_messageHandler = nullptr; // Qt's, while quietPlatform() is installed

// Keeps the offscreen platform's "does not support propagateSizeHints()" out of the figures.
void quietPlatform(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_messageHandler && !message.contains(QLatin1String("This plugin does not support")))
        g_messageHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_messageHandler = qInstallMessageHandler(quietPlatform);
    QApplication application(argc, argv);
    const int entries = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    std::printf("bench_history: %d entries, %d runs, Qt %s, %s\n", entries, runs, qVersion(), qPrintable(path));

    const double written = timed([&] {
        if (!writeHistory(path, entries))
            std::exit(1);
    });
    std::printf("written as version 1 in %.1f s (one transaction, one prepared insert), %.0f MiB\n", written / 1000,
                static_cast<double>(QFileInfo(path).size()) / (1 << 20));
    benchVersionOne(path, runs);
    evict(path);
    bool upgraded = false;
    const double upgrade = timed([&] { upgraded = HistoryStore(path).isAvailable(); });
    if (!upgraded)
        return 1;
    std::printf("upgrade to version 2 on the first open (builds 3 indexes, once; cold): %.1f s, %.0f MiB\n",
                upgrade / 1000, static_cast<double>(QFileInfo(path).size()) / (1 << 20));
    benchFilters(path, runs);
    if (!benchWindow(path, runs) || !benchTyping(path, runs))
        return 1;
    benchRecord(path);
    benchExport(path, dir.path());
    return 0;
}
