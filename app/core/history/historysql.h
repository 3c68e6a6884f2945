#pragma once

#include "core/history/historystore.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

// The history's SQL: its schema and the statements that read it. Every filter is served by an index
// that also gives the newest-first order, so a page of a million entries reads about a page of rows and
// a count reads only the matching index entries (tst_history checks the plans with EXPLAIN QUERY PLAN).
namespace HistorySql {

// 1: the table and checks_checked_at. 2: an index per filter, (column, checked_at).
inline constexpr int SchemaVersion = 2;

// The statements that bring a database of any earlier version (or none) to SchemaVersion; each one does
// nothing when its part is already there, so running them on every open is cheap.
[[nodiscard]] QStringList schemaStatements();

struct Statement
{
    QString sql;
    QVariantList values; // bound in order
};

// The entries that match `filter`, newest first, at most filter.limit of them; rows for readEntry().
// A region filter is two indexed selects (origin, then access region without the origin's matches)
// merged in order, not one select with OR: with OR, SQLite reads every matching entry and sorts them.
[[nodiscard]] Statement select(const HistoryFilter &filter);
// How many entries match `filter`, its limit aside: one row, one value.
[[nodiscard]] Statement count(const HistoryFilter &filter);
// The entry in the current row of a select() query.
[[nodiscard]] HistoryEntry readEntry(const QSqlQuery &query);
// A time as the database holds it: UTC, ISO 8601 with milliseconds, so that text order is time order.
[[nodiscard]] QString isoUtc(const QDateTime &time);

} // namespace HistorySql
