// FakeGaapServer on its own, driven by hand-built HTTP requests: each row breaks exactly one thing
// (a signing input, a header, a parameter) and checks the envelope against the data the server was
// built from. Covers signatures, protocol errors, parameter checks, the four actions, the
// per-action rate limit, fault injection (in process and over HTTP) and data-file validation.
#include "fakegaapserver.h"
#include "tc3signer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// What is signed and what is sent, kept apart so that a test can make them disagree.
struct Call
{
    QByteArray method = "POST"_ba;
    QString path = u"/"_s;
    QByteArray action = "DescribeDestRegions"_ba;
    QByteArray body = "{}"_ba; // signed; sent unless sentBody is set
    std::optional<QByteArray> sentBody;
    QString secretId;
    QString secretKey;
    QByteArray service = "gaap"_ba;
    QByteArray contentType = "application/json"_ba; // signed; sent unless sentContentType is set
    std::optional<QByteArray> sentContentType;
    qint64 timestampOffset = 0;                       // X-TC-Timestamp = this machine's clock + offset
    qint64 signingShift = 0;                          // the signature is computed for X-TC-Timestamp + shift
    QList<QPair<QByteArray, QByteArray>> extraSigned; // signed besides content-type;host, and sent
    QByteArrayList omit;                              // headers not to send at all
    std::optional<QByteArray> authorization;          // sent instead of the computed one
    std::optional<QByteArray> token;                  // X-TC-Token
    QByteArray version = "2018-05-29"_ba;
    QByteArray language; // X-TC-Language, when not empty
};

using Tweak = std::function<void(Call &, FakeGaapServer &)>;

struct Result
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType, date, body;
    bool isJson = false;
    QJsonObject document;
    QJsonObject response;       // document["Response"]
    bool secondChanged = false; // the clock reached the next second while the call was under way

    [[nodiscard]] QString code() const { return response.value("Error"_L1).toObject().value("Code"_L1).toString(); }
};

// A configuration the server accepts with its defaults (IPv4, Thunder, normal).
struct Connection
{
    FakeAccessRegion access;
    QString dest;
    qint64 bandwidth = 0;
    qint64 concurrent = 0;
};

FakeCredential credentialOf(const FakeGaapData &data, bool temporary)
{
    for (const FakeCredential &credential : data.credentials()) {
        if (credential.token.isEmpty() != temporary)
            return credential;
    }
    return {};
}

std::optional<Connection> firstConnection(const FakeGaapData &data, bool needsFlowPrice = false)
{
    for (const FakeAccessRegion &a : data.accessRegions()) {
        if (a.ipVersions.contains("IPv4"_L1) && a.packageTypes.contains("Thunder"_L1) && !a.destRegions.isEmpty()
            && !a.bandwidths.isEmpty() && a.concurrents.size() > 1 && (!needsFlowPrice || a.price.flowUnitPrice))
            return Connection{a, a.destRegions.first(), a.bandwidths.first(), a.concurrents.last()};
    }
    return std::nullopt;
}

QJsonObject connectionParameters(const FakeAccessRegion &access, const QString &dest, qint64 bandwidth,
                                 qint64 concurrent)
{
    QJsonObject parameters{{u"AccessRegion"_s, access.id},
                           {u"RealServerRegion"_s, dest},
                           {u"Bandwidth"_s, bandwidth},
                           {u"Concurrent"_s, concurrent}};
    if (!access.ipVersions.contains("IPv4"_L1))
        parameters.insert("IPAddressVersion"_L1, access.ipVersions.value(0));
    if (!access.packageTypes.contains("Thunder"_L1))
        parameters.insert("PackageType"_L1, access.packageTypes.value(0));
    return parameters;
}

QJsonObject connectionParameters(const Connection &c)
{
    return connectionParameters(c.access, c.dest, c.bandwidth, c.concurrent);
}

QJsonArray toJsonArray(const QList<qint64> &values)
{
    QJsonArray array;
    for (const qint64 value : values)
        array.append(value);
    return array;
}

// {largest value <= limit, smallest value > limit}; -1 where there is none.
std::pair<qint64, qint64> splitAt(const QList<qint64> &values, qint64 limit)
{
    qint64 fit = -1, over = -1;
    for (const qint64 value : values) {
        if (value <= limit)
            fit = std::max(fit, value);
        else
            over = over < 0 ? value : std::min(over, value);
    }
    return {fit, over};
}

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

// The Date header (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT") in seconds since the epoch. Qt 6.4
// reads RFC 2822 dates with a numeric zone only.
std::optional<qint64> httpDate(const QByteArray &value)
{
    if (!value.endsWith(" GMT"))
        return std::nullopt;
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(value.chopped(3) + "+0000"), Qt::RFC2822Date);
    return date.isValid() ? std::optional<qint64>(date.toSecsSinceEpoch()) : std::nullopt;
}

// Empty when the Date header is the server's now (with its clock offset), ±2 s for the call itself.
QString dateMismatch(const Result &r, qint64 serverNow)
{
    const std::optional<qint64> date = httpDate(r.date);
    if (date && std::abs(*date - serverNow) <= 2)
        return {};
    return u"Date header \"%1\" is not the server's now (%2)"_s.arg(QString::fromLatin1(r.date)).arg(serverNow);
}

// Empty when the answer is a well-formed envelope (HTTP 200, JSON, RequestId, Date) with this error code.
QString answerMismatch(const Result &r, const QString &expectedCode, qint64 serverNow)
{
    const QString body = QString::fromUtf8(r.body.left(400));
    if (!r.finished || r.status != 200)
        return u"HTTP status %1, network error %2: %3"_s.arg(r.status).arg(static_cast<int>(r.error)).arg(body);
    if (!r.isJson || !r.document.value("Response"_L1).isObject())
        return u"not a JSON envelope: "_s + body;
    if (r.response.value("RequestId"_L1).toString().isEmpty())
        return u"no RequestId: "_s + body;
    if (r.code() != expectedCode)
        return u"expected error code \"%1\", got \"%2\": %3"_s.arg(expectedCode, r.code(), body);
    return dateMismatch(r, serverNow);
}

