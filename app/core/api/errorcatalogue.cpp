#include "core/api/errorcatalogue.h"

#include <iterator>

namespace {

struct CatalogueEntry
{
    const char *code;
    const char *title;
    const char *advice;
};

// Sources: the common error codes of Tencent Cloud API 3.0, the CheckProxyCreate error table and the GAAP
// (2018-05-29) error codes (reference notes on the Tencent Cloud API, sections 2.4, 3.1-3.4 and 3.7). Exact codes only:
// no prefix matching, because "AuthFailure.SecretIdNotFound" and "AuthFailure.SignatureExpire" need very different
// advice. Each string stands alone (translators see one sentence pair per code), at most two sentences.
constexpr CatalogueEntry kCatalogue[] = {
    // --- Credentials and signature -------------------------------------------------------------------------
    {"AuthFailure",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud could not verify the request's credentials or signature."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalogue",
         "Check that the profile's SecretId and SecretKey are correct, without stray spaces, and that "
         "this computer's clock is right. If it persists, quote the RequestId to Tencent Cloud support.")},
    {"AuthFailure.SecretIdNotFound", QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud cannot find this SecretId."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The key was deleted or disabled, or the SecretId was pasted with stray spaces. Copy it again "
                       "from the CAM console (API key management) into the profile.")},
    {"AuthFailure.SignatureFailure",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud rejected the request's signature."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The SecretKey is wrong or was pasted with stray spaces. Enter the SecretKey that belongs to "
                       "this SecretId again, or create a new key in the CAM console (API key management).")},
    {"AuthFailure.SignatureExpire",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The request's timestamp was too far from Tencent Cloud's time."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "This computer's clock differs from Tencent Cloud's by more than 5 minutes. Sync the clock "
                       "(turn on automatic time) and try again; the app already retries once with the measured "
                       "offset.")},
    {"AuthFailure.InvalidSecretId", QT_TRANSLATE_NOOP("ErrorCatalogue", "The SecretId is not a Tencent Cloud API key."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Use an API key from the CAM console (API key management); its SecretId usually starts with "
                       "AKID. Keys of other kinds, such as those left over from a browser sign-in, do not work here.")},
    {"AuthFailure.InvalidAuthorization",
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The request's Authorization header was not in the form Tencent Cloud expects."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "A proxy or security gateway may have changed the request, or the app is out of date. Check "
                       "the proxy settings and update the app.")},
    {"AuthFailure.TokenFailure",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The temporary credentials' session token is invalid or has expired."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Get a new token, with its temporary SecretId and SecretKey, from STS or your sign-in tool and "
                       "update the profile. Long-term API keys need no token, so leave the token empty for them.")},
    {"AuthFailure.MFAFailure",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Multi-factor authentication (MFA) for this request failed."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The account requires MFA for this kind of access. Ask the account administrator to check the "
                       "MFA settings in the CAM console, or use a key that does not require MFA.")},
    {"AuthFailure.UnauthorizedOperation",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "This sub-account has no permission for this GAAP request."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Ask your Tencent Cloud administrator to grant the CAM policy QcloudGAAPReadOnlyAccess, or a "
                       "policy that allows gaap:CheckProxyCreate, gaap:DescribeDestRegions, "
                       "gaap:DescribeAccessRegionsByDestRegion and gaap:DescribeProxyGroupList.")},
    {"AuthFailure.NotEnterpriseAuthorization",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "This Tencent Cloud account is not enterprise-verified."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "GAAP requires an account with enterprise identity verification. Complete enterprise "
                       "verification in the account settings of the Tencent Cloud console, or use an "
                       "enterprise-verified account.")},
    {"IpNotInWhitelist",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "This computer's public IP address is not on the API key's allowed list."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The API key only works from certain IP addresses. Ask the administrator to add this network's "
                       "public IP address to the key's IP restrictions in the CAM console, or run the check from an "
                       "allowed network.")},
    {"IpInBlacklist",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "This computer's public IP address is blocked for this API key."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The API key's IP restrictions block this address. Ask the administrator to check the key's IP "
                       "settings in the CAM console, or run the check from another network.")},
    {"UnauthorizedOperation", QT_TRANSLATE_NOOP("ErrorCatalogue", "This account has no permission for this operation."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Ask your Tencent Cloud administrator for a CAM policy that allows this GAAP action, for "
                       "example QcloudGAAPReadOnlyAccess for checks and region queries.")},
    {"UnauthorizedOperation.CrossBorderInIsolating",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Cross-border connection bandwidth is suspended (isolated) for this account."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Check the account's billing and messages in the Tencent Cloud console, then contact Tencent "
                       "Cloud support to lift the isolation.")},

    // --- Account and service state -------------------------------------------------------------------------
    {"FailedOperation.UserNotConfirmProtocol",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "GAAP is not activated for this account."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Open the GAAP console, activate the service and accept the service agreement, then check "
                       "again.")},
    {"FailedOperation.UserNotAuthenticated",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "This Tencent Cloud account has not completed identity verification."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Complete identity verification for the account in the Tencent Cloud console, then try again.")},
    {"ResourceUnavailable.AccountViolation",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud found restricted resources in this account."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Read the messages in your Tencent Cloud inbox and your email for details. Resolve the "
                       "violation they describe before trying again.")},
    {"FailedOperation.AccountBalanceInsufficient",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The account balance is too low to create this connection."),
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Top up the account in the Tencent Cloud billing console, then check again.")},

    // --- Capacity and connection options -------------------------------------------------------------------
    {"InvalidParameterValue.InvalidBandwidth",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "This bandwidth is not offered in the chosen access region."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Refresh the regions and pick a bandwidth from the access region's list of offered values.")},
    {"InvalidParameterValue.InvalidConcurrency",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "This concurrency is not offered in the chosen access region."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Refresh the regions and pick a concurrency from the access region's list of offered values.")},
    {"InvalidParameterValue.UnknownAccessRegion",
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The access region was not found, or this account has no permission to use it."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Refresh the region lists and choose an access region offered for the chosen origin region.")},
    {"InvalidParameterValue.UnknownDestRegion",
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The origin region was not found, or this account has no permission to use it."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Refresh the region lists and choose an origin region from the current list.")},
    {"InvalidParameterValue.ProxyAndRegionFeatureConflict",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The chosen region does not support a feature this connection needs."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Compare the region's features (IP version, network type, package type) with the connection's "
                       "options, and change either the region or the options.")},
    {"InvalidParameterValue.ProxyAndGroupFeatureConflict",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The connection group cannot support this connection's features."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Choose a group whose features match the connection, such as the same IP version and network "
                       "type, or check without a group.")},
    {"InvalidParameterValue.FeatureConflict",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The requested features cannot be enabled together."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Change one of the options, such as IP version, network type or package type, and check "
                       "again.")},
    {"InvalidParameterValue.ProjectIdNotBelong",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The project does not belong to this account."),
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Choose a project of this account, or use the default project.")},
    {"FailedOperation.ProxySellOut",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "No capacity is left on this line for the requested connection."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Try another access region, bandwidth or concurrency, or open a ticket with Tencent Cloud to "
                       "request capacity.")},
    {"FailedOperation.LimitNumofProxiesInGroup",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The connection group already holds the maximum number of connections."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Choose another connection group, check without a group, or remove unused connections from "
                       "this group.")},
    {"FailedOperation.GroupStatusNotInRuning",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The connection group is not in the running state."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Wait until the GAAP console shows the group as running (it may be creating, changing or being "
                       "deleted), or choose another group.")},
    {"FailedOperation.ResourceUpgrading", QT_TRANSLATE_NOOP("ErrorCatalogue", "The resource is being upgraded."),
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Wait a few minutes until the upgrade has finished, then try again.")},
    {"ResourceInsufficient",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud does not have enough resources for this request."),
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Try another access region, bandwidth or concurrency, or try again later.")},
    {"ResourceNotFound", QT_TRANSLATE_NOOP("ErrorCatalogue", "The requested resource does not exist."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Refresh the lists and check the region or connection group ID; the resource may have been "
                       "deleted.")},
    {"ResourceUnavailable", QT_TRANSLATE_NOOP("ErrorCatalogue", "The requested resource is currently unavailable."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Try again later or choose another region. If it persists, quote the RequestId to Tencent "
                       "Cloud support.")},
    {"ResourceInUse", QT_TRANSLATE_NOOP("ErrorCatalogue", "The resource is in use by another operation."),
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Wait until the other operation has finished, then try again.")},
    {"LimitExceeded", QT_TRANSLATE_NOOP("ErrorCatalogue", "A quota of this account has been reached."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Release unused GAAP resources in the console, or ask Tencent Cloud support to raise the "
                       "quota.")},

    // --- Request pacing ------------------------------------------------------------------------------------
    {"RequestLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Too many requests per second were sent to Tencent Cloud."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "GAAP accepts at most 20 requests per second per API, and the app paces and retries its own "
                       "requests. Wait a moment and try again, and run fewer scripts or tools with this account in "
                       "parallel.")},
    {"RequestLimitExceeded.IPLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Too many requests per second came from this IP address."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalogue",
         "Other computers and tools behind the same public IP address share this limit, while the app paces "
         "and retries its own requests. Wait a moment and try again, with fewer scripts in parallel.")},
    {"RequestLimitExceeded.UinLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "This account sent too many requests per second."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "All sub-accounts, keys and scripts of the main account share this limit, while "
                       "the app paces and retries its own requests. Wait a moment and try again, with fewer scripts "
                       "in parallel.")},
    {"RequestLimitExceeded.GlobalRegionUinLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "This account sent too many requests per second across all regions."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Every tool using the main account in any region shares this limit, while the app paces and "
                       "retries its own requests. Wait a moment and try again, with fewer scripts in parallel.")},
    {"FailedOperation.ActionOperateTooQuickly",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "GAAP received this request too soon after the previous one."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Wait a few seconds and try again, and stop other scripts that use this account at the same "
                       "time.")},

    // --- Temporary problems at Tencent Cloud ---------------------------------------------------------------
    {"InternalError", QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud had a temporary internal problem."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Try again later. If it persists, quote the RequestId to Tencent Cloud support.")},
    {"ServiceUnavailable", QT_TRANSLATE_NOOP("ErrorCatalogue", "The Tencent Cloud service is temporarily unavailable."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Try again in a few minutes. If it persists, quote the RequestId to Tencent Cloud support.")},
    {"FailedOperation", QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud could not complete the operation."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Try again in a moment. If it keeps failing, quote the server's message and the RequestId to "
                       "Tencent Cloud support.")},
    {"UnsupportedOperation",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud does not support this operation with these options."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Change the region, package type or network type, and read the server's message for "
                       "details.")},

    // --- Request contents ----------------------------------------------------------------------------------
    {"InvalidParameter", QT_TRANSLATE_NOOP("ErrorCatalogue", "A request parameter had the wrong format or type."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Check the values you entered (regions, bandwidth, concurrency, group ID). If they look right, "
                       "update the app and quote the RequestId when reporting it.")},
    {"InvalidParameterValue",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud does not accept one of the request's values."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Refresh the region lists and choose the values from them. The server's message names the "
                       "value it rejected.")},
    {"MissingParameter", QT_TRANSLATE_NOOP("ErrorCatalogue", "The request lacked a required parameter."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Make sure the access region, origin region, bandwidth and concurrency are all filled in. If "
                       "they are, update the app.")},
    {"UnknownParameter",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The request contained a parameter Tencent Cloud does not know."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The app and the Tencent Cloud API disagree about this action. Update the app to the latest "
                       "version.")},
    {"DryRunOperation",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The request would have succeeded, but it was only a dry run."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Nothing was checked or changed because the request was marked as a dry run. If you did not "
                       "ask for one, update the app.")},

    // --- The app and the API disagree ----------------------------------------------------------------------
    {"InvalidAction", QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud does not know the requested API action."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The app and the Tencent Cloud API disagree, or the endpoint is not the GAAP endpoint. Check "
                       "the endpoint and update the app.")},
    {"ActionOffline", QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud has taken this API action offline."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The app and the Tencent Cloud API no longer agree. Update the app to the latest version.")},
    {"NoSuchVersion", QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud does not know the requested API version."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The app and the API disagree, or a proxy sent the request to the wrong host. Check the "
                       "endpoint and proxy settings, and update the app.")},
    {"NoSuchProduct", QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud does not know the requested product."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "The endpoint is probably wrong: use gaap.tencentcloudapi.com, or gaap.intl.tencentcloudapi.com "
                       "on the international site. If it is right, update the app.")},
    {"UnsupportedRegion", QT_TRANSLATE_NOOP("ErrorCatalogue", "This API does not support the requested region."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "GAAP needs no region, so the endpoint is probably wrong or the app is out of date. Check the "
                       "endpoint and update the app.")},
    {"UnsupportedProtocol",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud does not accept the request's HTTP method or protocol."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Only HTTPS GET and POST are accepted, so a proxy may have changed the request. Check the proxy "
                       "settings and update the app.")},
    {"InvalidRequest", QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud could not read the request body."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "A proxy may have changed the request, or the app is out of date. Check the proxy settings and "
                       "update the app.")},
    {"RequestSizeLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The request was larger than Tencent Cloud accepts."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "This app's requests are small, so a proxy or the app itself is probably at fault. Check the "
                       "proxy settings and update the app.")},
    {"ResponseSizeLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Tencent Cloud's answer would have been too large to send."),
     QT_TRANSLATE_NOOP("ErrorCatalogue",
                       "Ask for less data at once, for example a smaller page of connection groups. If this happens "
                       "for a single check, update the app.")},
};

} // namespace

std::optional<ErrorExplanation> ErrorCatalogue::explain(const QString &code)
{
    for (const CatalogueEntry &entry : kCatalogue) {
        if (code == QLatin1String(entry.code))
            return ErrorExplanation{tr(entry.title), tr(entry.advice)};
    }
    return std::nullopt;
}

QStringList ErrorCatalogue::knownCodes()
{
    QStringList codes;
    codes.reserve(static_cast<qsizetype>(std::size(kCatalogue)));
    for (const CatalogueEntry &entry : kCatalogue)
        codes.append(QString::fromLatin1(entry.code));
    return codes;
}
