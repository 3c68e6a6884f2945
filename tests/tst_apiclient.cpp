// ApiClient against the fake GAAP server: signed success, every error class, timeout, cancel,
// destruction, the http-to-non-loopback refusal and a self-signed HTTPS server.
#include "core/api/apiclient.h"
#include "core/common/gaapversion.h"
#include "support/fakegaapserver.h"
#include "support/fakeserverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QtTest>

#include <memory>
#include <optional>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QString testDataPath(const QString &name)
{
    return qEnvironmentVariable("GAAP_TEST_DATA_DIR") + u'/' + name;
}

Credentials credentialsFrom(const FakeCredential &fake)
{
    return {fake.secretId, SecretString(fake.secretKey), SecretString(fake.token)};
}

} // namespace

class tst_ApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signedCallSucceeds();
    void sendsDocumentedHeaders();
    void languageSelectsRegionNames_data();
    void languageSelectsRegionNames();
    void sessionTokenIsSent();
    void controlCharactersInCredentialsAreNotSent_data();
    void controlCharactersInCredentialsAreNotSent();
    void controlCharactersInAnyHeaderAreNotSent();
    void closedConnectionIsNotResent_data();
    void closedConnectionIsNotResent();
    void traceNamesHeadersAndMasksSecrets();
    void nonAsciiBodyIsSignedExactly();
    void checkProxyCreateAnswersBothWays();
    void serviceErrorsKeepCodeMessageAndRequestId_data();
    void serviceErrorsKeepCodeMessageAndRequestId();
    void clockOffsetCorrectsSkewAndServerDateIsKept();
    void transportErrors_data();
    void transportErrors();
    void slowAnswerWithinTimeoutSucceeds();
    void timeoutEndsCall();
    void connectionRefused();
    void hostNotFound();
    void cancelEndsCallWithCancelled();
    void destroyingClientAbortsCallsSilently();
    void missingCredentialsFailWithoutSending();
    void plainHttpToNonLoopbackIsRefused_data();
    void plainHttpToNonLoopbackIsRefused();
    void selfSignedHttpsServerIsRejected();
    void standaloneFakeServerAnswersSignedCall();

private:
    ApiResult run(const QString &action, const QJsonObject &parameters = {});
    ApiResult waitFor(ApiCall *call);
    void useEndpoint(const QString &url);
    [[nodiscard]] FakeCredential temporaryCredential() const;

    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_ApiClient::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    useEndpoint(m_server->url().toString());
    m_client->setCredentials(credentialsFrom(m_server->demoCredential()));
}

void tst_ApiClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void tst_ApiClient::useEndpoint(const QString &url)
{
    QString error;
    const std::optional<Endpoint> endpoint = Endpoint::fromUserInput(url, &error);
    QVERIFY2(endpoint.has_value(), qPrintable(error));
    m_client->setEndpoint(*endpoint);
}

