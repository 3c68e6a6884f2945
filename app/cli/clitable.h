#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Rows of text printed as an aligned table or as CSV (RFC 4180).
struct CliTable
{
    QStringList header;
    QList<QStringList> rows;

    [[nodiscard]] QString toText() const;
    [[nodiscard]] QString toCsv() const;
    // Terminal columns a string takes: East Asian wide characters count twice.
    static int displayWidth(const QString &text);
};
