#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// CSV as RFC 4180 writes it (CRLF line ends), safe to open in a spreadsheet: the one CSV writer of the
// exports and of the CLI's --output csv.
namespace CsvText {

// One field. Quoted when it holds a comma, a quote or a line break. A field a spreadsheet would run as a
// formula (starting with =, +, -, @, a tab or a carriage return; a plain number is not one) is written
// with an apostrophe in front, and quoted: "'=1+1".
[[nodiscard]] QString field(const QString &value);
// One row of fields, ended with CRLF.
[[nodiscard]] QString line(const QStringList &fields);
// The header row and the rows, each line ended with CRLF.
[[nodiscard]] QString document(const QStringList &header, const QList<QStringList> &rows);

} // namespace CsvText