ApiResult tst_ApiClient::waitFor(ApiCall *call)
{
    const QString action = call->action(); // the call deletes itself after finishing
    std::optional<ApiResult> result;
    connect(call, &ApiCall::finished, this, [&result](const ApiResult &r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
    return result.value_or(ApiResult::failure(action, ApiError()));
}

ApiResult tst_ApiClient::run(const QString &action, const QJsonObject &parameters)
{
    return waitFor(m_client->call(action, parameters));
}

void tst_ApiClient::signedCallSucceeds()
{
    const ApiResult result = run(QStringLiteral("DescribeDestRegions"));
    QVERIFY2(result.isOk(), qPrintable(result.error().describe()));
    QVERIFY(!result.requestId().isEmpty());
    QCOMPARE(result.action(), QStringLiteral("DescribeDestRegions"));
    const QJsonArray regions = result.response().value(QLatin1String("DestRegionSet")).toArray();
    QCOMPARE(regions.size(), m_server->data().destRegions().size());
    QCOMPARE(result.response().value(QLatin1String("TotalCount")).toInt(), regions.size());
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDestRegions")), 1);
}

void tst_ApiClient::sendsDocumentedHeaders()
{
    m_client->setLanguage(ApiClient::Language::English);
    QVERIFY(run(QStringLiteral("DescribeDestRegions")).isOk());
    const ReceivedRequest request = m_server->lastRequest();
    QCOMPARE(request.header("Content-Type"), QByteArrayLiteral("application/json"));
    QCOMPARE(request.header("Host"), QByteArray("127.0.0.1:" + QByteArray::number(m_server->url().port())));
    QCOMPARE(request.header("X-TC-Action"), QByteArrayLiteral("DescribeDestRegions"));
    QCOMPARE(request.header("X-TC-Version"), QByteArrayLiteral("2018-05-29"));
    QCOMPARE(request.header("X-TC-Language"), QByteArrayLiteral("en-US"));
    QCOMPARE(request.header("X-TC-RequestClient"), QByteArrayLiteral(GAAP_REQUEST_CLIENT));
    QVERIFY(request.header("User-Agent").startsWith("GAAPCapacityCheck/" GAAP_VERSION_STRING));
    QVERIFY(!request.hasHeader("X-TC-Token"));
    const QByteArray credentialPrefix =
        "TC3-HMAC-SHA256 Credential=" + m_server->demoCredential().secretId.toLatin1() + '/';
    QVERIFY(request.header("Authorization").startsWith(credentialPrefix));
    bool ok = false;
    const qint64 timestamp = request.header("X-TC-Timestamp").toLongLong(&ok);
    QVERIFY(ok);
    QVERIFY(qAbs(timestamp - QDateTime::currentSecsSinceEpoch()) < 60);
    QCOMPARE(request.body, QByteArrayLiteral("{}"));
}

void tst_ApiClient::languageSelectsRegionNames_data()
{
    QTest::addColumn<ApiClient::Language>("language");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("english") << ApiClient::Language::English << QByteArrayLiteral("en-US");
    QTest::newRow("chinese") << ApiClient::Language::Chinese << QByteArrayLiteral("zh-CN");
}

void tst_ApiClient::languageSelectsRegionNames()
{
    QFETCH(ApiClient::Language, language);
    QFETCH(QByteArray, header);
    m_client->setLanguage(language);
    const ApiResult result = run(QStringLiteral("DescribeDestRegions"));
    QVERIFY2(result.isOk(), qPrintable(result.error().describe()));
    QCOMPARE(m_server->lastRequest().header("X-TC-Language"), header);

    const FakeDestRegion &expected = m_server->data().destRegions().constFirst();
    const QJsonObject first = result.response().value(QLatin1String("DestRegionSet")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("RegionId")).toString(), expected.id);
    QCOMPARE(first.value(QLatin1String("RegionName")).toString(),
             expected.name.in(language == ApiClient::Language::Chinese));
}

FakeCredential tst_ApiClient::temporaryCredential() const
{
    const QList<FakeCredential> &all = m_server->data().credentials();
    const auto temporary =
        std::find_if(all.cbegin(), all.cend(), [](const FakeCredential &c) { return !c.token.isEmpty(); });
    return temporary != all.cend() ? *temporary : FakeCredential();
}

void tst_ApiClient::sessionTokenIsSent()
{
    const FakeCredential temporary = temporaryCredential();
    QVERIFY(!temporary.token.isEmpty());

    m_client->setCredentials(credentialsFrom(temporary));
    QVERIFY(run(QStringLiteral("DescribeDestRegions")).isOk());
    QCOMPARE(m_server->lastRequest().header("X-TC-Token"), temporary.token.toUtf8());

    Credentials withoutToken = credentialsFrom(temporary);
    withoutToken.sessionToken = SecretString();
    m_client->setCredentials(withoutToken);
    const ApiResult refused = run(QStringLiteral("DescribeDestRegions"));
    QCOMPARE(refused.error().code(), QStringLiteral("AuthFailure.TokenFailure"));
}

void tst_ApiClient::traceNamesHeadersAndMasksSecrets()
{
    // The --verbose trace reads the same on every Qt (from 6.7 QNetworkRequest lower-cases header names,
    // which once made the token slip past its mask) and never holds a secret.
    const FakeCredential temporary = temporaryCredential();
    QVERIFY(!temporary.token.isEmpty());
    m_client->setCredentials(credentialsFrom(temporary));
    m_client->setTracing(true);
    QStringList traces;
    connect(m_client.get(), &ApiClient::traced, this, [&traces](const QString &text) { traces << text; });
    QVERIFY(run(QStringLiteral("DescribeDestRegions")).isOk());

    const QString trace = traces.join(u'\n');
    const QStringList expectedLines = {u"> X-TC-Action: DescribeDestRegions"_s, u"> X-TC-Version: 2018-05-29"_s,
                                       u"> Content-Type: application/json"_s,   u"> X-TC-Token: <redacted>"_s,
                                       u"> User-Agent: GAAPCapacityCheck/"_s,   u"> Authorization: TC3-HMAC-SHA256 "_s};
    for (const QString &line : expectedLines)
        QVERIFY2(trace.contains(line), qPrintable(line + u" missing from:\n"_s + trace));
    const QByteArray authorization = m_server->lastRequest().header("Authorization");
    const QString signature = QString::fromLatin1(authorization.mid(authorization.indexOf("Signature=") + 10));
    QCOMPARE(signature.size(), 64);
    QVERIFY(trace.contains(signature.left(8) + u'…'));
    for (const QString &secret : {signature, temporary.token, temporary.secretKey})
        QVERIFY2(!trace.contains(secret), "a secret is in the trace");
}

void tst_ApiClient::nonAsciiBodyIsSignedExactly()
{
    // Raw UTF-8 in the body: the server accepts the signature and answers about the parameter.
    const ApiResult result = run(QStringLiteral("DescribeAccessRegionsByDestRegion"),
                                 {{QStringLiteral("DestRegion"), QStringLiteral("中国大陆-华南")}});
    QCOMPARE(result.error().code(), QStringLiteral("InvalidParameterValue.UnknownDestRegion"));
    QVERIFY(m_server->lastRequest().body.contains("\xe4\xb8\xad\xe5\x9b\xbd")); // 中国, unescaped
}

void tst_ApiClient::checkProxyCreateAnswersBothWays()
{
    // Find, in the fake data, a route with an offered configuration inside capacity and one above it.
    for (const FakeAccessRegion &access : m_server->data().accessRegions()) {
        const auto normal = access.capacity.constFind(QStringLiteral("normal"));
        if (normal == access.capacity.constEnd() || normal->maxBandwidth <= 0
            || !access.ipVersions.contains(QStringLiteral("IPv4"))
            || !access.packageTypes.contains(QStringLiteral("Thunder"))
            || access.bandwidths.constLast() <= normal->maxBandwidth
            || !access.bandwidths.contains(normal->maxBandwidth) || !access.concurrents.contains(normal->maxConcurrent))
            continue;
        QJsonObject request{{QStringLiteral("AccessRegion"), access.id},
                            {QStringLiteral("RealServerRegion"), access.destRegions.constFirst()},
                            {QStringLiteral("Bandwidth"), normal->maxBandwidth},
                            {QStringLiteral("Concurrent"), normal->maxConcurrent}};
        const ApiResult can = run(QStringLiteral("CheckProxyCreate"), request);
        QVERIFY2(can.isOk(), qPrintable(can.error().describe()));
        QCOMPARE(can.response().value(QLatin1String("CheckFlag")).toInt(-1), 1);

        request.insert(QStringLiteral("Bandwidth"), access.bandwidths.constLast());
        const ApiResult cannot = run(QStringLiteral("CheckProxyCreate"), request);
        QVERIFY2(cannot.isOk(), qPrintable(cannot.error().describe()));
        QCOMPARE(cannot.response().value(QLatin1String("CheckFlag")).toInt(-1), 0);
        QVERIFY(can.requestId() != cannot.requestId());
        return;
    }
    QFAIL("the fake data has no access region with partial capacity");
}

void tst_ApiClient::serviceErrorsKeepCodeMessageAndRequestId_data()
{
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<qint64>("clockSkew");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expectedCode");
    const QString good; // empty: keep the demo credential's value
    QTest::newRow("wrong key") << QStringLiteral("not-the-right-key") << good << qint64(0)
                               << QStringLiteral("DescribeDestRegions")
                               << QStringLiteral("AuthFailure.SignatureFailure");
    QTest::newRow("unknown id") << good << QStringLiteral("AKIDunknown000000000000000000000000") << qint64(0)
                                << QStringLiteral("DescribeDestRegions")
                                << QStringLiteral("AuthFailure.SecretIdNotFound");
    QTest::newRow("clock 10 min fast") << good << good << qint64(600) << QStringLiteral("DescribeDestRegions")
                                       << QStringLiteral("AuthFailure.SignatureExpire");
    QTest::newRow("clock 10 min slow") << good << good << qint64(-600) << QStringLiteral("DescribeDestRegions")
                                       << QStringLiteral("AuthFailure.SignatureExpire");
    QTest::newRow("unknown action") << good << good << qint64(0) << QStringLiteral("DescribeEverything")
                                    << QStringLiteral("InvalidAction");
    QTest::newRow("missing parameter") << good << good << qint64(0) << QStringLiteral("CheckProxyCreate")
                                       << QStringLiteral("MissingParameter");
}

void tst_ApiClient::serviceErrorsKeepCodeMessageAndRequestId()
{
    QFETCH(QString, secretKey);
    QFETCH(QString, secretId);
    QFETCH(qint64, clockSkew);
    QFETCH(QString, action);
    QFETCH(QString, expectedCode);

    Credentials credentials = credentialsFrom(m_server->demoCredential());
    if (!secretKey.isEmpty())
        credentials.secretKey = SecretString(secretKey);
    if (!secretId.isEmpty())
        credentials.secretId = secretId;
    m_client->setCredentials(credentials);
    m_client->setClock([clockSkew] { return QDateTime::currentDateTimeUtc().addSecs(clockSkew); });

    const ApiResult result = run(action);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ApiError::Kind::Service);
    QCOMPARE(result.error().code(), expectedCode);
    QVERIFY(!result.error().message().isEmpty());
    QVERIFY(!result.requestId().isEmpty());
    QVERIFY(result.error().describe().contains(result.requestId()));
    QVERIFY(result.error().describe().contains(expectedCode));
}

