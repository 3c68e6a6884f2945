#pragma once

#include <QSqlDatabase>

// The history database as version 1 of the app wrote it, before the filters had indexes: the table and its
// time index, user_version 1. For the upgrade test (tst_history) and the benchmark's "before" figures
// (bench_history).
namespace HistoryFixtures {

// Creates that schema in the open, empty database `db`; false when a statement fails.
bool createSchemaOne(const QSqlDatabase &db);

} // namespace HistoryFixtures
