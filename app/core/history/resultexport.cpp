#include "core/history/resultexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

const QStringList &matrixColumns()
{
    static const QStringList columns{
        QStringLiteral("RealServerRegion"), QStringLiteral("AccessRegion"), QStringLiteral("Bandwidth"),
        QStringLiteral("Concurrent"), QStringLiteral("IPAddressVersion"), QStringLiteral("NetworkType"),
        QStringLiteral("PackageType"), QStringLiteral("Result"), QStringLiteral("ErrorCode"),
        QStringLiteral("RequestId"), QStringLiteral("CheckedAt")};
    return columns;
}

const QStringList &historyColumns()
{
    static const QStringList columns{
        QStringLiteral("CheckedAt"), QStringLiteral("Profile"), QStringLiteral("Endpoint"),
        QStringLiteral("RealServerRegion"), QStringLiteral("AccessRegion"), QStringLiteral("Bandwidth"),
        QStringLiteral("Concurrent"), QStringLiteral("GroupId"), QStringLiteral("IPAddressVersion"),
        QStringLiteral("NetworkType"), QStringLiteral("PackageType"), QStringLiteral("CheckFlag"),
        QStringLiteral("ErrorCode"), QStringLiteral("RequestId"), QStringLiteral("Source")};
    return columns;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString resultWord(MatrixCell::State state)
{
    switch (state) {
    case MatrixCell::State::CanCreate:
        return QStringLiteral("can");
    case MatrixCell::State::CannotCreate:
        return QStringLiteral("cannot");
    case MatrixCell::State::Error:
        return QStringLiteral("error");
    case MatrixCell::State::Pending:
    case MatrixCell::State::Running:
        break;
    }
    return QStringLiteral("pending");
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csv(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    const auto appendRow = [&text](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += csvField(fields.at(i));
        }
        text += QStringLiteral("\r\n");
    };
    appendRow(header);
    for (const QStringList &row : rows)
        appendRow(row);
    return text.toUtf8();
}

// The matrix and history columns, by name, for one cell or entry; numbers stay numbers.
QJsonObject matrixObject(const MatrixRequest &request, const MatrixCell &cell)
{
    return QJsonObject{
        {QStringLiteral("RealServerRegion"), request.originRegion},
        {QStringLiteral("AccessRegion"), cell.accessRegion},
        {QStringLiteral("Bandwidth"), cell.bandwidth},
        {QStringLiteral("Concurrent"), cell.concurrent},
        {QStringLiteral("IPAddressVersion"), request.ipVersion},
        {QStringLiteral("NetworkType"), request.networkType},
        {QStringLiteral("PackageType"), request.packageType},
        {QStringLiteral("Result"), resultWord(cell.state)},
        {QStringLiteral("ErrorCode"), cell.error.code()},
        {QStringLiteral("RequestId"), cell.requestId},
        {QStringLiteral("CheckedAt"), isoUtc(cell.checkedAt)},
    };
}

QJsonObject historyObject(const HistoryEntry &entry)
{
    const CheckRequest &r = entry.request;
    return QJsonObject{
        {QStringLiteral("CheckedAt"), isoUtc(entry.checkedAt)},
        {QStringLiteral("Profile"), entry.profile},
        {QStringLiteral("Endpoint"), entry.endpoint},
        {QStringLiteral("RealServerRegion"), r.realServerRegion},
        {QStringLiteral("AccessRegion"), r.accessRegion},
        {QStringLiteral("Bandwidth"), r.bandwidth},
        {QStringLiteral("Concurrent"), r.concurrent},
        {QStringLiteral("GroupId"), r.groupId},
        {QStringLiteral("IPAddressVersion"), r.ipVersion},
        {QStringLiteral("NetworkType"), r.networkType},
        {QStringLiteral("PackageType"), r.packageType},
        {QStringLiteral("CheckFlag"), entry.canCreate ? QJsonValue(*entry.canCreate ? 1 : 0) : QJsonValue()},
        {QStringLiteral("ErrorCode"), entry.errorCode},
        {QStringLiteral("RequestId"), entry.requestId},
        {QStringLiteral("Source"), entry.source},
    };
}

QStringList csvRowOf(const QStringList &columns, const QJsonObject &object)
{
    QStringList row;
    for (const QString &column : columns) {
        const QJsonValue value = object.value(column);
        row.append(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
    }
    return row;
}

QByteArray jsonArray(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

namespace ResultExport {

QByteArray matrixCsv(const MatrixRequest &request, const QList<MatrixCell> &cells)
{
    QList<QStringList> rows;
    for (const MatrixCell &cell : cells)
        rows.append(csvRowOf(matrixColumns(), matrixObject(request, cell)));
    return csv(matrixColumns(), rows);
}

QByteArray matrixJson(const MatrixRequest &request, const QList<MatrixCell> &cells)
{
    QJsonArray array;
    for (const MatrixCell &cell : cells)
        array.append(matrixObject(request, cell));
    return jsonArray(array);
}

QByteArray historyCsv(const QList<HistoryEntry> &entries)
{
    QList<QStringList> rows;
    for (const HistoryEntry &entry : entries)
        rows.append(csvRowOf(historyColumns(), historyObject(entry)));
    return csv(historyColumns(), rows);
}

QByteArray historyJson(const QList<HistoryEntry> &entries)
{
    QJsonArray array;
    for (const HistoryEntry &entry : entries)
        array.append(historyObject(entry));
    return jsonArray(array);
}

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
        entry.request.realServerRegion = object.value(QStringLiteral("RealServerRegion")).toString();
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

} // namespace ResultExport