void tst_ApiClient::clockOffsetCorrectsSkewAndServerDateIsKept()
{
    m_server->setClockOffset(3600); // the server is an hour ahead of this machine
    const ApiResult expired = run(QStringLiteral("DescribeDestRegions"));
    QCOMPARE(expired.error().code(), QStringLiteral("AuthFailure.SignatureExpire"));
    QVERIFY(expired.serverDate().isValid());
    const qint64 skew = expired.serverDate().toSecsSinceEpoch() - expired.signedTimestamp();
    QVERIFY2(skew > 3500 && skew < 3700, qPrintable(QString::number(skew)));

    m_client->setClockOffset(skew);
    const ApiResult corrected = run(QStringLiteral("DescribeDestRegions"));
    QVERIFY2(corrected.isOk(), qPrintable(corrected.error().describe()));
    QCOMPARE(corrected.signedTimestamp() - expired.signedTimestamp() >= skew, true);
}

void tst_ApiClient::transportErrors_data()
{
    QTest::addColumn<FakeFault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");

    FakeFault fault;
    fault.count = -1;
    fault.kind = FakeFault::Kind::Http502Html;
    QTest::newRow("HTTP 502 with HTML") << fault << ApiError::Kind::HttpStatus << QStringLiteral("Client.HttpStatus");
    fault.kind = FakeFault::Kind::TruncatedJson;
    QTest::newRow("truncated JSON") << fault << ApiError::Kind::InvalidJson << QStringLiteral("Client.InvalidJson");
    fault.kind = FakeFault::Kind::CloseConnection;
    QTest::newRow("connection closed") << fault << ApiError::Kind::ConnectionClosed
                                       << QStringLiteral("Client.ConnectionClosed");
    fault.kind = FakeFault::Kind::OversizeBody;
    QTest::newRow("20 MiB body with Content-Length")
        << fault << ApiError::Kind::BodyTooLarge << QStringLiteral("Client.BodyTooLarge");
    fault.declareLength = false;
    QTest::newRow("20 MiB body without Content-Length")
        << fault << ApiError::Kind::BodyTooLarge << QStringLiteral("Client.BodyTooLarge");
    fault = FakeFault();
    fault.errorCode = QStringLiteral("FailedOperation.SomethingNobodyDocumented");
    fault.errorMessage = QStringLiteral("A brand-new failure.");
    QTest::newRow("unknown error code") << fault << ApiError::Kind::Service << fault.errorCode;
}