QJsonObject builtInDataObject()
{
    QFile file(u":/fakegaap/gaap-fake-data.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the built-in fake GAAP data");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The built-in data file with the first item of one of its arrays edited.
QByteArray builtInDataWith(QLatin1StringView arrayKey, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = builtInDataObject();
    QJsonArray array = root.value(arrayKey).toArray();
    QJsonObject item = array.at(0).toObject();
    edit(item);
    array.replace(0, item);
    root.insert(arrayKey, array);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

Q_DECLARE_METATYPE(Tweak)

// Evaluate `result` once: it is often a perform(…) call.
#define VERIFY_ANSWER(result, code)                                                                                    \
    do {                                                                                                               \
        const QString mismatch_ = answerMismatch(result, code, m_server->now());                                       \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                                          \
    } while (false)
#define VERIFY_DATE(result)                                                                                            \
    do {                                                                                                               \
        const QString mismatch_ = dateMismatch(result, m_server->now());                                               \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                                          \
    } while (false)

class tst_FakeGaapServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answers_data();
    void answers();
    void unknownPathIsNotFound();
    void parameters_data();
    void parameters();
    void destRegionsListEverything_data();
    void destRegionsListEverything();
    void accessRegionsFilter();
    void checkFlagFollowsCapacity();
    void inquiryPriceFromData_data();
    void inquiryPriceFromData();
    void rateLimit_data();
    void rateLimit();
    void errorFault_data();
    void errorFault();
    void oneShotFaults_data();
    void oneShotFaults();
    void closeConnectionFault();
    void noAnswerFault();
    void oversizeBodyFault_data();
    void oversizeBodyFault();
    void faultsOverHttp();
    void dataFile_data();
    void dataFile();

private:
    [[nodiscard]] Call apiCall(const QString &action, const QJsonObject &parameters = {}) const;
    QNetworkReply *start(const Call &call);
    Result finish(QNetworkReply *reply);
    Result perform(const Call &call);
    Result control(const QByteArray &method, const QByteArray &body);
    bool injectFault(const QJsonObject &spec, bool viaHttp);

    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_FakeGaapServer::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback(0) != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void tst_FakeGaapServer::cleanup()
{
    m_network.reset(); // aborts and deletes any reply still open
    m_server.reset();
}

Call tst_FakeGaapServer::apiCall(const QString &action, const QJsonObject &parameters) const
{
    const FakeCredential key = credentialOf(m_server->data(), false);
    Call call;
    call.action = action.toLatin1();
    call.body = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    call.secretId = key.secretId;
    call.secretKey = key.secretKey;
    return call;
}

QNetworkReply *tst_FakeGaapServer::start(const Call &call)
{
    const QByteArray host = "127.0.0.1:" + QByteArray::number(m_server->url().port());
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch() + call.timestampOffset;
    Tc3SigningInput input;
    input.secretId = call.secretId;
    input.secretKey = SecretString(call.secretKey);
    input.service = call.service;
    input.host = host;
    input.contentType = call.contentType;
    input.body = call.body;
    input.timestamp = timestamp + call.signingShift;
    input.method = call.method;
    input.extraSignedHeaders = call.extraSigned;

    QUrl url = m_server->url();
    url.setPath(call.path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", call.authorization.value_or(Tc3Signer::sign(input).authorization));
    request.setRawHeader("Content-Type", call.sentContentType.value_or(call.contentType));
    request.setRawHeader("Host", host);
    request.setRawHeader("X-TC-Action", call.action);
    request.setRawHeader("X-TC-Version", call.version);
    request.setRawHeader("X-TC-Timestamp", QByteArray::number(timestamp));
    if (call.token)
        request.setRawHeader("X-TC-Token", *call.token);
    if (!call.language.isEmpty())
        request.setRawHeader("X-TC-Language", call.language);
    for (const auto &[name, value] : call.extraSigned)
        request.setRawHeader(name, value);
    for (const QByteArray &name : call.omit)
        request.setRawHeader(name, QByteArray()); // a null value removes the header

    const QByteArray body = call.sentBody.value_or(call.body);
    if (call.method == "GET")
        return m_network->get(request);
    return m_network->sendCustomRequest(request, call.method, body);
}

Result tst_FakeGaapServer::finish(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Result r;
    r.finished = reply->isFinished();
    if (!r.finished)
        reply->abort();
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    r.date = reply->rawHeader("Date");
    if (reply->isOpen()) // not after abort()
        r.body = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(r.body, &parseError);
    r.isJson = parseError.error == QJsonParseError::NoError && document.isObject();
    r.document = document.object();
    r.response = r.document.value("Response"_L1).toObject();
    reply->deleteLater();
    return r;
}

Result tst_FakeGaapServer::perform(const Call &call)
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    Result r = finish(start(call));
    r.secondChanged = QDateTime::currentSecsSinceEpoch() != before;
    return r;
}

Result tst_FakeGaapServer::control(const QByteArray &method, const QByteArray &body)
{
    Call call;
    call.method = method;
    call.path = u"/_fake/faults"_s;
    call.body = body;
    return perform(call);
}

bool tst_FakeGaapServer::injectFault(const QJsonObject &spec, bool viaHttp)
{
    if (viaHttp) {
        const Result r = control("POST"_ba, QJsonDocument(spec).toJson(QJsonDocument::Compact));
        return r.status == 200 && r.document.value("faults"_L1).toInt() >= 1;
    }
    QString error;
    const std::optional<FakeFault> fault = FakeFault::fromJson(spec, &error);
    if (fault)
        m_server->addFault(*fault);
    else
        qWarning("fault rejected: %s", qPrintable(error));
    return fault.has_value();
}

// --- Signatures and protocol -------------------------------------------------------------------------------------

void tst_FakeGaapServer::answers_data()
{
    QTest::addColumn<Tweak>("tweak");
    QTest::addColumn<QString>("expectedCode");
    const auto row = [](const char *name, const QString &code, const Tweak &tweak) {
        QTest::newRow(name) << tweak << code;
    };
    const QString ok, failure = u"AuthFailure.SignatureFailure"_s, expired = u"AuthFailure.SignatureExpire"_s;
    const QString invalid = u"AuthFailure.InvalidAuthorization"_s, tokenFailure = u"AuthFailure.TokenFailure"_s;
    const QString missing = u"MissingParameter"_s;
    const auto temporaryKey = [](Call &c, const FakeGaapServer &s) {
        const FakeCredential key = credentialOf(s.data(), true);
        c.secretId = key.secretId;
        c.secretKey = key.secretKey;
        return key.token.toUtf8();
    };

    row("correct", ok, [](Call &, FakeGaapServer &) {});
    row("wrong SecretKey", failure, [](Call &c, FakeGaapServer &) { c.secretKey += u'x'; });
    row("unknown SecretId", u"AuthFailure.SecretIdNotFound"_s,
        [](Call &c, FakeGaapServer &) { c.secretId = u"AKIDnobody"_s; });
    row("scope date of the previous UTC day", failure, [](Call &c, FakeGaapServer &) { c.signingShift = -86400; });
    row("service cvm", failure, [](Call &c, FakeGaapServer &) { c.service = "cvm"_ba; });
    row("signed x-tc-region not sent", failure, [](Call &c, FakeGaapServer &) {
        c.extraSigned = {{"X-TC-Region"_ba, "ap-guangzhou"_ba}};
        c.omit = {"X-TC-Region"_ba};
    });
    // The action is checked before the signature (as the real endpoint answers a bare request), so a
    // signed but missing X-TC-Action is a MissingParameter, not a SignatureFailure.
    row("signed x-tc-action not sent", missing, [](Call &c, FakeGaapServer &) {
        c.extraSigned = {{"X-TC-Action"_ba, c.action}};
        c.omit = {"X-TC-Action"_ba};
    });
    row("signed x-tc-action sent", ok, [](Call &c, FakeGaapServer &) {
        c.extraSigned = {{"X-TC-Action"_ba, c.action}};
    });
    row("body changed after signing", failure,
        [](Call &c, FakeGaapServer &) { c.sentBody = R"({"QualityType":0})"_ba; });
    row("content-type sent with charset", failure,
        [](Call &c, FakeGaapServer &) { c.sentContentType = "application/json; charset=utf-8"_ba; });
    row("no Authorization", invalid, [](Call &c, FakeGaapServer &) { c.omit = {"Authorization"_ba}; });
    row("garbage Authorization", invalid, [](Call &c, FakeGaapServer &) { c.authorization = "Bearer let-me-in"_ba; });
    row("301 s in the past", expired, [](Call &c, FakeGaapServer &) { c.timestampOffset = -301; });
    row("301 s in the future", expired, [](Call &c, FakeGaapServer &) { c.timestampOffset = 301; });
    row("290 s in the past", ok, [](Call &c, FakeGaapServer &) { c.timestampOffset = -290; });
    row("290 s in the future", ok, [](Call &c, FakeGaapServer &) { c.timestampOffset = 290; });
    row("server clock 1 h behind", expired, [](Call &, FakeGaapServer &s) { s.setClockOffset(-3600); });
    row("server clock 1 h ahead", expired, [](Call &, FakeGaapServer &s) { s.setClockOffset(3600); });
    row("temporary key with its token", ok,
        [temporaryKey](Call &c, FakeGaapServer &s) { c.token = temporaryKey(c, s); });
    row("temporary key without token", tokenFailure,
        [temporaryKey](Call &c, FakeGaapServer &s) { temporaryKey(c, s); });
    row("temporary key with a wrong token", tokenFailure,
        [temporaryKey](Call &c, FakeGaapServer &s) { c.token = QByteArray(temporaryKey(c, s) + 'x'); });
    row("long-term key with a token", tokenFailure,
        [](Call &c, FakeGaapServer &s) { c.token = credentialOf(s.data(), true).token.toUtf8(); });

    row("version 2017-03-12", u"NoSuchVersion"_s, [](Call &c, FakeGaapServer &) { c.version = "2017-03-12"_ba; });
    row("unknown action", u"InvalidAction"_s, [](Call &c, FakeGaapServer &) { c.action = "DescribeInstances"_ba; });
    row("no X-TC-Action", missing, [](Call &c, FakeGaapServer &) { c.omit = {"X-TC-Action"_ba}; });
    row("no X-TC-Timestamp", missing, [](Call &c, FakeGaapServer &) { c.omit = {"X-TC-Timestamp"_ba}; });
    row("body is a JSON array", u"InvalidParameter"_s, [](Call &c, FakeGaapServer &) { c.body = "[]"_ba; });
    row("body is not JSON", u"InvalidParameter"_s, [](Call &c, FakeGaapServer &) { c.body = "QualityType=0"_ba; });
    row("GET", u"UnsupportedProtocol"_s, [](Call &c, FakeGaapServer &) {
        c.method = "GET"_ba;
        c.body.clear();
    });
}

void tst_FakeGaapServer::answers()
{
    QFETCH(Tweak, tweak);
    QFETCH(QString, expectedCode);
    Call call = apiCall(u"DescribeDestRegions"_s);
    tweak(call, *m_server);
    Result result = perform(call);
    // ±301 s is one second from the limit: if the clock ticked during the call, ask again.
    for (int attempt = 0; attempt < 3 && result.secondChanged; ++attempt)
        result = perform(call);
    VERIFY_ANSWER(result, expectedCode); // with a Date from the server's clock, offset included
}

void tst_FakeGaapServer::unknownPathIsNotFound()
{
    for (const QString &path : {u"/v2/"_s, u"/_fake/nothing"_s}) {
        Call call = apiCall(u"DescribeDestRegions"_s);
        call.path = path;
        const Result result = perform(call);
        QVERIFY(result.finished);
        QCOMPARE(result.status, 404);
        VERIFY_DATE(result);
    }
    QCOMPARE(m_server->totalRequestCount(), 0);
}

// --- Parameters --------------------------------------------------------------------------------------------------

void tst_FakeGaapServer::parameters_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: leave the key out; "@…": derived from the data
    QTest::addColumn<QString>("expectedCode");
    const QString dest = u"DescribeDestRegions"_s, access = u"DescribeAccessRegionsByDestRegion"_s;
    const QString check = u"CheckProxyCreate"_s, price = u"InquiryPriceCreateProxy"_s;
    const QString missing = u"MissingParameter"_s, unknown = u"UnknownParameter"_s;
    const QString invalid = u"InvalidParameter"_s, badValue = u"InvalidParameterValue"_s;
    const QString badBandwidth = u"InvalidParameterValue.InvalidBandwidth"_s;
    const QString badConcurrency = u"InvalidParameterValue.InvalidConcurrency"_s;
    const QString unknownAccess = u"InvalidParameterValue.UnknownAccessRegion"_s;
    const QString unknownDest = u"InvalidParameterValue.UnknownDestRegion"_s;
    const QString none;
    const QJsonValue nothing, drop(QJsonValue::Undefined);
    const auto row = [](const char *name, const QString &action, const QString &key, const QJsonValue &value,
                        const QString &code) { QTest::newRow(name) << action << key << value << code; };

    row("dest: valid", dest, none, nothing, none);
    row("dest: QualityType 1", dest, u"QualityType"_s, 1, none);
    row("dest: QualityType 2", dest, u"QualityType"_s, 2, badValue);
    row("dest: Foo", dest, u"Foo"_s, 1, unknown);

    row("access: valid", access, none, nothing, none);
    row("access: no DestRegion", access, u"DestRegion"_s, drop, missing);
    row("access: Foo", access, u"Foo"_s, u"bar"_s, unknown);
    row("access: DestRegion 42", access, u"DestRegion"_s, 42, invalid);
    row("access: IPAddressVersion IPv5", access, u"IPAddressVersion"_s, u"IPv5"_s, badValue);
    row("access: PackageType Basic", access, u"PackageType"_s, u"Basic"_s, badValue);
    row("access: unknown DestRegion", access, u"DestRegion"_s, u"Atlantis"_s, unknownDest);

    row("check: valid", check, none, nothing, none);
    row("check: no AccessRegion", check, u"AccessRegion"_s, drop, missing);
    row("check: no RealServerRegion", check, u"RealServerRegion"_s, drop, missing);
    row("check: no Bandwidth", check, u"Bandwidth"_s, drop, missing);
    row("check: no Concurrent", check, u"Concurrent"_s, drop, missing);
    row("check: Foo", check, u"Foo"_s, 1, unknown);
    row("check: Bandwidth abc", check, u"Bandwidth"_s, u"abc"_s, invalid);
    row("check: Bandwidth 10.5", check, u"Bandwidth"_s, 10.5, invalid);
    row("check: Bandwidth as numeric string", check, u"Bandwidth"_s, u"@bandwidthAsString"_s, none);
    row("check: Concurrent abc", check, u"Concurrent"_s, u"abc"_s, invalid);
    row("check: IPAddressVersion IPv5", check, u"IPAddressVersion"_s, u"IPv5"_s, badValue);
    row("check: NetworkType bgp", check, u"NetworkType"_s, u"bgp"_s, badValue);
    row("check: PackageType Basic", check, u"PackageType"_s, u"Basic"_s, badValue);
    row("check: GroupId xyz", check, u"GroupId"_s, u"xyz"_s, badValue);
    row("check: GroupId lg-1a2b3c4d", check, u"GroupId"_s, u"lg-1a2b3c4d"_s, none);
    row("check: bandwidth not offered", check, u"Bandwidth"_s, u"@bandwidthNotOffered"_s, badBandwidth);
    row("check: concurrency not offered", check, u"Concurrent"_s, u"@concurrentNotOffered"_s, badConcurrency);
    row("check: unknown access region", check, u"AccessRegion"_s, u"Atlantis"_s, unknownAccess);
    row("check: access region not serving origin", check, u"AccessRegion"_s, u"@accessNotServingDest"_s, unknownAccess);
    row("check: unknown origin region", check, u"RealServerRegion"_s, u"Atlantis"_s, unknownDest);

    row("price: valid", price, none, nothing, none);
    row("price: no AccessRegion", price, u"AccessRegion"_s, drop, missing);
    row("price: no RealServerRegion", price, u"RealServerRegion"_s, drop, missing);
    row("price: no Bandwidth", price, u"Bandwidth"_s, drop, missing);
    row("price: no Concurrent", price, u"Concurrent"_s, drop, missing);
    row("price: Foo", price, u"Foo"_s, 1, unknown);
    row("price: Bandwidth abc", price, u"Bandwidth"_s, u"abc"_s, invalid);
    row("price: NetworkType bgp", price, u"NetworkType"_s, u"bgp"_s, badValue);
    row("price: BillingType 2", price, u"BillingType"_s, 2, badValue);
    row("price: bandwidth not offered", price, u"Bandwidth"_s, u"@bandwidthNotOffered"_s, badBandwidth);
    row("price: concurrency not offered", price, u"Concurrent"_s, u"@concurrentNotOffered"_s, badConcurrency);
    row("price: unknown access region", price, u"AccessRegion"_s, u"Atlantis"_s, unknownAccess);
    row("price: unknown origin region", price, u"RealServerRegion"_s, u"Atlantis"_s, unknownDest);
}

void tst_FakeGaapServer::parameters()
{
    QFETCH(QString, action);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expectedCode);
    const FakeGaapData &data = m_server->data();
    const std::optional<Connection> base = firstConnection(data);
    QVERIFY(base);
    QJsonObject parameters;
    if (action == "DescribeAccessRegionsByDestRegion"_L1)
        parameters.insert("DestRegion"_L1, base->dest);
    else if (action != "DescribeDestRegions"_L1)
        parameters = connectionParameters(*base);

    const QList<qint64> &bandwidths = base->access.bandwidths, &concurrents = base->access.concurrents;
    const QString token = value.toString();
    if (token == "@bandwidthAsString"_L1) {
        value = QString::number(base->bandwidth);
    } else if (token == "@bandwidthNotOffered"_L1) {
        value = *std::max_element(bandwidths.cbegin(), bandwidths.cend()) + 1;
    } else if (token == "@concurrentNotOffered"_L1) {
        value = *std::max_element(concurrents.cbegin(), concurrents.cend()) + 1;
    } else if (token == "@accessNotServingDest"_L1) {
        const auto &regions = data.accessRegions();
        const auto other = std::find_if(regions.cbegin(), regions.cend(),
                                        [&](const FakeAccessRegion &a) { return !a.destRegions.contains(base->dest); });
        QVERIFY2(other != regions.cend(), "every access region serves the origin region");
        value = other->id;
    }
    if (value.isUndefined())
        parameters.remove(key);
    else if (!key.isEmpty())
        parameters.insert(key, value);
    VERIFY_ANSWER(perform(apiCall(action, parameters)), expectedCode);
}

