#pragma once

#include "core/history/historystore.h"
#include "core/session/matrixrun.h"

#include <QByteArray>
#include <QList>

// Matrix cells and history entries as CSV (RFC 4180, UTF-8, header row) and JSON (an array of objects
// with the API's field names), for files and for scripts (tests/support/exportreaders.h reads them back).
namespace ResultExport {

[[nodiscard]] QByteArray matrixCsv(const MatrixRequest &request, const QList<MatrixCell> &cells);
[[nodiscard]] QByteArray matrixJson(const MatrixRequest &request, const QList<MatrixCell> &cells);
[[nodiscard]] QByteArray historyCsv(const QList<HistoryEntry> &entries);
[[nodiscard]] QByteArray historyJson(const QList<HistoryEntry> &entries);

} // namespace ResultExport
