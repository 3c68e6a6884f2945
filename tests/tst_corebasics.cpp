// Unit tests for the small value types of gaapcore: Endpoint, ApiEnvelope, ApiError and SecretString.

#include "core/api/apienvelope.h"
#include "core/api/apierror.h"
#include "core/api/apiresult.h"
#include "core/api/endpoint.h"
#include "core/common/secretstring.h"
#include "core/gaap/gaaptypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QDebug>
#include <QJsonObject>
#include <QList>
#include <QScopeGuard>
#include <QSet>
#include <QString>
#include <QTest>

#include <ctime>

Q_DECLARE_METATYPE(Endpoint::Site)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QList<ApiError::Kind> AllKinds{
    ApiError::Kind::None,
    ApiError::Kind::Service,
    ApiError::Kind::MissingCredentials,
    ApiError::Kind::InvalidCredentials,
    ApiError::Kind::HostNotFound,
    ApiError::Kind::ConnectionRefused,
    ApiError::Kind::ConnectionClosed,
    ApiError::Kind::TlsFailure,
    ApiError::Kind::Proxy,
    ApiError::Kind::Timeout,
    ApiError::Kind::HttpStatus,
    ApiError::Kind::InvalidJson,
    ApiError::Kind::MalformedResponse,
    ApiError::Kind::BodyTooLarge,
    ApiError::Kind::Cancelled,
    ApiError::Kind::Network,
};

bool isTransportKind(ApiError::Kind kind)
{
    return kind != ApiError::Kind::None && kind != ApiError::Kind::Service;
}

} // namespace

class tst_CoreBasics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointAccepted_data();
    void endpointAccepted();
    void endpointRefused_data();
    void endpointRefused();
    void endpointFactories();
    void offeredNetworkTypes_data();
    void offeredNetworkTypes();
    void accessQueryEquality();

    void envelopeParse_data();
    void envelopeParse();
    void envelopeSuccessKeepsFields();
    void envelopeServiceErrorKeepsEverything();
    void envelopeHttpStatus();
    void envelopeGarbageDoesNotCrash_data();
    void envelopeGarbageDoesNotCrash();

    void parseHttpDate_data();
    void parseHttpDate();
    void parseHttpDateInLocalDstGap();

    void apiErrorCodesForKinds();
    void apiErrorTexts();
    void apiErrorDescribe();

    void secretStringDebugIsRedacted();
    void secretStringMaskedHint_data();
    void secretStringMaskedHint();
    void secretStringCopiesSurviveDestruction();
};

// ---------------------------------------------------------------------------------------------
// Endpoint

