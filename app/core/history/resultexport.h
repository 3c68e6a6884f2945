#pragma once

#include "core/history/historystore.h"
#include "core/session/matrixrun.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

// Matrix cells and history entries as CSV (RFC 4180, UTF-8, header row) and JSON (an array of objects
// with the API's field names), for files and for scripts (tests/support/exportreaders.h reads them back).
namespace ResultExport {

[[nodiscard]] QByteArray matrixCsv(const MatrixRequest &request, const QList<MatrixCell> &cells);
[[nodiscard]] QByteArray matrixJson(const MatrixRequest &request, const QList<MatrixCell> &cells);
[[nodiscard]] QByteArray historyCsv(const QList<HistoryEntry> &entries);
[[nodiscard]] QByteArray historyJson(const QList<HistoryEntry> &entries);

// The same history text piece by piece, for a history too long to hold (gaap-capacity-cli history):
// the CSV header line and one line per entry; the JSON array's opening, one element (each but the first
// preceded by the separator), and its end. Put together they give exactly historyCsv() / historyJson().
[[nodiscard]] QByteArray historyCsvHeader();
[[nodiscard]] QByteArray historyCsvLine(const HistoryEntry &entry);
[[nodiscard]] QByteArray historyJsonStart();
[[nodiscard]] QByteArray historyJsonElement(const HistoryEntry &entry, bool first);
[[nodiscard]] QByteArray historyJsonEnd(bool empty);

// Writes every entry of `store` that matches `filter` (up to its limit) to `device`, exactly as historyJson()
// or historyCsv() of them would, reading and writing one entry at a time. The number of entries written, or
// -1 when the history could not be read or `device` did not take the text.
[[nodiscard]] qint64 writeHistory(const HistoryStore &store, const HistoryFilter &filter, bool json, QIODevice &device);

} // namespace ResultExport
