#include "core/session/searchtext.h"

#include <algorithm>

namespace {

QString largest(const QList<qint64> &values)
{
    return values.isEmpty() ? QStringLiteral("-") : QString::number(*std::max_element(values.cbegin(), values.cend()));
}

} // namespace

QString SearchText::money(double amount, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QString::number(amount, 'f', 2), currency).trimmed();
}

QString SearchText::answer(const SearchCandidate &candidate)
{
    switch (candidate.state) {
    case SearchCandidate::State::CanCreate: return tr("can be created");
    case SearchCandidate::State::CannotCreate: return tr("cannot be created");
    case SearchCandidate::State::NotOffered: return tr("not offered");
    case SearchCandidate::State::Failed: return tr("check failed");
    case SearchCandidate::State::Unusable: return tr("unusable");
    case SearchCandidate::State::Waiting: break;
    }
    return tr("pending");
}

QString SearchText::dailyCost(const Requirement &requirement, const SearchCandidate &candidate)
{
    const std::optional<double> cost = candidate.dailyCost(requirement);
    return cost ? money(*cost, candidate.quote->currency) : QStringLiteral("-");
}

QString SearchText::note(const Requirement &requirement, const SearchCandidate &c)
{
    switch (c.state) {
    case SearchCandidate::State::NotOffered:
        if (!c.bandwidth)
            return tr("offers at most %1 Mbps").arg(largest(c.region.bandwidthList));
        return tr("offers at most %1 × 10,000 connections").arg(largest(c.region.concurrentList));
    case SearchCandidate::State::Unusable: return tr("the server's entry cannot be used (%1)").arg(c.region.problem);
    case SearchCandidate::State::Failed: return c.error.describe();
    case SearchCandidate::State::CannotCreate: return tr("no capacity for this configuration now");
    case SearchCandidate::State::CanCreate:
        if (c.pricing)
            return tr("asking for the price…");
        if (!c.quote && !c.priceError.isNone())
            return tr("price unavailable: %1").arg(c.priceError.code());
        if (c.quote && requirement.billing == PriceRequest::Billing::Traffic) {
            const std::optional<double> flow =
                c.quote->discountFlowUnitPrice ? c.quote->discountFlowUnitPrice : c.quote->flowUnitPrice;
            if (flow)
                return tr("plus %1 per GB of traffic").arg(money(*flow, c.quote->currency));
        }
        return {};
    case SearchCandidate::State::Waiting: break;
    }
    return tr("checking…");
}