void tst_CoreBasics::endpointAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Endpoint::Site>("site");
    QTest::addColumn<QByteArray>("hostHeader");
    QTest::addColumn<QString>("url");

    QTest::newRow("china") << QStringLiteral("https://gaap.tencentcloudapi.com") << Endpoint::Site::China
                           << QByteArrayLiteral("gaap.tencentcloudapi.com")
                           << QStringLiteral("https://gaap.tencentcloudapi.com/");
    QTest::newRow("china, trailing slash")
        << QStringLiteral("https://gaap.tencentcloudapi.com/") << Endpoint::Site::China
        << QByteArrayLiteral("gaap.tencentcloudapi.com") << QStringLiteral("https://gaap.tencentcloudapi.com/");
    QTest::newRow("china, whitespace and upper case")
        << QStringLiteral("  HTTPS://GAAP.TencentCloudAPI.com/ ") << Endpoint::Site::China
        << QByteArrayLiteral("gaap.tencentcloudapi.com") << QStringLiteral("https://gaap.tencentcloudapi.com/");
    QTest::newRow("international") << QStringLiteral("https://gaap.intl.tencentcloudapi.com")
                                   << Endpoint::Site::International
                                   << QByteArrayLiteral("gaap.intl.tencentcloudapi.com")
                                   << QStringLiteral("https://gaap.intl.tencentcloudapi.com/");
    QTest::newRow("custom https with port")
        << QStringLiteral("https://example.com:8443") << Endpoint::Site::Custom << QByteArrayLiteral("example.com:8443")
        << QStringLiteral("https://example.com:8443/");
    QTest::newRow("custom https, default port") << QStringLiteral("https://host:443") << Endpoint::Site::Custom
                                                << QByteArrayLiteral("host") << QStringLiteral("https://host/");
    QTest::newRow("china, explicit default port")
        << QStringLiteral("https://gaap.tencentcloudapi.com:443") << Endpoint::Site::China
        << QByteArrayLiteral("gaap.tencentcloudapi.com") << QStringLiteral("https://gaap.tencentcloudapi.com/");
    QTest::newRow("custom https, no port") << QStringLiteral("https://host") << Endpoint::Site::Custom
                                           << QByteArrayLiteral("host") << QStringLiteral("https://host/");
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << Endpoint::Site::Custom
                                    << QByteArrayLiteral("127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080/");
    QTest::newRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7:1") << Endpoint::Site::Custom
                                    << QByteArrayLiteral("127.5.6.7:1") << QString();
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9") << Endpoint::Site::Custom
                                    << QByteArrayLiteral("localhost:9") << QString();
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:9/") << Endpoint::Site::Custom
                                    << QByteArrayLiteral("localhost:9") << QString();
    QTest::newRow("http localhost, default port") << QStringLiteral("http://localhost:80") << Endpoint::Site::Custom
                                                  << QByteArrayLiteral("localhost") << QString();
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:9") << Endpoint::Site::Custom
                                << QByteArrayLiteral("[::1]:9") << QString();
    QTest::newRow("https [::1], default port")
        << QStringLiteral("https://[::1]") << Endpoint::Site::Custom << QByteArrayLiteral("[::1]") << QString();
}

void tst_CoreBasics::endpointAccepted()
{
    QFETCH(QString, input);
    QFETCH(Endpoint::Site, site);
    QFETCH(QByteArray, hostHeader);
    QFETCH(QString, url);

    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::fromUserInput(input, &error);
    QVERIFY2(endpoint.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(endpoint->site(), site);
    QCOMPARE(endpoint->hostHeader(), hostHeader);
    QCOMPARE(endpoint->url().path(), QStringLiteral("/"));
    if (!url.isEmpty())
        QCOMPARE(endpoint->toString(), url);
    QCOMPARE(Endpoint::service(), QByteArrayLiteral("gaap"));

    // Without an error pointer, it still works.
    QVERIFY(Endpoint::fromUserInput(input).has_value());
}

void tst_CoreBasics::endpointRefused_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("http to a public host") << QStringLiteral("http://example.com");
    QTest::newRow("http to a private IPv4") << QStringLiteral("http://10.0.0.1");
    QTest::newRow("http to 192.168") << QStringLiteral("http://192.168.1.1");
    QTest::newRow("http to a localhost look-alike") << QStringLiteral("http://localhost.example.com:9");
    QTest::newRow("http to a 127 look-alike") << QStringLiteral("http://127.0.0.1.example.com");
    QTest::newRow("ftp") << QStringLiteral("ftp://x");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("no host") << QStringLiteral("https://");
    QTest::newRow("no scheme") << QStringLiteral("gaap.tencentcloudapi.com");
    QTest::newRow("path") << QStringLiteral("https://host/path");
    QTest::newRow("query") << QStringLiteral("https://host/?q=1");
    QTest::newRow("empty query") << QStringLiteral("https://host/?");
    QTest::newRow("fragment") << QStringLiteral("https://host/#x");
    QTest::newRow("user info") << QStringLiteral("https://user:pw@host");
    QTest::newRow("user only") << QStringLiteral("https://user@host");
    QTest::newRow("port out of range") << QStringLiteral("https://host:99999");
    QTest::newRow("port zero") << QStringLiteral("https://host:0");
    QTest::newRow("space in host") << QStringLiteral("https://ho st");
}

