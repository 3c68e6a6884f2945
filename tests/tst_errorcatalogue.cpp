#include "core/api/errorcatalogue.h"

#include <QSet>
#include <QTest>

#include <cstddef>
#include <iterator>
#include <optional>

// The code lists below are copied from the reference (docs for CheckProxyCreate, the common error code
// table of Tencent Cloud API 3.0 and the GAAP error codes), not from the catalogue, so that a code dropped
// from the catalogue shows up here.
class tst_ErrorCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedCodeIsExplained_data();
    void documentedCodeIsExplained();
    void everyKnownCodeIsExplained();
    void knownCodesHaveNoDuplicates();
    void unknownCodeIsNotExplained_data();
    void unknownCodeIsNotExplained();
    void secretIdNotFoundMentionsSpaces();
    void userNotConfirmProtocolMentionsActivation();
};

namespace {

// CheckProxyCreate, "6. Error Code" (tencentcloud.com/document/api/608/33112).
constexpr const char *kCheckProxyCreateCodes[] = {
    "AuthFailure",
    "AuthFailure.NotEnterpriseAuthorization",
    "AuthFailure.UnauthorizedOperation",
    "FailedOperation",
    "FailedOperation.UserNotConfirmProtocol",
    "InternalError",
    "InvalidParameter",
    "InvalidParameterValue",
    "InvalidParameterValue.InvalidBandwidth",
    "InvalidParameterValue.InvalidConcurrency",
    "InvalidParameterValue.UnknownAccessRegion",
    "InvalidParameterValue.UnknownDestRegion",
    "MissingParameter",
    "ResourceUnavailable.AccountViolation",
};

// Common error codes of Tencent Cloud API 3.0 (complete published list, 38 codes).
constexpr const char *kCommonCodes[] = {
    "ActionOffline",
    "AuthFailure.InvalidAuthorization",
    "AuthFailure.InvalidSecretId",
    "AuthFailure.MFAFailure",
    "AuthFailure.SecretIdNotFound",
    "AuthFailure.SignatureExpire",
    "AuthFailure.SignatureFailure",
    "AuthFailure.TokenFailure",
    "AuthFailure.UnauthorizedOperation",
    "DryRunOperation",
    "FailedOperation",
    "InternalError",
    "InvalidAction",
    "InvalidParameter",
    "InvalidParameterValue",
    "InvalidRequest",
    "IpInBlacklist",
    "IpNotInWhitelist",
    "LimitExceeded",
    "MissingParameter",
    "NoSuchProduct",
    "NoSuchVersion",
    "RequestLimitExceeded",
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
    "RequestLimitExceeded.IPLimitExceeded",
    "RequestLimitExceeded.UinLimitExceeded",
    "RequestSizeLimitExceeded",
    "ResourceInUse",
    "ResourceInsufficient",
    "ResourceNotFound",
    "ResourceUnavailable",
    "ResponseSizeLimitExceeded",
    "ServiceUnavailable",
    "UnauthorizedOperation",
    "UnknownParameter",
    "UnsupportedOperation",
    "UnsupportedProtocol",
    "UnsupportedRegion",
};

// GAAP-specific codes (errors.go of the Go SDK, the subset relevant to capacity checks) and the per-action
// lists of DescribeDestRegions, DescribeAccessRegionsByDestRegion and InquiryPriceCreateProxy that are not
// already in the two lists above.
constexpr const char *kGaapCodes[] = {
    "FailedOperation.UserNotAuthenticated",
    "FailedOperation.ResourceUpgrading",
    "FailedOperation.ProxySellOut",
    "FailedOperation.AccountBalanceInsufficient",
    "FailedOperation.ActionOperateTooQuickly",
    "FailedOperation.LimitNumofProxiesInGroup",
    "FailedOperation.GroupStatusNotInRuning",
    "InvalidParameterValue.ProxyAndRegionFeatureConflict",
    "InvalidParameterValue.ProxyAndGroupFeatureConflict",
    "InvalidParameterValue.FeatureConflict",
    "InvalidParameterValue.ProjectIdNotBelong",
    "UnauthorizedOperation.CrossBorderInIsolating",
};

template<std::size_t N>
void addCodeRows(const char *source, const char *const (&codes)[N])
{
    for (const char *code : codes)
        QTest::addRow("%s: %s", source, code) << QString::fromLatin1(code);
}

} // namespace

