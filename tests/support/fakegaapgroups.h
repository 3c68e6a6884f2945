#pragma once

#include "support/fakeanswer.h"
#include "support/fakegaapdata.h"

#include <QJsonObject>

// DescribeProxyGroupList over FakeGaapData::proxyGroups(), with the documented validation: Offset, Limit
// (1…100) and ProjectId (-1: all projects) required; Filters named RealServerRegion or PackageType (Thunder,
// Accelerator), 1…5 values each; TagSet of up to 5 TagKey/TagValue pairs (a group with any of them matches).
namespace FakeGaapGroups {

[[nodiscard]] FakeAnswer describeProxyGroupList(const FakeGaapData &data, const QJsonObject &parameters, bool chinese);
// What a server whose list never ends answers (FakeFault::Kind::EndlessList): Limit new RUNNING groups from
// Offset on, and a TotalCount of a million.
[[nodiscard]] QJsonObject endlessPage(const QJsonObject &parameters);

} // namespace FakeGaapGroups