void tst_CoreBasics::endpointRefused()
{
    QFETCH(QString, input);

    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::fromUserInput(input, &error);
    QVERIFY2(!endpoint.has_value(), qPrintable(endpoint ? endpoint->toString() : QString()));
    QVERIFY(!error.trimmed().isEmpty());
    QVERIFY(!Endpoint::fromUserInput(input, nullptr).has_value());
}

void tst_CoreBasics::endpointFactories()
{
    QCOMPARE(Endpoint::china().site(), Endpoint::Site::China);
    QCOMPARE(Endpoint::china().hostHeader(), QByteArrayLiteral("gaap.tencentcloudapi.com"));
    QCOMPARE(Endpoint::international().site(), Endpoint::Site::International);
    QCOMPARE(Endpoint::international().hostHeader(), QByteArrayLiteral("gaap.intl.tencentcloudapi.com"));
    QVERIFY(!(Endpoint::china() == Endpoint::international()));
    QVERIFY(*Endpoint::fromUserInput(QStringLiteral("https://gaap.tencentcloudapi.com")) == Endpoint::china());

    QVERIFY(Endpoint::isLoopbackHost(QStringLiteral("localhost")));
    QVERIFY(Endpoint::isLoopbackHost(QStringLiteral("127.0.0.1")));
    QVERIFY(Endpoint::isLoopbackHost(QStringLiteral("::1")));
    QVERIFY(!Endpoint::isLoopbackHost(QStringLiteral("10.0.0.1")));
    QVERIFY(!Endpoint::isLoopbackHost(QStringLiteral("example.com")));
    QVERIFY(!Endpoint::isLoopbackHost(QString()));
}

// ---------------------------------------------------------------------------------------------
// ApiEnvelope

void tst_CoreBasics::envelopeParse_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("requestId");

    const auto none = ApiError::Kind::None;
    const auto malformed = ApiError::Kind::MalformedResponse;
    const auto invalidJson = ApiError::Kind::InvalidJson;
    const QString malformedCode = QStringLiteral("Client.MalformedResponse");
    const QString invalidJsonCode = QStringLiteral("Client.InvalidJson");

    QTest::newRow("success") << 200 << QByteArrayLiteral(R"({"Response":{"TotalCount":1,"RequestId":"abc-123"}})")
                             << none << QString() << QStringLiteral("abc-123");
    QTest::newRow("success, null Error") << 200 << QByteArrayLiteral(R"({"Response":{"Error":null,"RequestId":"r1"}})")
                                         << none << QString() << QStringLiteral("r1");
    QTest::newRow("service error")
        << 200
        << QByteArrayLiteral(
               R"({"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"m"},"RequestId":"r"}})")
        << ApiError::Kind::Service << QStringLiteral("AuthFailure.SignatureFailure") << QStringLiteral("r");
    QTest::newRow("service error without Message")
        << 200 << QByteArrayLiteral(R"({"Response":{"Error":{"Code":"InternalError"},"RequestId":"r"}})")
        << ApiError::Kind::Service << QStringLiteral("InternalError") << QStringLiteral("r");
    QTest::newRow("HTTP 502 HTML") << 502 << QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                   << ApiError::Kind::HttpStatus << QStringLiteral("Client.HttpStatus") << QString();
    QTest::newRow("HTTP 500 empty") << 500 << QByteArray() << ApiError::Kind::HttpStatus
                                    << QStringLiteral("Client.HttpStatus") << QString();
    QTest::newRow("HTML with 200") << 200 << QByteArrayLiteral("<html></html>") << invalidJson << invalidJsonCode
                                   << QString();
    QTest::newRow("truncated JSON") << 200 << QByteArrayLiteral(R"({"Response":{"RequestId":"r")") << invalidJson
                                    << invalidJsonCode << QString();
    QTest::newRow("invalid JSON") << 200 << QByteArrayLiteral("{Response: 1}") << invalidJson << invalidJsonCode
                                  << QString();
    QTest::newRow("empty body") << 200 << QByteArray() << invalidJson << invalidJsonCode << QString();
    QTest::newRow("array") << 200 << QByteArrayLiteral("[]") << malformed << malformedCode << QString();
    QTest::newRow("empty object") << 200 << QByteArrayLiteral("{}") << malformed << malformedCode << QString();
    QTest::newRow("Response is a number")
        << 200 << QByteArrayLiteral(R"({"Response":1})") << malformed << malformedCode << QString();
    QTest::newRow("Response is null") << 200 << QByteArrayLiteral(R"({"Response":null})") << malformed << malformedCode
                                      << QString();
    QTest::newRow("no RequestId") << 200 << QByteArrayLiteral(R"({"Response":{}})") << malformed << malformedCode
                                  << QString();
    QTest::newRow("RequestId is a number")
        << 200 << QByteArrayLiteral(R"({"Response":{"RequestId":5}})") << malformed << malformedCode << QString();
    QTest::newRow("Error without Code") << 200
                                        << QByteArrayLiteral(
                                               R"({"Response":{"Error":{"Message":"m"},"RequestId":"r"}})")
                                        << malformed << malformedCode << QStringLiteral("r");
    QTest::newRow("Error is a string") << 200 << QByteArrayLiteral(R"({"Response":{"Error":"boom","RequestId":"r"}})")
                                       << malformed << malformedCode << QStringLiteral("r");
    QTest::newRow("Code is a number") << 200
                                      << QByteArrayLiteral(
                                             R"({"Response":{"Error":{"Code":42,"Message":"m"},"RequestId":"r"}})")
                                      << malformed << malformedCode << QStringLiteral("r");
    QTest::newRow("Code is empty") << 200 << QByteArrayLiteral(R"({"Response":{"Error":{"Code":""},"RequestId":"r"}})")
                                   << malformed << malformedCode << QStringLiteral("r");
}