// --- Behaviour ---------------------------------------------------------------------------------------------------

void tst_FakeGaapServer::destRegionsListEverything_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("default") << QByteArray() << true;
    QTest::newRow("zh-CN") << "zh-CN"_ba << true;
    QTest::newRow("en-US") << "en-US"_ba << false;
}

void tst_FakeGaapServer::destRegionsListEverything()
{
    QFETCH(QByteArray, language);
    QFETCH(bool, chinese);
    Call call = apiCall(u"DescribeDestRegions"_s);
    call.language = language;
    const Result result = perform(call);
    VERIFY_ANSWER(result, QString());

    const QList<FakeDestRegion> &expected = m_server->data().destRegions();
    const QJsonArray set = result.response.value("DestRegionSet"_L1).toArray();
    QCOMPARE(result.response.value("TotalCount"_L1).toInteger(), qint64(expected.size()));
    QCOMPARE(set.size(), expected.size());
    bool sawNull = false, namesDiffer = false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const FakeDestRegion &region = expected.at(i);
        const QJsonObject got = set.at(i).toObject();
        QCOMPARE(got.value("RegionId"_L1).toString(), region.id);
        QCOMPARE(got.value("RegionName"_L1).toString(), region.name.in(chinese));
        QCOMPARE(got.value("RegionArea"_L1).toString(), region.area);
        QCOMPARE(got.value("RegionAreaName"_L1).toString(), region.areaName.in(chinese));
        QCOMPARE(got.value("IDCType"_L1).toString(), region.idcType);
        QCOMPARE(got.value("FeatureBitmap"_L1).toInteger(), region.featureBitmap);
        const QJsonValue support = got.value("SupportFeature"_L1);
        if (region.networkTypes) {
            QCOMPARE(support.toObject().value("NetworkType"_L1).toArray(),
                     QJsonArray::fromStringList(*region.networkTypes));
        } else {
            QVERIFY2(support.isNull(), qPrintable(region.id)); // present and null, not left out
            sawNull = true;
        }
        namesDiffer = namesDiffer || region.name.chinese != region.name.english;
    }
    QVERIFY2(sawNull, "the data has no origin region whose SupportFeature is null");
    QVERIFY2(namesDiffer, "the data cannot tell the languages apart");
}

