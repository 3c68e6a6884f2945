#pragma once

// Readers for what ResultExport (core/history/resultexport.h) writes, so tests can check exported
// files and the CLI's --format csv/json output field by field. Test-only: the product never reads
// its exports back.
#include "core/history/historystore.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace ExportReaders {

// The history JSON array back as entries; nullopt on malformed input.
[[nodiscard]] std::optional<QList<HistoryEntry>> historyFromJson(const QByteArray &json);
// RFC 4180 CSV (UTF-8, optional BOM) as rows of fields, the header row included; nullopt on malformed input.
[[nodiscard]] std::optional<QList<QStringList>> csvRows(const QByteArray &csv);

} // namespace ExportReaders
