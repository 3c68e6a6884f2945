#include "core/history/historysql.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const char *const Columns =
    "id, checked_at, profile, endpoint, origin_region, access_region, bandwidth, concurrent, "
    "group_id, ip_version, network_type, package_type, can_create, error_code, request_id, source";

// One indexed select of a filter: its WHERE clause (empty when it matches everything) and bound values.
struct Arm
{
    QStringList terms;
    QVariantList values;

    [[nodiscard]] QString where() const
    {
        return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
};

// The conditions every arm shares: outcome, time range and paging position.
void addSharedTerms(const HistoryFilter &filter, Arm &arm)
{
    switch (filter.outcome) {
    case HistoryFilter::Outcome::Any: break;
    case HistoryFilter::Outcome::CanCreate: arm.terms.append(QStringLiteral("can_create = 1")); break;
    case HistoryFilter::Outcome::CannotCreate: arm.terms.append(QStringLiteral("can_create = 0")); break;
    case HistoryFilter::Outcome::Error: arm.terms.append(QStringLiteral("can_create IS NULL")); break;
    }
    if (filter.since.isValid()) {
        arm.terms.append(QStringLiteral("checked_at >= ?"));
        arm.values << HistorySql::isoUtc(filter.since);
    }
    if (filter.until.isValid()) {
        arm.terms.append(QStringLiteral("checked_at <= ?"));
        arm.values << HistorySql::isoUtc(filter.until);
    }
    if (filter.after) {
        arm.terms.append(QStringLiteral("(checked_at, id) < (?, ?)")); // a row value: uses the index's order
        arm.values << HistorySql::isoUtc(filter.after->checkedAt) << filter.after->id;
    }
}

// One arm without a region; with one, the entries of that origin, then those of that access region whose
// origin is another (an entry from Hongkong to Hongkong is listed once).
QList<Arm> arms(const HistoryFilter &filter)
{
    QList<Arm> result;
    if (filter.region.isEmpty()) {
        result.append(Arm());
    } else {
        result.append(Arm{{QStringLiteral("origin_region = ?")}, {filter.region}});
        result.append(Arm{{QStringLiteral("access_region = ?"), QStringLiteral("origin_region IS NOT ?")},
                          {filter.region, filter.region}});
    }
    for (Arm &arm : result)
        addSharedTerms(filter, arm);
    return result;
}

} // namespace

namespace HistorySql {

QStringList schemaStatements()
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS checks ("
                           "id INTEGER PRIMARY KEY, checked_at TEXT NOT NULL, profile TEXT, endpoint TEXT, "
                           "origin_region TEXT, access_region TEXT, bandwidth INTEGER, concurrent INTEGER, "
                           "group_id TEXT, ip_version TEXT, network_type TEXT, package_type TEXT, "
                           "can_create INTEGER NULL, error_code TEXT, request_id TEXT, source TEXT)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS checks_checked_at ON checks(checked_at)"),
            // Version 2: each filter finds its entries already newest first (the rowid, that is the id,
            // ends every index entry, so equal times come in id order too).
            QStringLiteral("CREATE INDEX IF NOT EXISTS checks_origin_region ON checks(origin_region, checked_at)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS checks_access_region ON checks(access_region, checked_at)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS checks_can_create ON checks(can_create, checked_at)")};
}

Statement select(const HistoryFilter &filter)
{
    Statement statement;
    QStringList selects;
    for (const Arm &arm : arms(filter)) {
        selects.append(QStringLiteral("SELECT ") + QString::fromLatin1(Columns) + QStringLiteral(" FROM checks")
                       + arm.where());
        statement.values << arm.values;
    }
    statement.sql =
        selects.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY checked_at DESC, id DESC LIMIT ?");
    statement.values << (filter.limit == HistoryFilter::NoLimit ? -1 : qMax(0, filter.limit)); // -1: no limit
    return statement;
}

Statement count(const HistoryFilter &filter)
{
    Statement statement;
    QStringList counts;
    for (const Arm &arm : arms(filter)) {
        counts.append(QStringLiteral("(SELECT COUNT(*) FROM checks") + arm.where() + u')');
        statement.values << arm.values;
    }
    statement.sql = QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + "));
    return statement;
}

HistoryEntry readEntry(const QSqlQuery &query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.checkedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
    entry.profile = query.value(2).toString();
    entry.endpoint = query.value(3).toString();
    entry.request.originRegion = query.value(4).toString();
    entry.request.accessRegion = query.value(5).toString();
    entry.request.bandwidth = query.value(6).toLongLong();
    entry.request.concurrent = query.value(7).toLongLong();
    entry.request.groupId = query.value(8).toString();
    entry.request.ipVersion = query.value(9).toString();
    entry.request.networkType = query.value(10).toString();
    entry.request.packageType = query.value(11).toString();
    if (!query.value(12).isNull())
        entry.canCreate = query.value(12).toInt() != 0;
    entry.errorCode = query.value(13).toString();
    entry.requestId = query.value(14).toString();
    entry.source = query.value(15).toString();
    return entry;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace HistorySql