void tst_CoreBasics::envelopeParse()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, requestId);

    const QString action = QStringLiteral("CheckProxyCreate");
    const ApiResult result = ApiEnvelope::parse(action, httpStatus, body);
    QCOMPARE(result.action(), action);
    QCOMPARE(result.error().kind(), kind);
    QCOMPARE(result.isOk(), kind == ApiError::Kind::None);
    QCOMPARE(result.error().code(), code);
    QCOMPARE(result.requestId(), requestId);
    if (!result.isOk()) {
        QCOMPARE(result.error().httpStatus(), httpStatus);
        QVERIFY(!result.error().title().isEmpty());
        QVERIFY(result.response().isEmpty());
    }
}

void tst_CoreBasics::envelopeSuccessKeepsFields()
{
    const ApiResult result = ApiEnvelope::parse(
        QStringLiteral("DescribeDestRegions"), 200,
        QByteArrayLiteral(R"({"Response":{"TotalCount":2,"DestRegionSet":[{"RegionId":"ap-hongkong"}],)"
                          R"("RequestId":"6ef60bec-0242-43af-bb20-270359fb54a7"}})"));
    QVERIFY(result.isOk());
    QVERIFY(result.error().isNone());
    QCOMPARE(result.requestId(), QStringLiteral("6ef60bec-0242-43af-bb20-270359fb54a7"));
    QCOMPARE(result.response().value(QStringLiteral("TotalCount")).toInt(), 2);
    QCOMPARE(result.response().value(QStringLiteral("RequestId")).toString(),
             QStringLiteral("6ef60bec-0242-43af-bb20-270359fb54a7"));
    QVERIFY(result.response().value(QStringLiteral("DestRegionSet")).isArray());
}