void tst_ApiClient::transportErrors()
{
    QFETCH(FakeFault, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    m_server->addFault(fault);

    const ApiResult result = run(QStringLiteral("DescribeDestRegions"));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), kind);
    QCOMPARE(result.error().code(), code);
    QVERIFY(!result.error().title().isEmpty());
    QVERIFY(!result.error().advice().isEmpty());
    if (kind == ApiError::Kind::HttpStatus)
        QCOMPARE(result.error().httpStatus(), 502);
    if (kind == ApiError::Kind::Service)
        QCOMPARE(result.error().message(), fault.errorMessage);

    // The client stays usable: the next call succeeds.
    m_server->clearFaults();
    const ApiResult next = run(QStringLiteral("DescribeDestRegions"));
    QVERIFY2(next.isOk(), qPrintable(next.error().describe()));
}

void tst_ApiClient::slowAnswerWithinTimeoutSucceeds()
{
    FakeFault slow;
    slow.kind = FakeFault::Kind::SlowAnswer;
    slow.delayMs = 300;
    m_server->addFault(slow);
    m_client->setTimeout(10s);
    const ApiResult result = run(QStringLiteral("DescribeDestRegions"));
    QVERIFY2(result.isOk(), qPrintable(result.error().describe()));
}

void tst_ApiClient::timeoutEndsCall()
{
    FakeFault silent;
    silent.kind = FakeFault::Kind::NoAnswer;
    m_server->addFault(silent);
    m_client->setTimeout(300ms);
    const ApiResult result = run(QStringLiteral("DescribeDestRegions"));
    QCOMPARE(result.error().kind(), ApiError::Kind::Timeout);
    QCOMPARE(result.error().code(), QStringLiteral("Client.Timeout"));

    m_client->setTimeout(ApiClient::DefaultTimeout);
    QVERIFY(run(QStringLiteral("DescribeDestRegions")).isOk());
}

