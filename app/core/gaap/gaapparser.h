#pragma once

#include "core/gaap/gaaptypes.h"
#include "core/gaap/proxygroup.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Turns the inner "Response" objects of the GAAP actions into values. Never trusts the server:
// a missing, null or wrongly typed required field is an error that names the field; optional
// fields that are null or absent stay "not given"; extra fields are ignored. Never a crash and
// never a silent zero.
template<typename T>
struct Parsed
{
    std::optional<T> value;
    QString error; // set when value is empty: "DestRegionSet[2].RegionId: expected a string, got a number"
};

namespace GaapParser {

[[nodiscard]] Parsed<QList<RegionDetail>> originRegions(const QJsonObject &response);
[[nodiscard]] Parsed<QList<AccessRegionDetail>> accessRegions(const QJsonObject &response);
// One page of DescribeProxyGroupList; a broken group is kept with its problem, as a broken region is.
[[nodiscard]] Parsed<ProxyGroupPage> proxyGroups(const QJsonObject &response);
[[nodiscard]] Parsed<CheckResult> checkResult(const QJsonObject &response);
[[nodiscard]] Parsed<PriceQuote> priceQuote(const QJsonObject &response);

} // namespace GaapParser