void tst_FakeGaapServer::accessRegionsFilter()
{
    m_server->setRateLimit(1000);
    const FakeGaapData &data = m_server->data();
    int ipv4OnlyLeftOut = 0;
    for (const FakeDestRegion &dest : data.destRegions()) {
        for (const QString &ipVersion : {QString(), u"IPv4"_s, u"IPv6"_s}) {
            for (const QString &packageType : {QString(), u"Thunder"_s, u"Accelerator"_s, u"CrossBorder"_s}) {
                QJsonObject parameters{{u"DestRegion"_s, dest.id}};
                if (!ipVersion.isEmpty())
                    parameters.insert("IPAddressVersion"_L1, ipVersion);
                if (!packageType.isEmpty())
                    parameters.insert("PackageType"_L1, packageType);
                const Result result = perform(apiCall(u"DescribeAccessRegionsByDestRegion"_s, parameters));
                VERIFY_ANSWER(result, QString());

                QList<const FakeAccessRegion *> expected;
                for (const FakeAccessRegion &access : data.accessRegions()) {
                    const bool servesOrigin =
                        access.destRegions.contains(dest.id)
                        && access.packageTypes.contains(packageType.isEmpty() ? u"Thunder"_s : packageType);
                    if (servesOrigin && access.ipVersions.contains(ipVersion.isEmpty() ? u"IPv4"_s : ipVersion))
                        expected.append(&access);
                    else if (servesOrigin && ipVersion == "IPv6"_L1)
                        ++ipv4OnlyLeftOut;
                }
                const QJsonArray set = result.response.value("AccessRegionSet"_L1).toArray();
                QStringList got, wanted;
                for (const QJsonValue &item : set)
                    got.append(item.toObject().value("RegionId"_L1).toString());
                for (const FakeAccessRegion *access : std::as_const(expected))
                    wanted.append(access->id);
                QVERIFY2(got == wanted, qPrintable(u"%1 %2 %3: got [%4], expected [%5]"_s.arg(
                                            dest.id, ipVersion, packageType, got.join(u','), wanted.join(u','))));
                QCOMPARE(result.response.value("TotalCount"_L1).toInteger(), qint64(expected.size()));
                for (qsizetype i = 0; i < expected.size(); ++i) {
                    const QJsonObject item = set.at(i).toObject();
                    QCOMPARE(item.value("RegionName"_L1).toString(), expected.at(i)->name.chinese);
                    QCOMPARE(item.value("BandwidthList"_L1).toArray(), toJsonArray(expected.at(i)->bandwidths));
                    QCOMPARE(item.value("ConcurrentList"_L1).toArray(), toJsonArray(expected.at(i)->concurrents));
                    QCOMPARE(item.value("FeatureBitmap"_L1).toInteger(), expected.at(i)->featureBitmap);
                    QVERIFY(!item.contains("SupportFeature"_L1));
                }
            }
        }
    }
    QVERIFY2(ipv4OnlyLeftOut > 0, "no IPv6 query left an IPv4-only access region out");
}

