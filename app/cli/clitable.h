#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Rows of text printed as an aligned table or as CSV (RFC 4180).
struct CliTable
{
    QStringList header; // translated: the table's headings
    QList<QStringList> rows;
    // CSV's header row: the API's field names, the same in every language (a CSV file is data); empty: header.
    QStringList csvHeader;

    [[nodiscard]] QString toText() const;
    // For tables printed row by row (too long to hold): widen `widths` for `cells`, then print each line.
    static void widen(QList<int> &widths, const QStringList &cells);
    [[nodiscard]] static QString line(const QStringList &cells, const QList<int> &widths);
    [[nodiscard]] QString toCsv() const;
    // Terminal columns a string takes: East Asian wide characters count twice.
    static int displayWidth(const QString &text);
};
