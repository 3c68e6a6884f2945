#include "core/session/searchexport.h"

#include "core/common/csvtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

const QStringList &columns()
{
    static const QStringList names{
        QStringLiteral("Rank"),           QStringLiteral("RealServerRegion"), QStringLiteral("AccessRegion"),
        QStringLiteral("Bandwidth"),      QStringLiteral("Concurrent"),       QStringLiteral("Result"),
        QStringLiteral("DailyCost"),      QStringLiteral("Currency"),         QStringLiteral("FlowUnitPrice"),
        QStringLiteral("MaxBandwidth"),   QStringLiteral("MaxConcurrent"),    QStringLiteral("ErrorCode"),
        QStringLiteral("PriceErrorCode"), QStringLiteral("RequestId"),        QStringLiteral("CheckedAt")};
    return names;
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue largest(const QList<qint64> &values)
{
    return values.isEmpty() ? QJsonValue() : QJsonValue(*std::max_element(values.cbegin(), values.cend()));
}

QJsonObject resultObject(const RequirementSearch &search, const SearchCandidate &c, int rank)
{
    const std::optional<PriceQuote> &quote = c.quote;
    const std::optional<double> flow =
        quote ? (quote->discountFlowUnitPrice ? quote->discountFlowUnitPrice : quote->flowUnitPrice) : std::nullopt;
    return QJsonObject{
        {QStringLiteral("Rank"), rank},
        {QStringLiteral("RealServerRegion"), search.requirement().originRegion},
        {QStringLiteral("AccessRegion"), c.region.regionId},
        {QStringLiteral("Bandwidth"), optionalNumber(c.bandwidth)},
        {QStringLiteral("Concurrent"), optionalNumber(c.concurrent)},
        {QStringLiteral("Result"), SearchExport::resultWord(c)},
        {QStringLiteral("DailyCost"), optionalNumber(c.dailyCost(search.requirement()))},
        {QStringLiteral("Currency"), quote ? quote->currency : QString()},
        {QStringLiteral("FlowUnitPrice"), optionalNumber(flow)},
        {QStringLiteral("MaxBandwidth"), largest(c.region.bandwidthList)},
        {QStringLiteral("MaxConcurrent"), largest(c.region.concurrentList)},
        {QStringLiteral("ErrorCode"), c.error.code()},
        {QStringLiteral("PriceErrorCode"), c.priceError.code()},
        {QStringLiteral("RequestId"), c.requestId},
        {QStringLiteral("CheckedAt"), c.checkedAt.isValid() ? c.checkedAt.toString(Qt::ISODateWithMs) : QString()},
    };
}

} // namespace

namespace SearchExport {

QString resultWord(const SearchCandidate &candidate)
{
    switch (candidate.state) {
    case SearchCandidate::State::CanCreate: return QStringLiteral("can");
    case SearchCandidate::State::CannotCreate: return QStringLiteral("cannot");
    case SearchCandidate::State::NotOffered: return QStringLiteral("not-offered");
    case SearchCandidate::State::Failed: return QStringLiteral("error");
    case SearchCandidate::State::Unusable: return QStringLiteral("unusable");
    case SearchCandidate::State::Waiting: break;
    }
    return QStringLiteral("pending");
}

QByteArray csv(const RequirementSearch &search)
{
    QList<QStringList> rows;
    int rank = 0;
    for (const int index : search.ranked()) {
        const QJsonObject object = resultObject(search, search.candidates().at(index), ++rank);
        QStringList row;
        for (const QString &column : columns()) {
            const QJsonValue value = object.value(column);
            row.append(value.isDouble() ? QString::number(value.toDouble(), 'g', 12) : value.toString());
        }
        rows.append(row);
    }
    return CsvText::document(columns(), rows).toUtf8();
}

QByteArray json(const RequirementSearch &search)
{
    const Requirement &r = search.requirement();
    QJsonObject requirement{
        {QStringLiteral("RealServerRegion"), r.originRegion},
        {QStringLiteral("MinBandwidth"), r.minBandwidth},
        {QStringLiteral("MinConcurrent"), r.minConcurrent},
        {QStringLiteral("IPAddressVersion"), r.ipVersion},
        {QStringLiteral("PackageType"), r.packageType},
        {QStringLiteral("NetworkType"), r.networkType},
        {QStringLiteral("BillingType"),
         r.billing ? QJsonValue(*r.billing == PriceRequest::Billing::Traffic ? 1 : 0) : QJsonValue()},
    };
    QJsonArray results;
    int rank = 0;
    for (const int index : search.ranked())
        results.append(resultObject(search, search.candidates().at(index), ++rank));
    return QJsonDocument(
               QJsonObject{{QStringLiteral("Requirement"), requirement}, {QStringLiteral("Results"), results}})
        .toJson(QJsonDocument::Indented);
}

} // namespace SearchExport