void tst_FakeGaapServer::checkFlagFollowsCapacity()
{
    m_server->setRateLimit(1000);
    int within = 0, above = 0, absent = 0;
    for (const FakeAccessRegion &access : m_server->data().accessRegions()) {
        const QList<qint64> &bandwidths = access.bandwidths, &concurrents = access.concurrents;
        const qint64 minBandwidth = *std::min_element(bandwidths.cbegin(), bandwidths.cend());
        const qint64 minConcurrent = *std::min_element(concurrents.cbegin(), concurrents.cend());
        for (const QString &networkType : {u"normal"_s, u"cn2"_s}) {
            struct Case
            {
                qint64 bandwidth, concurrent;
                int flag;
            };
            QList<Case> cases;
            const auto capacity = access.capacity.constFind(networkType);
            if (capacity == access.capacity.cend()) {
                cases.append({minBandwidth, minConcurrent, 0});
                ++absent;
            } else {
                // The largest offered value that still fits, and the smallest that does not.
                const auto [fitB, overB] = splitAt(bandwidths, capacity->maxBandwidth);
                const auto [fitC, overC] = splitAt(concurrents, capacity->maxConcurrent);
                if (fitB > 0 && fitC > 0)
                    cases.append({fitB, fitC, 1}), ++within;
                if (overB > 0)
                    cases.append({overB, minConcurrent, 0}), ++above;
                if (overC > 0)
                    cases.append({minBandwidth, overC, 0}), ++above;
            }
            for (const Case &c : std::as_const(cases)) {
                QJsonObject parameters =
                    connectionParameters(access, access.destRegions.value(0), c.bandwidth, c.concurrent);
                parameters.insert("NetworkType"_L1, networkType);
                const Result result = perform(apiCall(u"CheckProxyCreate"_s, parameters));
                VERIFY_ANSWER(result, QString());
                const int flag = result.response.value("CheckFlag"_L1).toInt(-1);
                QVERIFY2(flag == c.flag,
                         qPrintable(u"%1 %2 %3 Mbps × %4: CheckFlag %5, expected %6"_s.arg(access.id, networkType)
                                        .arg(c.bandwidth)
                                        .arg(c.concurrent)
                                        .arg(flag)
                                        .arg(c.flag)));
            }
        }
    }
    QVERIFY(within > 0);
    QVERIFY(above > 0);
    QVERIFY2(absent > 0, "no access region lacks a network type in its Capacity");
}

