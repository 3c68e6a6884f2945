#pragma once

#include "core/api/endpoint.h"
#include "core/gaap/gaaptypes.h"

#include <QString>

// A check request in forms people paste elsewhere.
namespace RequestExport {

// "tccli gaap CheckProxyCreate --cli-unfold-argument --AccessRegion Hongkong --RealServerRegion SouthChina
//  --Bandwidth 10 --Concurrent 2 [--GroupId …] [--IPAddressVersion …] [--NetworkType …] [--PackageType …]
//  [--endpoint gaap.intl.tencentcloudapi.com]" — values shell-quoted when needed; no secret ever.
[[nodiscard]] QString tccliCommand(const CheckRequest &request, const Endpoint &endpoint);
// The exact JSON body the app sends for CheckProxyCreate, indented for reading.
[[nodiscard]] QString requestJson(const CheckRequest &request);

} // namespace RequestExport
