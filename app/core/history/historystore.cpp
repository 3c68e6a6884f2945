#include "core/history/historystore.h"

#include "core/common/logging.h"
#include "core/history/historysql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <utility>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("gaap-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A fixed application directory, as AppSettings has a fixed name: the app ("gaap-capacity") and the CLI
// ("gaap-capacity-cli") share one history. AppDataLocation is <base>/<organization>/<application>.
QString defaultPath()
{
    const QString application = QCoreApplication::applicationName();
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!application.isEmpty() && dir.endsWith(u'/' + application))
        dir = dir.left(dir.size() - application.size()) + QStringLiteral("gaap-capacity");
    return dir + QStringLiteral("/history.sqlite");
}

// Write-ahead log: readers never block the writer, and a process killed mid-write (kill -9) leaves every
// committed entry (NORMAL sync is safe for that in WAL mode). The mode is kept in the file, so only the first
// opener switches it; when several open a new file at once, the loser of that race finds it switched.
void useWriteAheadLog(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
        && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
        && !query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        qCDebug(lcGaapHistory) << "write-ahead log not switched on here:" << query.lastError().text();
    (void)query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

// The schema version the file has (0: a new file). Its statement is over when this returns: one still
// reading would keep a read snapshot open, and the upgrade's write lock could then never be granted.
int schemaVersion(const QSqlDatabase &db, QString *failure)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *failure = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

// Brings the schema from `version` to HistorySql::SchemaVersion (from 1: builds the filters' indexes, about
// a second per million entries, once), in one transaction; the error's text, empty when it worked. The
// transaction takes the write lock first (IMMEDIATE): several processes opening a new file at once then
// wait for each other instead of failing on a read snapshot another one's upgrade made stale.
QString upgradeSchema(const QSqlDatabase &db, int version)
{
    const bool upgrading = version < HistorySql::SchemaVersion;
    QStringList statements = HistorySql::schemaStatements();
    if (upgrading) {
        statements.prepend(QStringLiteral("BEGIN IMMEDIATE"));
        statements << QStringLiteral("PRAGMA user_version = %1").arg(HistorySql::SchemaVersion)
                   << QStringLiteral("COMMIT");
    }
    QSqlQuery query(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            const QString failure = query.lastError().text();
            if (upgrading)
                (void)query.exec(QStringLiteral("ROLLBACK"));
            return failure;
        }
    }
    if (upgrading && version > 0)
        qCInfo(lcGaapHistory) << "history upgraded from schema" << version << "to" << HistorySql::SchemaVersion;
    return {};
}

} // namespace

HistoryStore::HistoryStore(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{
    if (m_path.isEmpty())
        m_path = defaultPath();
    m_available = open();
    if (!m_available)
        qCWarning(lcGaapHistory) << "history unavailable:" << m_problem;
}

HistoryStore::~HistoryStore()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    } // the last QSqlDatabase for the connection is gone before it is removed
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryStore::open()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        m_problem = tr("The history database %1 cannot be created: the folder %2 cannot be made. Check that it is "
                       "writable. Checks still work; they are not recorded.")
                        .arg(shown, QDir::toNativeSeparators(file.absolutePath()));
        return false;
    }
    if (file.exists() && !file.isFile()) {
        m_problem = tr("The history database %1 is not a file. Move it away to start a new history. Checks still "
                       "work; they are not recorded.")
                        .arg(shown);
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Opening waits at most 2 s for a lock (the app must start); once open, a writer waits up to 10 s for
    // its turn, since the app and several CLIs write at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    QString failure;
    if (!db.open()) {
        failure = db.lastError().text();
    } else {
        useWriteAheadLog(db);
        const int version = schemaVersion(db, &failure);
        if (version > HistorySql::SchemaVersion) {
            m_problem = tr("The history database %1 was written by a newer version of this app. Use that version, or "
                           "move the file away to start a new history. Checks still work; they are not recorded.")
                            .arg(shown);
            return false;
        }
        if (failure.isEmpty())
            failure = upgradeSchema(db, version);
    }
    if (failure.isEmpty()) {
        (void)QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 10000")); // writers queue behind each other
        return true;
    }

    db.close();
    const QString lower = failure.toLower();
    if (lower.contains(QLatin1String("not a database")) || lower.contains(QLatin1String("malformed"))
        || lower.contains(QLatin1String("corrupt")))
        m_problem = tr("The history database %1 is damaged; move it away or delete it to start a new history. Checks "
                       "still work; they are not recorded.")
                        .arg(shown);
    else if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")))
        m_problem = tr("The history database %1 is locked by another program (another copy of this app?). Close it "
                       "and restart. Checks still work; they are not recorded.")
                        .arg(shown);
    else
        m_problem = tr("The history database %1 cannot be opened (%2). Check that the file and its folder are "
                       "writable. Checks still work; they are not recorded.")
                        .arg(shown, failure);
    return false;
}