void tst_FakeGaapServer::inquiryPriceFromData_data()
{
    QTest::addColumn<bool>("oldNames");
    QTest::addColumn<int>("billingType"); // -1: not sent
    QTest::newRow("RealServerRegion/Concurrent") << false << -1;
    QTest::newRow("old names DestRegion/Concurrency") << true << -1;
    QTest::newRow("BillingType 0") << false << 0;
    QTest::newRow("BillingType 1") << false << 1;
}

void tst_FakeGaapServer::inquiryPriceFromData()
{
    QFETCH(bool, oldNames);
    QFETCH(int, billingType);
    const std::optional<Connection> base = firstConnection(m_server->data(), true);
    QVERIFY2(base, "the data has no access region with a flow price");
    QJsonObject parameters = connectionParameters(*base);
    if (oldNames) {
        parameters.remove("RealServerRegion"_L1);
        parameters.remove("Concurrent"_L1);
        parameters.insert("DestRegion"_L1, base->dest);
        parameters.insert("Concurrency"_L1, base->concurrent);
    }
    if (billingType >= 0)
        parameters.insert("BillingType"_L1, billingType);
    const Result result = perform(apiCall(u"InquiryPriceCreateProxy"_s, parameters));
    VERIFY_ANSWER(result, QString());

    const FakePrice &price = base->access.price;
    const QJsonObject &r = result.response;
    const double daily =
        rounded(price.baseDailyPrice + price.concurrentDailyPrice * static_cast<double>(base->concurrent));
    QCOMPARE(r.value("ProxyDailyPrice"_L1).toDouble(), daily);
    QCOMPARE(r.value("DiscountProxyDailyPrice"_L1).toDouble(), rounded(daily * price.discount));
    QCOMPARE(r.value("Currency"_L1).toString(), price.currency);
    QCOMPARE(r.value("Cn2BandwidthPrice"_L1).toDouble(-1), 0.0); // NetworkType normal
    const QJsonArray tiers = r.value("BandwidthUnitPrice"_L1).toArray();
    QCOMPARE(tiers.size(), price.bandwidthTiers.size());
    QVERIFY(!tiers.isEmpty());
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QJsonObject got = tiers.at(i).toObject(), want = price.bandwidthTiers.at(i).toObject();
        const double unitPrice = want.value("BandwidthUnitPrice"_L1).toDouble();
        QCOMPARE(got.value("BandwidthRange"_L1).toArray(), want.value("BandwidthRange"_L1).toArray());
        QCOMPARE(got.value("BandwidthUnitPrice"_L1).toDouble(), unitPrice);
        QCOMPARE(got.value("DiscountBandwidthUnitPrice"_L1).toDouble(), rounded(unitPrice * price.discount));
    }
    QVERIFY(r.contains("FlowUnitPrice"_L1) && r.contains("DiscountFlowUnitPrice"_L1));
    if (billingType == 1) {
        QCOMPARE(r.value("FlowUnitPrice"_L1).toDouble(), rounded(*price.flowUnitPrice));
        QCOMPARE(r.value("DiscountFlowUnitPrice"_L1).toDouble(), rounded(*price.flowUnitPrice * price.discount));
    } else {
        QVERIFY(r.value("FlowUnitPrice"_L1).isNull());
        QVERIFY(r.value("DiscountFlowUnitPrice"_L1).isNull());
    }
}

