#include "support/exportreaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ExportReaders {

std::optional<QList<HistoryEntry>> historyFromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<HistoryEntry> entries;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject object = value.toObject();
        const QJsonValue bandwidth = object.value(QStringLiteral("Bandwidth"));
        const QJsonValue concurrent = object.value(QStringLiteral("Concurrent"));
        const QJsonValue flag = object.value(QStringLiteral("CheckFlag"));
        if (!bandwidth.isDouble() || !concurrent.isDouble())
            return std::nullopt;
        HistoryEntry entry;
        const QString checkedAt = object.value(QStringLiteral("CheckedAt")).toString();
        if (!checkedAt.isEmpty()) {
            entry.checkedAt = QDateTime::fromString(checkedAt, Qt::ISODateWithMs);
            if (!entry.checkedAt.isValid())
                return std::nullopt;
            entry.checkedAt = entry.checkedAt.toUTC();
        }
        if (flag.isDouble() && (flag.toInteger() == 0 || flag.toInteger() == 1))
            entry.canCreate = flag.toInteger() == 1;
        else if (!flag.isNull() && !flag.isUndefined())
            return std::nullopt;
        entry.profile = object.value(QStringLiteral("Profile")).toString();
        entry.endpoint = object.value(QStringLiteral("Endpoint")).toString();
        entry.request.originRegion = object.value(QStringLiteral("RealServerRegion")).toString();
        entry.request.accessRegion = object.value(QStringLiteral("AccessRegion")).toString();
        entry.request.bandwidth = bandwidth.toInteger();
        entry.request.concurrent = concurrent.toInteger();
        entry.request.groupId = object.value(QStringLiteral("GroupId")).toString();
        entry.request.ipVersion = object.value(QStringLiteral("IPAddressVersion")).toString();
        entry.request.networkType = object.value(QStringLiteral("NetworkType")).toString();
        entry.request.packageType = object.value(QStringLiteral("PackageType")).toString();
        entry.errorCode = object.value(QStringLiteral("ErrorCode")).toString();
        entry.requestId = object.value(QStringLiteral("RequestId")).toString();
        entry.source = object.value(QStringLiteral("Source")).toString();
        entries.append(entry);
    }
    return entries;
}

std::optional<QList<QStringList>> csvRows(const QByteArray &csvBytes)
{
    QString text = QString::fromUtf8(csvBytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed: only a separator may follow
    bool rowStarted = false;
    const auto endField = [&] {
        row.append(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRow = [&] {
        endField();
        rows.append(row);
        row.clear();
        rowStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                quoted = false;
                afterQuote = true;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            rowStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
        } else if (afterQuote) {
            return std::nullopt; // text after a closing quote
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return std::nullopt; // a quote inside an unquoted field
            quoted = true;
            rowStarted = true;
        } else {
            field += c;
            rowStarted = true;
        }
    }
    if (quoted)
        return std::nullopt; // unterminated quoted field
    if (rowStarted || !field.isEmpty() || afterQuote)
        endRow();
    return rows;
}

} // namespace ExportReaders
