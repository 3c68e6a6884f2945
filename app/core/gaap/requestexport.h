#pragma once

#include "core/api/endpoint.h"
#include "core/gaap/gaaptypes.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

// A check request in forms people paste elsewhere, and the order of a connection that can be created, handed
// over to the tools that create it (the app itself never creates anything).
namespace RequestExport {

// "tccli gaap CheckProxyCreate --cli-unfold-argument --AccessRegion Hongkong --RealServerRegion SouthChina
//  --Bandwidth 10 --Concurrent 2 [--GroupId …] [--IPAddressVersion …] [--NetworkType …] [--PackageType …]
//  [--endpoint gaap.intl.tencentcloudapi.com]" — values shell-quoted when needed; no secret ever.
[[nodiscard]] QString tccliCommand(const CheckRequest &request, const Endpoint &endpoint);
// The exact JSON body the app sends for CheckProxyCreate, indented for reading.
[[nodiscard]] QString requestJson(const CheckRequest &request);

// The shell variables that hold what only the user can choose for CreateProxy.
inline constexpr char ProjectIdVariable[] = "GAAP_PROJECT_ID";
inline constexpr char ProxyNameVariable[] = "GAAP_PROXY_NAME";

// CreateProxy with the checked values, in the form of tccliCommand():
// 'tccli gaap CreateProxy --cli-unfold-argument --ProjectId "${GAAP_PROJECT_ID:?…}" --ProxyName
//  "${GAAP_PROXY_NAME:?…}" --AccessRegion … --RealServerRegion … --Bandwidth … --Concurrent … [--GroupId …]
//  [--IPAddressVersion …] [--NetworkType …] [--PackageType …] [--BillingType 0|1] [--endpoint …]'.
// The project and the name are the user's: a POSIX shell stops with a message, before tccli runs, while either
// variable is unset or empty.
[[nodiscard]] QString tccliCreateProxyCommand(const CheckRequest &request, const Endpoint &endpoint,
                                              std::optional<PriceRequest::Billing> billing = {});

// A `resource "tencentcloud_gaap_proxy"` block (provider tencentcloudstack/tencentcloud) with the checked values,
// ending with a line break. Only arguments the provider documents are used: name and project_id are marked
// REPLACE_ME placeholders; a checked value the resource cannot express (GroupId, IPAddressVersion, PackageType,
// BillingType, a NetworkType other than normal, cn2 or triple) is named in a comment. The header says when (UTC)
// and with which RequestId the connection was checked, when they are given.
[[nodiscard]] QString terraform(const CheckRequest &request, std::optional<PriceRequest::Billing> billing = {},
                                const QDateTime &checkedAt = {}, const QString &requestId = {});

// Tencent Cloud's GAAP console for the site of `endpoint`; nullopt for a custom endpoint (its console is unknown).
[[nodiscard]] std::optional<QUrl> consoleUrl(const Endpoint &endpoint);

} // namespace RequestExport
