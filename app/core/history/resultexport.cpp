#include "core/history/resultexport.h"

#include "core/common/csvtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

const QStringList &matrixColumns()
{
    static const QStringList columns{
        QStringLiteral("RealServerRegion"), QStringLiteral("AccessRegion"),     QStringLiteral("Bandwidth"),
        QStringLiteral("Concurrent"),       QStringLiteral("IPAddressVersion"), QStringLiteral("NetworkType"),
        QStringLiteral("PackageType"),      QStringLiteral("Result"),           QStringLiteral("ErrorCode"),
        QStringLiteral("RequestId"),        QStringLiteral("CheckedAt")};
    return columns;
}

const QStringList &historyColumns()
{
    static const QStringList columns{
        QStringLiteral("CheckedAt"),        QStringLiteral("Profile"),      QStringLiteral("Endpoint"),
        QStringLiteral("RealServerRegion"), QStringLiteral("AccessRegion"), QStringLiteral("Bandwidth"),
        QStringLiteral("Concurrent"),       QStringLiteral("GroupId"),      QStringLiteral("IPAddressVersion"),
        QStringLiteral("NetworkType"),      QStringLiteral("PackageType"),  QStringLiteral("CheckFlag"),
        QStringLiteral("ErrorCode"),        QStringLiteral("RequestId"),    QStringLiteral("Source")};
    return columns;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString resultWord(MatrixCell::State state)
{
    switch (state) {
    case MatrixCell::State::CanCreate: return QStringLiteral("can");
    case MatrixCell::State::CannotCreate: return QStringLiteral("cannot");
    case MatrixCell::State::Error: return QStringLiteral("error");
    case MatrixCell::State::Pending:
    case MatrixCell::State::Running: break;
    }
    return QStringLiteral("pending");
}

QByteArray csv(const QStringList &header, const QList<QStringList> &rows)
{
    return CsvText::document(header, rows).toUtf8();
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
        {QStringLiteral("RealServerRegion"), r.originRegion},
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
    QByteArray out = historyCsvHeader();
    for (const HistoryEntry &entry : entries)
        out += historyCsvLine(entry);
    return out;
}

QByteArray historyJson(const QList<HistoryEntry> &entries)
{
    QByteArray out = historyJsonStart();
    for (qsizetype i = 0; i < entries.size(); ++i)
        out += historyJsonElement(entries.at(i), i == 0);
    return out + historyJsonEnd(entries.isEmpty());
}

QByteArray historyCsvHeader()
{
    return CsvText::line(historyColumns()).toUtf8();
}

QByteArray historyCsvLine(const HistoryEntry &entry)
{
    return CsvText::line(csvRowOf(historyColumns(), historyObject(entry))).toUtf8();
}

QByteArray historyJsonStart()
{
    return QByteArrayLiteral("[\n");
}

QByteArray historyJsonElement(const HistoryEntry &entry, bool first)
{
    // The element as QJsonDocument indents it inside an array: "[\n    {…}\n]\n" without the brackets.
    const QByteArray alone = jsonArray(QJsonArray{historyObject(entry)});
    return (first ? QByteArray() : QByteArrayLiteral(",\n")) + alone.mid(2, alone.size() - 5);
}

QByteArray historyJsonEnd(bool empty)
{
    return empty ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n");
}

qint64 writeHistory(const HistoryStore &store, const HistoryFilter &filter, bool json, QIODevice &device)
{
    const auto put = [&device](const QByteArray &text) { return device.write(text) == text.size(); };
    qint64 written = 0;
    bool wrote = put(json ? historyJsonStart() : historyCsvHeader());
    const bool read = wrote && store.forEach(filter, [&](const HistoryEntry &entry) {
        wrote = put(json ? historyJsonElement(entry, written == 0) : historyCsvLine(entry));
        written += wrote ? 1 : 0;
        return wrote;
    });
    if (read && wrote && json)
        wrote = put(historyJsonEnd(written == 0));
    return read && wrote ? written : -1;
}

} // namespace ResultExport
