// The fake server's checks of a request: signatures, timestamps, tokens and protocol errors, then the
// parameters of the four actions (missing, unknown, of the wrong type, or not offered by the data); see
// tst_fakegaapserver.h.
#include "tst_fakegaapserver.h"

#include <QJsonValue>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace FakeGaapServerTest;

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
    row("signed x-tc-action sent", ok,
        [](Call &c, FakeGaapServer &) { c.extraSigned = {{"X-TC-Action"_ba, c.action}}; });
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