// --- Rate limit --------------------------------------------------------------------------------------------------

void tst_FakeGaapServer::rateLimit_data()
{
    QTest::addColumn<int>("limit"); // 0: the default
    QTest::newRow("default 20/s") << 0;
    QTest::newRow("raised to 1000/s") << 1000;
}

void tst_FakeGaapServer::rateLimit()
{
    QFETCH(int, limit);
    if (limit > 0)
        m_server->setRateLimit(limit);
    const std::optional<Connection> base = firstConnection(m_server->data());
    QVERIFY(base);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 25; ++i) // all at once: QNetworkAccessManager spreads them over 6 connections
        replies.append(start(apiCall(u"CheckProxyCreate"_s, connectionParameters(*base))));
    int limited = 0, accepted = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const Result result = finish(reply);
        const QString code = result.code();
        VERIFY_ANSWER(result, code); // a well-formed envelope either way
        QVERIFY2(code.isEmpty() || code == "RequestLimitExceeded"_L1, qPrintable(code));
        ++(code.isEmpty() ? accepted : limited);
    }
    if (limit > 0) {
        QCOMPARE(accepted, 25);
    } else {
        QVERIFY2(limited >= 5 && accepted <= 20, qPrintable(u"%1 limited, %2 accepted"_s.arg(limited).arg(accepted)));
    }
    QCOMPARE(m_server->errorCount(u"RequestLimitExceeded"_s), limited);
    // The limit is per action: another one goes through in the same second.
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), QString());
}

// --- Faults ------------------------------------------------------------------------------------------------------

void tst_FakeGaapServer::errorFault_data()
{
    QTest::addColumn<bool>("viaHttp");
    QTest::newRow("addFault") << false;
    QTest::newRow("POST /_fake/faults") << true;
}

void tst_FakeGaapServer::errorFault()
{
    QFETCH(bool, viaHttp);
    const std::optional<Connection> base = firstConnection(m_server->data());
    QVERIFY(base);
    QVERIFY(injectFault({{u"kind"_s, u"error"_s},
                         {u"action"_s, u"DescribeDestRegions"_s},
                         {u"count"_s, 2},
                         {u"code"_s, u"ResourceUnavailable"_s}},
                        viaHttp));
    const Call faulty = apiCall(u"DescribeDestRegions"_s),
               other = apiCall(u"CheckProxyCreate"_s, connectionParameters(*base));
    VERIFY_ANSWER(perform(faulty), u"ResourceUnavailable"_s);
    VERIFY_ANSWER(perform(other), QString()); // another action is not affected
    VERIFY_ANSWER(perform(faulty), u"ResourceUnavailable"_s);
    VERIFY_ANSWER(perform(faulty), QString()); // count 2 used up
    QCOMPARE(m_server->errorCount(u"ResourceUnavailable"_s), 2);
}

void tst_FakeGaapServer::oneShotFaults_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<bool>("viaHttp");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("parseable");
    QTest::addColumn<int>("minElapsedMs");
    const QJsonObject http502{{u"kind"_s, u"http502"_s}};
    const QJsonObject truncated{{u"kind"_s, u"truncated-json"_s}, {u"action"_s, u"DescribeDestRegions"_s}};
    const QJsonObject slow{{u"kind"_s, u"slow-answer"_s}, {u"delayMs"_s, 200}};
    QTest::newRow("http502, addFault") << http502 << false << 502 << "text/html"_ba << false << 0;
    QTest::newRow("http502, over HTTP") << http502 << true << 502 << "text/html"_ba << false << 0;
    QTest::newRow("truncated-json, addFault") << truncated << false << 200 << "application/json"_ba << false << 0;
    QTest::newRow("truncated-json, over HTTP") << truncated << true << 200 << "application/json"_ba << false << 0;
    QTest::newRow("slow-answer 200 ms") << slow << false << 200 << "application/json"_ba << true << 150;
}

void tst_FakeGaapServer::oneShotFaults()
{
    QFETCH(QJsonObject, spec);
    QFETCH(bool, viaHttp);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, parseable);
    QFETCH(int, minElapsedMs);
    QVERIFY(injectFault(spec, viaHttp));
    QElapsedTimer elapsed;
    elapsed.start();
    const Result faulty = perform(apiCall(u"DescribeDestRegions"_s));
    QVERIFY(faulty.finished);
    QVERIFY(elapsed.elapsed() >= minElapsedMs); // a lower bound only
    QCOMPARE(faulty.status, status);
    VERIFY_DATE(faulty);
    QCOMPARE(faulty.contentType, contentType);
    QVERIFY(!faulty.body.isEmpty());
    QCOMPARE(faulty.isJson, parseable);
    if (parseable)
        VERIFY_ANSWER(faulty, QString());
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), QString()); // count 1: normal again
}

