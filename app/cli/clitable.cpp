#include "cli/clitable.h"

#include "core/common/csvtext.h"

#include <algorithm>

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
           || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
           || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int CliTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void CliTable::widen(QList<int> &widths, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i >= widths.size())
            widths.append(0);
        widths[i] = std::max(widths[i], displayWidth(cells.at(i)));
    }
}

QString CliTable::line(const QStringList &cells, const QList<int> &widths)
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        text += cells.at(i);
        if (i + 1 < cells.size())
            text += QString(widths.value(i) - displayWidth(cells.at(i)) + 2, u' ');
    }
    return text + u'\n';
}

QString CliTable::toText() const
{
    QList<int> widths;
    widen(widths, header);
    for (const QStringList &row : rows)
        widen(widths, row.mid(0, header.size()));
    QString out = line(header, widths);
    for (const QStringList &row : rows)
        out += line(row, widths);
    return out;
}

QString CliTable::toCsv() const
{
    return CsvText::document(csvHeader.isEmpty() ? header : csvHeader, rows);
}