void tst_ApiClient::connectionRefused()
{
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
    const quint16 port = placeholder.serverPort();
    placeholder.close(); // nothing listens there any more
    useEndpoint(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const ApiResult result = run(QStringLiteral("DescribeDestRegions"));
    QCOMPARE(result.error().kind(), ApiError::Kind::ConnectionRefused);
}

void tst_ApiClient::hostNotFound()
{
    // A name longer than 255 bytes can never resolve: the resolver refuses it locally, so no
    // DNS query leaves this machine (checked with strace: no UDP socket is opened).
    QStringList labels(5, QString(60, u'a'));
    labels.append(QStringLiteral("invalid"));
    const QString host = labels.join(u'.');
    useEndpoint(QStringLiteral("https://%1").arg(host));
    const ApiResult result = run(QStringLiteral("DescribeDestRegions"));
    QCOMPARE(result.error().kind(), ApiError::Kind::HostNotFound);
    QCOMPARE(result.error().code(), QStringLiteral("Client.HostNotFound"));
}

void tst_ApiClient::cancelEndsCallWithCancelled()
{
    FakeFault silent;
    silent.kind = FakeFault::Kind::NoAnswer;
    m_server->addFault(silent);
    ApiCall *call = m_client->call(QStringLiteral("DescribeDestRegions"), {});
    std::optional<ApiResult> result;
    connect(call, &ApiCall::finished, this, [&result](const ApiResult &r) { result = r; });
    QTRY_COMPARE(m_server->totalRequestCount(), 1); // the request reached the server
    QVERIFY(!result);
    call->cancel();
    QVERIFY(result.has_value()); // finished synchronously from cancel()
    QCOMPARE(result->error().kind(), ApiError::Kind::Cancelled);
    call->cancel(); // harmless after the end
}

void tst_ApiClient::destroyingClientAbortsCallsSilently()
{
    FakeFault silent;
    silent.kind = FakeFault::Kind::NoAnswer;
    m_server->addFault(silent);
    QPointer<ApiCall> call = m_client->call(QStringLiteral("DescribeDestRegions"), {});
    bool finished = false;
    connect(call, &ApiCall::finished, this, [&finished] { finished = true; });
    QTRY_COMPARE(m_server->totalRequestCount(), 1);

    m_client.reset();
    QVERIFY(call.isNull());
    QTest::qWait(50); // let any stray queued event run: still nothing may arrive
    QVERIFY(!finished);
}

void tst_ApiClient::missingCredentialsFailWithoutSending()
{
    m_client->setCredentials(Credentials());
    ApiCall *call = m_client->call(QStringLiteral("DescribeDestRegions"), {});
    QVERIFY(!call->isFinished()); // never finishes before the caller could connect
    const ApiResult result = waitFor(call);
    QCOMPARE(result.error().kind(), ApiError::Kind::MissingCredentials);
    QCOMPARE(m_server->totalRequestCount(), 0);
}

// A line break in a key would end the header it travels in and start another (header injection).
void tst_ApiClient::controlCharactersInCredentialsAreNotSent_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("token");
    const QString id = QStringLiteral("AKIDfakeGaapCapacityCheck0000000001");
    const QString key = QStringLiteral("fakeSecretKeyForTheFakeGaapServer01");
    QTest::newRow("CR LF in the SecretId") << id + QStringLiteral("\r\nX-Evil: 1") << key << QString();
    QTest::newRow("LF in the SecretKey") << id << key + QStringLiteral("\nX-Evil: 1") << QString();
    QTest::newRow("CR LF in the token") << id << key << QStringLiteral("token\r\nX-Evil: 1");
    QTest::newRow("escape in the token") << id << key << QStringLiteral("tok\u001ben");
    QTest::newRow("DEL in the SecretId") << id + QStringLiteral("\u007f") << key << QString();
}