void tst_CoreBasics::envelopeServiceErrorKeepsEverything()
{
    const ApiResult result = ApiEnvelope::parse(
        QStringLiteral("CheckProxyCreate"), 200,
        QByteArrayLiteral(
            R"({"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"m"},"RequestId":"r"}})"));
    QVERIFY(!result.isOk());
    const ApiError &error = result.error();
    QCOMPARE(error.kind(), ApiError::Kind::Service);
    QVERIFY(error.isService());
    QCOMPARE(error.code(), QStringLiteral("AuthFailure.SignatureFailure"));
    QCOMPARE(error.message(), QStringLiteral("m"));
    QCOMPARE(error.requestId(), QStringLiteral("r"));
    QCOMPARE(error.httpStatus(), 200);
    // A known code is explained by the catalogue; the raw code, the server's message and the
    // RequestId still appear in the full description.
    QVERIFY(!error.title().isEmpty());
    QVERIFY(!error.advice().isEmpty());
    QVERIFY(error.describe().contains(QStringLiteral("AuthFailure.SignatureFailure")));
    QVERIFY(error.describe().contains(QStringLiteral("m")));
    QVERIFY(error.describe().contains(QStringLiteral("r")));

    // An unknown code falls back to the server's own message.
    const ApiResult unknown = ApiEnvelope::parse(
        QStringLiteral("A"), 200,
        QByteArrayLiteral(
            R"({"Response":{"Error":{"Code":"Brand.NewCode","Message":"brand new words"},"RequestId":"q"}})"));
    QVERIFY(unknown.error().title().contains(QStringLiteral("Brand.NewCode")));
    QVERIFY(unknown.error().advice().contains(QStringLiteral("brand new words")));
}

void tst_CoreBasics::envelopeHttpStatus()
{
    const ApiResult result = ApiEnvelope::parse(
        QStringLiteral("CheckProxyCreate"), 502,
        QByteArrayLiteral("<html>\n<head><title>502 Bad Gateway</title></head>\n<body></body>\n</html>\n"));
    QCOMPARE(result.error().kind(), ApiError::Kind::HttpStatus);
    QCOMPARE(result.error().httpStatus(), 502);
    QVERIFY(result.error().message().contains(QStringLiteral("502")));
    QVERIFY(result.error().title().contains(QStringLiteral("502")));

    // Even a well-formed envelope is not trusted behind a non-200 status.
    const ApiResult wrapped =
        ApiEnvelope::parse(QStringLiteral("X"), 404, QByteArrayLiteral(R"({"Response":{"RequestId":"r"}})"));
    QCOMPARE(wrapped.error().kind(), ApiError::Kind::HttpStatus);
    QCOMPARE(wrapped.error().httpStatus(), 404);
}

void tst_CoreBasics::envelopeGarbageDoesNotCrash_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");

    const QByteArray garbage = QByteArrayLiteral("\xff\xfe\x00\x80\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc{\"");
    QByteArray longGarbage;
    for (int i = 0; i < 100; ++i)
        longGarbage += QByteArrayLiteral("\xe4\xb8\xad\xff"); // excerpt cut inside multi-byte sequences
    QByteArray deepNesting(100000, '[');

    QTest::newRow("non-UTF-8, 200") << 200 << garbage;
    QTest::newRow("non-UTF-8, 500") << 500 << garbage;
    QTest::newRow("long non-UTF-8, 200") << 200 << longGarbage;
    QTest::newRow("long non-UTF-8, 503") << 503 << longGarbage;
    QTest::newRow("NUL bytes") << 200 << QByteArray(64, '\0');
    QTest::newRow("deep nesting") << 200 << deepNesting;
    QTest::newRow("JSON with invalid UTF-8 in a string")
        << 200 << QByteArrayLiteral("{\"Response\":{\"RequestId\":\"\xff\xfe\"}}");
    QTest::newRow("status 0") << 0 << QByteArray();
    QTest::newRow("negative status") << -1 << garbage;
}

void tst_CoreBasics::envelopeGarbageDoesNotCrash()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);

    const ApiResult result = ApiEnvelope::parse(QStringLiteral("X"), httpStatus, body);
    if (httpStatus != 200) {
        QCOMPARE(result.error().kind(), ApiError::Kind::HttpStatus);
    } else if (!result.isOk()) {
        QVERIFY(result.error().kind() == ApiError::Kind::InvalidJson
                || result.error().kind() == ApiError::Kind::MalformedResponse);
    }
    // The texts are buildable for whatever came back.
    QVERIFY(!result.error().describe().isNull());
}