void tst_FakeGaapServer::closeConnectionFault()
{
    // Qt resends a request when a kept-alive connection closes under it, so the fault stays until cleared.
    QVERIFY(injectFault({{u"kind"_s, u"close-connection"_s}, {u"count"_s, -1}}, false));
    const Result closed = perform(apiCall(u"DescribeDestRegions"_s));
    QVERIFY(closed.finished);
    QCOMPARE(closed.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(m_server->requestCount(u"DescribeDestRegions"_s) >= 1);
    m_server->clearFaults();
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), QString());
}

void tst_FakeGaapServer::noAnswerFault()
{
    QVERIFY(injectFault({{u"kind"_s, u"no-answer"_s}}, false));
    QNetworkReply *reply = start(apiCall(u"DescribeDestRegions"_s));
    bool aborted = false, finishedBeforeAbort = true;
    QTimer::singleShot(300ms, reply, [reply, &aborted, &finishedBeforeAbort] {
        finishedBeforeAbort = reply->isFinished();
        aborted = true;
        reply->abort();
    });
    QTRY_VERIFY_WITH_TIMEOUT(aborted, 5000);
    QVERIFY(!finishedBeforeAbort);
    QCOMPARE(finish(reply).error, QNetworkReply::OperationCanceledError);
    QCOMPARE(m_server->requestCount(u"DescribeDestRegions"_s), 1); // it did arrive
}

void tst_FakeGaapServer::oversizeBodyFault_data()
{
    QTest::addColumn<bool>("declareLength");
    QTest::newRow("with Content-Length") << true;
    QTest::newRow("until the connection closes") << false;
}

void tst_FakeGaapServer::oversizeBodyFault()
{
    QFETCH(bool, declareLength);
    const qint64 bytes = 11 * 1024 * 1024;
    QVERIFY(injectFault({{u"kind"_s, u"oversize-body"_s}, {u"bytes"_s, bytes}, {u"declareLength"_s, declareLength}},
                        false));
    const Result result = perform(apiCall(u"DescribeDestRegions"_s)); // read in full: this is the server test
    QCOMPARE(result.error, QNetworkReply::NoError);
    QVERIFY(result.body.size() > 10 * 1024 * 1024);
    QCOMPARE(qint64(result.body.size()), bytes);
    VERIFY_ANSWER(result, QString());
}

void tst_FakeGaapServer::faultsOverHttp()
{
    const QByteArray spec = R"({"kind":"error","count":-1,"code":"InternalError"})"_ba;
    const Result first = control("POST"_ba, spec);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.document.value("faults"_L1).toInt(), 1);
    QCOMPARE(control("POST"_ba, spec).document.value("faults"_L1).toInt(), 2);
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), u"InternalError"_s);

    const Result cleared = control("DELETE"_ba, QByteArray());
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.document.value("faults"_L1).toInt(-1), 0);
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), QString());

    for (const QByteArray &bad :
         {"kind=error"_ba, R"({"kind":"explode"})"_ba, R"({"kind":"error","count":0})"_ba,
          R"({"kind":"slow-answer","delayMs":-5})"_ba, R"({"kind":"oversize-body","bytes":-1})"_ba}) {
        const Result rejected = control("POST"_ba, bad);
        QCOMPARE(rejected.status, 400);
        QVERIFY2(!rejected.document.value("error"_L1).toString().isEmpty(), bad.constData());
    }
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), QString()); // nothing was added
}

// --- Data file ---------------------------------------------------------------------------------------------------

void tst_FakeGaapServer::dataFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions"); // empty: the file loads
    QJsonObject noCredentials = builtInDataObject();
    noCredentials.remove("credentials"_L1);
    const QString firstAccessId =
        builtInDataObject().value("accessRegions"_L1).toArray().at(0).toObject().value("RegionId"_L1).toString();

    QTest::newRow("built-in") << QJsonDocument(builtInDataObject()).toJson() << QStringList();
    QTest::newRow("not JSON") << "{ credentials: nope"_ba << QStringList{u"JSON"_s};
    QTest::newRow("JSON array") << "[]"_ba << QStringList{u"JSON object"_s};
    QTest::newRow("no credentials") << QJsonDocument(noCredentials).toJson() << QStringList{u"credentials"_s};
    QTest::newRow("credential without SecretKey")
        << builtInDataWith("credentials"_L1, [](QJsonObject &item) { item.remove("SecretKey"_L1); })
        << QStringList{u"credentials[0]"_s, u"SecretKey"_s};
    QTest::newRow("origin region without RegionId")
        << builtInDataWith("destRegions"_L1, [](QJsonObject &item) { item.remove("RegionId"_L1); })
        << QStringList{u"destRegions[0]"_s, u"RegionId"_s};
    QTest::newRow("access region serving an unknown origin") << builtInDataWith(
        "accessRegions"_L1, [](QJsonObject &item) {
            item.insert("DestRegions"_L1, QJsonArray(item.value("DestRegions"_L1).toArray()) << u"Atlantis"_s);
        }) << QStringList{firstAccessId, u"Atlantis"_s};
}

void tst_FakeGaapServer::dataFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QString error;
    const std::optional<FakeGaapData> data = FakeGaapData::fromJson(json, &error);
    if (mentions.isEmpty()) {
        QVERIFY2(data && error.isEmpty(), qPrintable(error));
        QCOMPARE(data->destRegions().size(), m_server->data().destRegions().size());
        QCOMPARE(data->accessRegions().size(), m_server->data().accessRegions().size());
        return;
    }
    QVERIFY(!data);
    QVERIFY(!error.isEmpty());
    for (const QString &word : std::as_const(mentions))
        QVERIFY2(error.contains(word), qPrintable(u"\"%1\" does not mention %2"_s.arg(error, word)));
}

QTEST_GUILESS_MAIN(tst_FakeGaapServer)
#include "tst_fakegaapserver.moc"