void tst_ApiClient::controlCharactersInCredentialsAreNotSent()
{
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QString, token);
    m_client->setCredentials({secretId, SecretString(secretKey), SecretString(token)});
    const ApiResult result = waitFor(m_client->call(QStringLiteral("DescribeDestRegions"), {}));
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidCredentials);
    QVERIFY(!result.error().title().isEmpty());
    QVERIFY2(result.error().advice().contains(QStringLiteral("TENCENTCLOUD_SECRET_ID")),
             qPrintable(result.error().advice()));
    QVERIFY(!result.error().describe().contains(QStringLiteral("X-Evil")));
    QCOMPARE(m_server->totalRequestCount(), 0);
}

void tst_ApiClient::controlCharactersInAnyHeaderAreNotSent()
{
    const ApiResult result = waitFor(m_client->call(QStringLiteral("DescribeDestRegions\r\nX-Evil: 1"), {}));
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidInput);
    QVERIFY2(result.error().message().contains(QStringLiteral("X-TC-Action")), qPrintable(result.error().message()));
    QCOMPARE(m_server->totalRequestCount(), 0);
}

// The server hangs up after reading the request, before any answer: the call fails with
// Client.ConnectionClosed and the request reached the server once (Qt would silently send it again).
// A fresh connection, and one kept alive from an earlier answer, behave the same.
void tst_ApiClient::closedConnectionIsNotResent_data()
{
    QTest::addColumn<bool>("keptAlive");
    QTest::newRow("fresh connection") << false;
    QTest::newRow("kept-alive connection") << true;
}