void tst_CoreBasics::parseHttpDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("secsSinceEpoch");

    QTest::newRow("RFC 7231 example") << QByteArrayLiteral("Sun, 06 Nov 1994 08:49:37 GMT") << true
                                      << qint64(784111777);
    QTest::newRow("surrounding whitespace")
        << QByteArrayLiteral("  Sun, 06 Nov 1994 08:49:37 GMT\r\n") << true << qint64(784111777);
    QTest::newRow("doc example instant") << QByteArrayLiteral("Mon, 25 Feb 2019 16:44:25 GMT") << true
                                         << qint64(1551113065);
    QTest::newRow("garbage") << QByteArrayLiteral("not a date") << false << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("binary") << QByteArrayLiteral("\xff\xfe\x00") << false << qint64(0);
    QTest::newRow("impossible date") << QByteArrayLiteral("Sun, 31 Feb 1994 08:49:37 GMT") << false << qint64(0);
    QTest::newRow("RFC 850 form") << QByteArrayLiteral("Sunday, 06-Nov-94 08:49:37 GMT") << false << qint64(0);
}

void tst_CoreBasics::parseHttpDate()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, secsSinceEpoch);

    const QDateTime date = ApiEnvelope::parseHttpDate(value);
    QCOMPARE(date.isValid(), valid);
    if (valid) {
        QCOMPARE(date.toSecsSinceEpoch(), secsSinceEpoch);
        QCOMPARE(date.offsetFromUtc(), 0);
    }
}

// The HTTP date is UTC: the local time zone, and its DST gaps, must not matter.
void tst_CoreBasics::parseHttpDateInLocalDstGap()
{
#ifdef Q_OS_UNIX
    const QByteArray oldTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    const auto restore = qScopeGuard([&] {
        if (hadTz)
            qputenv("TZ", oldTz);
        else
            qunsetenv("TZ");
        tzset();
    });
    // Central European rules as a POSIX TZ string (needs no tzdata): 2024-03-31 02:00-03:00 does not exist.
    qputenv("TZ", QByteArrayLiteral("CET-1CEST,M3.5.0,M10.5.0/3"));
    tzset();
    // Local time in winter and in summer (a 2:30 in the gap itself is invalid before Qt 6.7 and moved after).
    QVERIFY2(QDateTime(QDate(2024, 1, 15), QTime(12, 0)).offsetFromUtc() == 3600
                 && QDateTime(QDate(2024, 7, 15), QTime(12, 0)).offsetFromUtc() == 7200,
             "the TZ environment variable must take effect for this test to mean anything");

    const QDateTime outsideGap = ApiEnvelope::parseHttpDate(QByteArrayLiteral("Sun, 06 Nov 1994 08:49:37 GMT"));
    QCOMPARE(outsideGap.toSecsSinceEpoch(), qint64(784111777));

    const QDateTime inGap = ApiEnvelope::parseHttpDate(QByteArrayLiteral("Sun, 31 Mar 2024 02:30:00 GMT"));
    QVERIFY(inGap.isValid());
    QCOMPARE(inGap.toSecsSinceEpoch(), qint64(1711852200));
#else
    QSKIP("Needs POSIX TZ handling");
#endif
}

// ---------------------------------------------------------------------------------------------
// ApiError

void tst_CoreBasics::apiErrorCodesForKinds()
{
    QVERIFY(ApiError::codeForKind(ApiError::Kind::None).isEmpty());
    QSet<QString> seen;
    for (const ApiError::Kind kind : AllKinds) {
        if (!isTransportKind(kind))
            continue;
        const QString code = ApiError::codeForKind(kind);
        QVERIFY2(code.startsWith(QStringLiteral("Client.")), qPrintable(code));
        QVERIFY2(code.size() > 7, qPrintable(code));
        QVERIFY2(!seen.contains(code), qPrintable(code));
        seen.insert(code);
        QCOMPARE(ApiError::transport(kind, QStringLiteral("detail")).code(), code);
    }
    QCOMPARE(seen.size(), qsizetype(14));
    QVERIFY(!seen.contains(ApiError::codeForKind(ApiError::Kind::Service)));
}

