#include "support/historyfixtures.h"

#include <QSqlQuery>

namespace HistoryFixtures {

bool createSchemaOne(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("CREATE TABLE checks (id INTEGER PRIMARY KEY, checked_at TEXT NOT NULL, "
                                     "profile TEXT, endpoint TEXT, origin_region TEXT, access_region TEXT, "
                                     "bandwidth INTEGER, concurrent INTEGER, group_id TEXT, ip_version TEXT, "
                                     "network_type TEXT, package_type TEXT, can_create INTEGER NULL, "
                                     "error_code TEXT, request_id TEXT, source TEXT)"))
           && query.exec(QStringLiteral("CREATE INDEX checks_checked_at ON checks(checked_at)"))
           && query.exec(QStringLiteral("PRAGMA user_version = 1"));
}

} // namespace HistoryFixtures
