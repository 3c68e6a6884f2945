// The request harness of tst_FakeGaapServer (a Call signed and sent, the answer read back, faults
// injected in process or over HTTP), the helpers the parts share, and the validation of the server's
// data file; see tst_fakegaapserver.h.
#include "tst_fakegaapserver.h"

#include "core/api/tc3signer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace FakeGaapServerTest;

namespace {

// The Date header (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT") in seconds since the epoch. Qt 6.4
// reads RFC 2822 dates with a numeric zone only.
std::optional<qint64> httpDate(const QByteArray &value)
{
    if (!value.endsWith(" GMT"))
        return std::nullopt;
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(value.chopped(3) + "+0000"), Qt::RFC2822Date);
    return date.isValid() ? std::optional<qint64>(date.toSecsSinceEpoch()) : std::nullopt;
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

FakeCredential FakeGaapServerTest::credentialOf(const FakeGaapData &data, bool temporary)
{
    for (const FakeCredential &credential : data.credentials()) {
        if (credential.token.isEmpty() != temporary)
            return credential;
    }
    return {};
}

std::optional<Connection> FakeGaapServerTest::firstConnection(const FakeGaapData &data, bool needsFlowPrice)
{
    for (const FakeAccessRegion &a : data.accessRegions()) {
        if (a.ipVersions.contains("IPv4"_L1) && a.packageTypes.contains("Thunder"_L1) && !a.destRegions.isEmpty()
            && !a.bandwidths.isEmpty() && a.concurrents.size() > 1 && (!needsFlowPrice || a.price.flowUnitPrice))
            return Connection{a, a.destRegions.first(), a.bandwidths.first(), a.concurrents.last()};
    }
    return std::nullopt;
}

QJsonObject FakeGaapServerTest::connectionParameters(const FakeAccessRegion &access, const QString &dest,
                                                     qint64 bandwidth, qint64 concurrent)
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

QJsonObject FakeGaapServerTest::connectionParameters(const Connection &c)
{
    return connectionParameters(c.access, c.dest, c.bandwidth, c.concurrent);
}

QString FakeGaapServerTest::dateMismatch(const Result &r, qint64 serverNow)
{
    const std::optional<qint64> date = httpDate(r.date);
    if (date && std::abs(*date - serverNow) <= 2)
        return {};
    return u"Date header \"%1\" is not the server's now (%2)"_s.arg(QString::fromLatin1(r.date)).arg(serverNow);
}

QString FakeGaapServerTest::answerMismatch(const Result &r, const QString &expectedCode, qint64 serverNow)
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

// --- Request harness ---------------------------------------------------------------------------------------------

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
    QTest::newRow("origin region with QualityTypes [2]") << builtInDataWith("destRegions"_L1, [](QJsonObject &item) {
        item.insert("QualityTypes"_L1, QJsonArray{0, 2});
    }) << QStringList{u"destRegions[0]"_s, u"QualityTypes"_s};
    QTest::newRow("origin region without RegionId")
        << builtInDataWith("destRegions"_L1, [](QJsonObject &item) { item.remove("RegionId"_L1); })
        << QStringList{u"destRegions[0]"_s, u"RegionId"_s};
    QTest::newRow("access region serving an unknown origin") << builtInDataWith(
        "accessRegions"_L1, [](QJsonObject &item) {
            item.insert("DestRegions"_L1, QJsonArray(item.value("DestRegions"_L1).toArray()) << u"Atlantis"_s);
        }) << QStringList{firstAccessId, u"Atlantis"_s};
    QJsonObject noGroups = builtInDataObject();
    noGroups.remove("proxyGroups"_L1);
    QTest::newRow("no connection groups") << QJsonDocument(noGroups).toJson() << QStringList();
    QTest::newRow("group of an unknown origin") << builtInDataWith("proxyGroups"_L1, [](QJsonObject &item) {
        item.insert("RealServerRegion"_L1, u"Atlantis"_s);
    }) << QStringList{u"proxyGroups[0]"_s, u"Atlantis"_s};
    QTest::newRow("group without Status")
        << builtInDataWith("proxyGroups"_L1, [](QJsonObject &item) { item.remove("Status"_L1); })
        << QStringList{u"proxyGroups[0]"_s, u"Status"_s};
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
        const bool withGroups = QJsonDocument::fromJson(json).object().contains("proxyGroups"_L1);
        QCOMPARE(data->proxyGroups().size(), withGroups ? m_server->data().proxyGroups().size() : 0);
        return;
    }
    QVERIFY(!data);
    QVERIFY(!error.isEmpty());
    for (const QString &word : std::as_const(mentions))
        QVERIFY2(error.contains(word), qPrintable(u"\"%1\" does not mention %2"_s.arg(error, word)));
}

// An origin without "QualityTypes" is listed for gold (and for no QualityType) only.
void tst_FakeGaapServer::qualityTypesDefaultToGold()
{
    const QByteArray json =
        builtInDataWith("destRegions"_L1, [](QJsonObject &item) { item.remove("QualityTypes"_L1); });
    QString error;
    const std::optional<FakeGaapData> data = FakeGaapData::fromJson(json, &error);
    QVERIFY2(data, qPrintable(error));
    const FakeDestRegion &first = data->destRegions().constFirst();
    QCOMPARE(first.qualityTypes, QList<qint64>{0});
    QCOMPARE(data->destRegions(0).constFirst().id, first.id);
    QVERIFY(data->destRegions(1).isEmpty() || data->destRegions(1).constFirst().id != first.id);
}

QTEST_GUILESS_MAIN(tst_FakeGaapServer)