void tst_CoreBasics::apiErrorTexts()
{
    const ApiError none;
    QVERIFY(none.isNone());
    QVERIFY(none.title().isEmpty());
    QVERIFY(none.advice().isEmpty());

    for (const ApiError::Kind kind : AllKinds) {
        if (kind == ApiError::Kind::None)
            continue;
        const ApiError error = kind == ApiError::Kind::Service
                                   ? ApiError::service(QStringLiteral("InternalError"), QString(), QStringLiteral("r"))
                                   : ApiError::transport(kind, QStringLiteral("detail"));
        const QString label = ApiError::codeForKind(kind);
        QCOMPARE(error.kind(), kind);
        QVERIFY2(!error.isNone(), qPrintable(label));
        QVERIFY2(!error.title().trimmed().isEmpty(), qPrintable(label));
        QVERIFY2(!error.advice().trimmed().isEmpty(), qPrintable(label));
    }
    // A service error with a message shows it; without one, still gives advice.
    QVERIFY(ApiError::service(QStringLiteral("X.Y"), QStringLiteral("server says hi"), QString())
                .advice()
                .contains(QStringLiteral("server says hi")));
}

void tst_CoreBasics::apiErrorDescribe()
{
    const ApiError service = ApiError::service(QStringLiteral("ResourceNotFound"), QStringLiteral("no such group"),
                                               QStringLiteral("req-42"));
    const QString serviceText = service.describe();
    QVERIFY(serviceText.contains(QStringLiteral("ResourceNotFound")));
    QVERIFY(serviceText.contains(QStringLiteral("req-42")));
    QVERIFY(serviceText.contains(QStringLiteral("no such group")));

    for (const ApiError::Kind kind : AllKinds) {
        if (!isTransportKind(kind))
            continue;
        ApiError error = ApiError::transport(kind, QStringLiteral("technical detail"));
        error.withRequestId(QStringLiteral("req-7")).withHttpStatus(503);
        const QString text = error.describe();
        QVERIFY2(text.contains(ApiError::codeForKind(kind)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("req-7")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("technical detail")), qPrintable(text));
        QCOMPARE(error.requestId(), QStringLiteral("req-7"));
        QCOMPARE(error.httpStatus(), 503);
    }

    // Failure results report the error's RequestId.
    const ApiResult failed = ApiResult::failure(QStringLiteral("A"), service);
    QCOMPARE(failed.requestId(), QStringLiteral("req-42"));
}

// ---------------------------------------------------------------------------------------------
// SecretString

void tst_CoreBasics::secretStringDebugIsRedacted()
{
    const QString value = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
    const SecretString secret(value);

    QString output;
    QDebug(&output) << secret;
    QVERIFY2(!output.contains(value), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("EXAMPLE")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("Gu5t")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("redacted")), qPrintable(output));

    // Inside containers and between other output too.
    QString nested;
    QDebug(&nested) << QStringLiteral("key:") << secret << 42;
    QVERIFY2(!nested.contains(QStringLiteral("EXAMPLE")), qPrintable(nested));
    QVERIFY2(nested.contains(QStringLiteral("42")), qPrintable(nested));

    QString empty;
    QDebug(&empty) << SecretString();
    QVERIFY2(!empty.contains(QStringLiteral("redacted")), qPrintable(empty));

    QCOMPARE(secret.reveal(), value);
    QVERIFY(!secret.isEmpty());
    QVERIFY(SecretString().isEmpty());
}