void tst_ErrorCatalogue::documentedCodeIsExplained_data()
{
    QTest::addColumn<QString>("code");
    addCodeRows("CheckProxyCreate", kCheckProxyCreateCodes);
    addCodeRows("common", kCommonCodes);
    addCodeRows("GAAP", kGaapCodes);
}

void tst_ErrorCatalogue::documentedCodeIsExplained()
{
    QFETCH(QString, code);
    const std::optional<ErrorExplanation> explanation = ErrorCatalogue::explain(code);
    QVERIFY2(explanation.has_value(), qPrintable(code));
    QVERIFY(!explanation->title.trimmed().isEmpty());
    QVERIFY(!explanation->advice.trimmed().isEmpty());
    QVERIFY(explanation->title != explanation->advice);
    QVERIFY2(ErrorCatalogue::knownCodes().contains(code), qPrintable(code));
}

void tst_ErrorCatalogue::everyKnownCodeIsExplained()
{
    const QStringList codes = ErrorCatalogue::knownCodes();
    QVERIFY(codes.size() >= static_cast<qsizetype>(std::size(kCommonCodes)));
    for (const QString &code : codes) {
        const std::optional<ErrorExplanation> explanation = ErrorCatalogue::explain(code);
        QVERIFY2(explanation.has_value(), qPrintable(code));
        QVERIFY2(!explanation->title.isEmpty() && !explanation->advice.isEmpty(), qPrintable(code));
        QVERIFY2(explanation->title != explanation->advice, qPrintable(code));
    }
}

void tst_ErrorCatalogue::knownCodesHaveNoDuplicates()
{
    const QStringList codes = ErrorCatalogue::knownCodes();
    QSet<QString> seen;
    for (const QString &code : codes) {
        QVERIFY2(!seen.contains(code), qPrintable(code));
        seen.insert(code);
    }
    QCOMPARE(static_cast<qsizetype>(seen.size()), codes.size());
}

void tst_ErrorCatalogue::unknownCodeIsNotExplained_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown") << QStringLiteral("Some.UnknownCode");
    QTest::newRow("empty") << QString();
    QTest::newRow("other case") << QStringLiteral("authfailure.secretidnotfound");
    QTest::newRow("leading space") << QStringLiteral(" AuthFailure.SecretIdNotFound");
    QTest::newRow("longer code") << QStringLiteral("AuthFailure.SecretIdNotFound.Extra");
    QTest::newRow("prefix only") << QStringLiteral("AuthFailure.");
    QTest::newRow("client-side code") << QStringLiteral("Client.Timeout");
}

void tst_ErrorCatalogue::unknownCodeIsNotExplained()
{
    QFETCH(QString, code);
    QVERIFY(!ErrorCatalogue::explain(code).has_value());
}

void tst_ErrorCatalogue::secretIdNotFoundMentionsSpaces()
{
    const std::optional<ErrorExplanation> explanation =
        ErrorCatalogue::explain(QStringLiteral("AuthFailure.SecretIdNotFound"));
    QVERIFY(explanation.has_value());
    QVERIFY2(explanation->advice.contains(QLatin1String(" space")), qPrintable(explanation->advice));
}

void tst_ErrorCatalogue::userNotConfirmProtocolMentionsActivation()
{
    const std::optional<ErrorExplanation> explanation =
        ErrorCatalogue::explain(QStringLiteral("FailedOperation.UserNotConfirmProtocol"));
    QVERIFY(explanation.has_value());
    QVERIFY2(explanation->advice.contains(QLatin1String("activat")), qPrintable(explanation->advice));
}

QTEST_APPLESS_MAIN(tst_ErrorCatalogue)

#include "tst_errorcatalogue.moc"