void tst_ApiClient::closedConnectionIsNotResent()
{
    QFETCH(bool, keptAlive);
    if (keptAlive)
        QVERIFY(waitFor(m_client->call(QStringLiteral("DescribeDestRegions"), {})).isOk());
    const int before = m_server->totalRequestCount();
    FakeFault hangUp;
    hangUp.kind = FakeFault::Kind::CloseConnection;
    hangUp.count = 1;
    m_server->addFault(hangUp);
    const ApiResult result = waitFor(m_client->call(QStringLiteral("DescribeDestRegions"), {}));
    QCOMPARE(result.error().kind(), ApiError::Kind::ConnectionClosed);
    QTest::qWait(200); // a re-send would arrive now
    QCOMPARE(m_server->totalRequestCount(), before + 1);
}

void tst_ApiClient::plainHttpToNonLoopbackIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("public host") << QStringLiteral("http://gaap.tencentcloudapi.com");
    QTest::newRow("private address") << QStringLiteral("http://192.168.1.10:8080");
    QTest::newRow("any address") << QStringLiteral("http://0.0.0.0:80");
}

void tst_ApiClient::plainHttpToNonLoopbackIsRefused()
{
    QFETCH(QString, url);
    QString error;
    QVERIFY(!Endpoint::fromUserInput(url, &error).has_value());
    QVERIFY(error.contains(QLatin1String("http://")));
    QVERIFY(error.contains(QLatin1String("https://")));
    // The client keeps its previous endpoint: nothing is sent anywhere else.
    QCOMPARE(m_client->endpoint().url(), m_server->url());
}

void tst_ApiClient::selfSignedHttpsServerIsRejected()
{
    QFile certificateFile(testDataPath(QStringLiteral("selfsigned-localhost.crt")));
    QFile keyFile(testDataPath(QStringLiteral("selfsigned-localhost.key")));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(&certificateFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QVERIFY(!key.isNull());

    FakeGaapServer tlsServer;
    tlsServer.useTls(certificate, key);
    QVERIFY(tlsServer.listenOnLoopback() != 0);
    useEndpoint(QStringLiteral("https://127.0.0.1:%1").arg(tlsServer.url().port()));

    const ApiResult result = run(QStringLiteral("DescribeDestRegions"));
    QCOMPARE(result.error().kind(), ApiError::Kind::TlsFailure);
    QCOMPARE(result.error().code(), QStringLiteral("Client.TlsFailure"));
    QCOMPARE(tlsServer.totalRequestCount(), 0); // no request was ever revealed to it
}

void tst_ApiClient::standaloneFakeServerAnswersSignedCall()
{
    // gaap-fake-server on its own: it prints its base URL, and the app's client talks to it.
    FakeServerProcess server(QStringLiteral(GAAP_FAKE_SERVER_PATH), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(server.isRunning());
    const QString baseUrl = server.url();
    QVERIFY2(baseUrl.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(baseUrl));

    useEndpoint(baseUrl);
    const ApiResult result = run(QStringLiteral("DescribeAccessRegionsByDestRegion"),
                                 {{QStringLiteral("DestRegion"), m_server->data().destRegions().constFirst().id}});
    QVERIFY2(result.isOk(), qPrintable(result.error().describe()));
    QVERIFY(!result.response().value(QLatin1String("AccessRegionSet")).toArray().isEmpty());
    QCOMPARE(m_server->totalRequestCount(), 0); // it really was the other process that answered
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