void tst_CoreBasics::secretStringMaskedHint_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("mustEndWith"); // empty: reveals nothing

    QTest::newRow("16 chars") << QStringLiteral("abcdefghijklmnop") << QStringLiteral("mnop");
    QTest::newRow("SecretKey") << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE") << QStringLiteral("MPLE");
    QTest::newRow("8 chars") << QStringLiteral("abcdefgh") << QString();
    QTest::newRow("4 chars") << QStringLiteral("wxyz") << QString();
    QTest::newRow("1 char") << QStringLiteral("q") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_CoreBasics::secretStringMaskedHint()
{
    QFETCH(QString, secret);
    QFETCH(QString, mustEndWith);

    const QString hint = SecretString(secret).maskedHint();
    QVERIFY(!hint.isEmpty());
    if (mustEndWith.isEmpty()) {
        for (const QChar c : secret)
            QVERIFY2(!hint.contains(c), qPrintable(hint));
    } else {
        QVERIFY2(hint.endsWith(mustEndWith), qPrintable(hint));
        QVERIFY2(!hint.contains(secret.left(4)), qPrintable(hint));
        QVERIFY2(!hint.contains(secret), qPrintable(hint));
        // At most four characters of the secret show.
        QVERIFY2(!hint.contains(secret.right(5)), qPrintable(hint));
    }
}

void tst_CoreBasics::secretStringCopiesSurviveDestruction()
{
    const QString original = QStringLiteral("secret-") + QString::number(12345);
    SecretString kept(original);
    {
        const SecretString copy = kept;
        QCOMPARE(copy.reveal(), original);
    }
    QCOMPARE(kept.reveal(), original);
    {
        auto *temporary = new SecretString(kept);
        delete temporary;
    }
    QCOMPARE(kept.reveal(), original);
    QCOMPARE(original, QStringLiteral("secret-12345"));

    SecretString moved(std::move(kept));
    QCOMPARE(moved.reveal(), QStringLiteral("secret-12345"));
    QVERIFY(moved == SecretString(QStringLiteral("secret-12345")));
    QVERIFY(moved != SecretString(QStringLiteral("other")));
}

QTEST_APPLESS_MAIN(tst_CoreBasics)

// The one rule for the NetworkType values a check from an origin can use (form and matrix alike).
void tst_CoreBasics::offeredNetworkTypes_data()
{
    QTest::addColumn<std::optional<QStringList>>("listed");
    QTest::addColumn<QStringList>("offered");
    const auto list = [](std::initializer_list<const char *> values) {
        QStringList out;
        for (const char *value : values)
            out.append(QString::fromLatin1(value));
        return out;
    };
    QTest::newRow("SupportFeature null") << std::optional<QStringList>() << list({"normal"});
    QTest::newRow("empty list") << std::optional<QStringList>(QStringList()) << QStringList();
    QTest::newRow("both, server order") << std::optional(list({"cn2", "normal"})) << list({"cn2", "normal"});
    QTest::newRow("repeated") << std::optional(list({"normal", "cn2", "normal"})) << list({"normal", "cn2"});
    QTest::newRow("every value the origin advertises")
        << std::optional(list({"triple", "normal", "secure_eip"})) << list({"triple", "normal", "secure_eip"});
    QTest::newRow("empty and unprintable values dropped") << std::optional(list({"", "cn2"})) << list({"cn2"});
}

void tst_CoreBasics::offeredNetworkTypes()
{
    QFETCH(std::optional<QStringList>, listed);
    QFETCH(QStringList, offered);
    RegionDetail origin;
    origin.networkTypes = listed;
    QCOMPARE(origin.offeredNetworkTypes(), offered);
}

void tst_CoreBasics::accessQueryEquality()
{
    const AccessRegionQuery query{QStringLiteral("Hongkong"), QStringLiteral("IPv4"), QStringLiteral("Thunder")};
    QVERIFY(query == query);
    AccessRegionQuery other = query;
    QVERIFY(!(other != query));
    other.originRegion = QStringLiteral("SouthChina");
    QVERIFY(other != query);
    other = query;
    other.ipVersion = QStringLiteral("IPv6");
    QVERIFY(other != query);
    other = query;
    other.packageType = QStringLiteral("Accelerator");
    QVERIFY(other != query);
}

#include "tst_corebasics.moc"