bool HistoryStore::record(HistoryEntry &entry)
{
    if (!m_available)
        return false;
    if (!entry.checkedAt.isValid())
        entry.checkedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("INSERT INTO checks (checked_at, profile, endpoint, origin_region, access_region, "
                       "bandwidth, concurrent, group_id, ip_version, network_type, package_type, can_create, "
                       "error_code, request_id, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const CheckRequest &r = entry.request;
    query.addBindValue(HistorySql::isoUtc(entry.checkedAt));
    query.addBindValue(entry.profile);
    query.addBindValue(entry.endpoint);
    query.addBindValue(r.originRegion);
    query.addBindValue(r.accessRegion);
    query.addBindValue(r.bandwidth);
    query.addBindValue(r.concurrent);
    query.addBindValue(nullable(r.groupId));
    query.addBindValue(nullable(r.ipVersion));
    query.addBindValue(nullable(r.networkType));
    query.addBindValue(nullable(r.packageType));
    query.addBindValue(entry.canCreate ? QVariant(*entry.canCreate ? 1 : 0) : QVariant());
    query.addBindValue(nullable(entry.errorCode));
    query.addBindValue(nullable(entry.requestId));
    query.addBindValue(entry.source);
    if (!query.exec()) {
        qCWarning(lcGaapHistory) << "cannot record a check:" << query.lastError().text();
        return false;
    }
    entry.id = query.lastInsertId().toLongLong();
    return true;
}

QSqlQuery HistoryStore::run(const HistorySql::Statement &statement) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(statement.sql);
    for (const QVariant &value : statement.values)
        query.addBindValue(value);
    (void)query.exec(); // isActive() says whether it worked
    return query;
}

QList<HistoryEntry> HistoryStore::entries(const HistoryFilter &filter) const
{
    QList<HistoryEntry> result;
    forEach(filter, [&result](const HistoryEntry &entry) {
        result.append(entry);
        return true;
    });
    return result;
}

bool HistoryStore::forEach(const HistoryFilter &filter, const std::function<bool(const HistoryEntry &)> &visit) const
{
    if (!m_available)
        return false;
    QSqlQuery query = run(HistorySql::select(filter));
    if (!query.isActive()) {
        qCWarning(lcGaapHistory) << "cannot read the history:" << query.lastError().text();
        return false;
    }
    while (query.next()) {
        if (!visit(HistorySql::readEntry(query)))
            break;
    }
    return true;
}

qint64 HistoryStore::count(const HistoryFilter &filter) const
{
    if (!m_available)
        return -1;
    QSqlQuery query = run(HistorySql::count(filter));
    if (!query.isActive() || !query.next()) {
        qCWarning(lcGaapHistory) << "cannot count the history:" << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

bool HistoryStore::remove(const QList<qint64> &ids)
{
    if (!m_available)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM checks WHERE id = ?"));
    for (const qint64 id : ids) {
        query.bindValue(0, id);
        if (!query.exec()) {
            qCWarning(lcGaapHistory) << "cannot delete from the history:" << query.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool HistoryStore::clear()
{
    if (!m_available)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("DELETE FROM checks"))) {
        qCWarning(lcGaapHistory) << "cannot clear the history:" << query.lastError().text();
        return false;
    }
    return true;
}
