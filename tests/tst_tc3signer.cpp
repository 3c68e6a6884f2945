// Known-answer tests for TC3-HMAC-SHA256. Every expected value is copied from the published
// vectors in shared/reference/tencent-cloud-api.md (sections 1.2, 1.3 and 7) or computed here
// independently with QCryptographicHash; none is produced by the code under test.

#include "core/api/tc3signer.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QTest>

#include <algorithm>

namespace {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The official doc example (reference §1.2).
const QByteArray DocPayload =
    QByteArrayLiteral(R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})");
const QByteArray DocContentType = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray DocHost = QByteArrayLiteral("cvm.tencentcloudapi.com");
constexpr qint64 DocTimestamp = 1551113065;
const QString DocSecretKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
const QString DocSecretId = QStringLiteral("AKID**********************0123456789EXAMPLE");

// An independent SHA-256, so the tests do not trust Tc3Signer::sha256Hex for expected values.
QByteArray independentSha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

Tc3SigningInput docInput()
{
    Tc3SigningInput input;
    input.secretId = DocSecretId;
    input.secretKey = SecretString(DocSecretKey);
    input.service = QByteArrayLiteral("cvm");
    input.host = DocHost;
    input.contentType = DocContentType;
    input.body = DocPayload;
    input.timestamp = DocTimestamp;
    return input;
}

Tc3SigningInput gaapInput(qint64 timestamp, const QByteArray &body)
{
    Tc3SigningInput input;
    input.secretId = QStringLiteral("AKIDEXAMPLE");
    input.secretKey = SecretString(QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"));
    input.service = QByteArrayLiteral("gaap");
    input.host = QByteArrayLiteral("gaap.tencentcloudapi.com");
    input.contentType = QByteArrayLiteral("application/json");
    input.body = body;
    input.timestamp = timestamp;
    return input;
}

} // namespace

class tst_Tc3Signer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();

    void docExampleCanonicalRequest();
    void docExampleStringToSign();
    void docExampleIntermediateKeys();

    void utcDate_data();
    void utcDate();
    void scopeDateChangesAtUtcMidnight();

    void nonAsciiPayload();
    void headerTrimmingAndLowercasing();
    void extraHeadersAreSorted();

    void sha256Hex_data();
    void sha256Hex();
    void hmacSha256Rfc4231();
};

void tst_Tc3Signer::knownAnswers_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QByteArray>("service");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<HeaderList>("extraHeaders");
    QTest::addColumn<QByteArray>("expectedDate");
    QTest::addColumn<QByteArray>("expectedSignedHeaders");
    QTest::addColumn<QByteArray>("expectedHashedPayload");
    QTest::addColumn<QByteArray>("expectedHashedCanonicalRequest"); // empty: not published
    QTest::addColumn<QByteArray>("expectedSignature");
    QTest::addColumn<QByteArray>("expectedAuthorization"); // empty: not published

    const QByteArray docPayloadHash =
        QByteArrayLiteral("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
    const QByteArray docHashedCanonical =
        QByteArrayLiteral("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");

    // §1.2, English doc.
    QTest::newRow("doc example (EXAMPLE key)")
        << DocSecretId << DocSecretKey << QByteArrayLiteral("cvm") << DocHost << DocContentType << DocPayload
        << DocTimestamp << HeaderList() << QByteArrayLiteral("2019-02-25") << QByteArrayLiteral("content-type;host")
        << docPayloadHash << docHashedCanonical
        << QByteArrayLiteral("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168")
        << QByteArrayLiteral("TC3-HMAC-SHA256 Credential=AKID**********************0123456789EXAMPLE/2019-02-25/cvm/"
                             "tc3_request, SignedHeaders=content-type;host, "
                             "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");

    // §1.2 variants table, 2019–2020 revision: literal asterisks in the key.
    QTest::newRow("doc example (masked key)")
        << QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******") << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3*******")
        << QByteArrayLiteral("cvm") << DocHost << DocContentType << DocPayload << DocTimestamp << HeaderList()
        << QByteArrayLiteral("2019-02-25") << QByteArrayLiteral("content-type;host") << docPayloadHash
        << docHashedCanonical << QByteArrayLiteral("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")
        << QByteArray();

    // §1.2 variants table, newer Chinese doc: x-tc-action signed, its value lowercased.
    QTest::newRow("doc example (x-tc-action signed)")
        << QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******") << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3*******")
        << QByteArrayLiteral("cvm") << DocHost << DocContentType << DocPayload << DocTimestamp
        << HeaderList{{QByteArrayLiteral("X-TC-Action"), QByteArrayLiteral("DescribeInstances")}}
        << QByteArrayLiteral("2019-02-25") << QByteArrayLiteral("content-type;host;x-tc-action") << docPayloadHash
        << QByteArrayLiteral("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84")
        << QByteArrayLiteral("be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3") << QByteArray();

    // §1.3, tencentcloud-sdk-nodejs test/common/sign.test.ts.
    QTest::newRow("node sdk vector")
        << QStringLiteral("test-secret-id") << QStringLiteral("test-secret-key") << QByteArrayLiteral("cvm")
        << QByteArrayLiteral("cvm.tencentcloudapi.com") << QByteArrayLiteral("application/json")
        << QByteArrayLiteral(R"({"Action":"DescribeInstances","Version":"2017-03-12"})") << qint64(1640995200)
        << HeaderList() << QByteArrayLiteral("2022-01-01") << QByteArrayLiteral("content-type;host")
        << QByteArrayLiteral("8161d71add76597e6dc0e223286ca9a96dec0b7eca6e08f9364680387415b4dc") << QByteArray()
        << QByteArrayLiteral("96473b50fe407833672a5d6d067238d88bb44c8abcc39ef83baa3132afbfadd3")
        << QByteArrayLiteral("TC3-HMAC-SHA256 Credential=test-secret-id/2022-01-01/cvm/tc3_request, "
                             "SignedHeaders=content-type;host, "
                             "Signature=96473b50fe407833672a5d6d067238d88bb44c8abcc39ef83baa3132afbfadd3");

    // §7, GAAP vectors.
    const QByteArray emptyObjectHash =
        QByteArrayLiteral("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    const QByteArray destRegionHash =
        QByteArrayLiteral("16643c716cc7b578db70c3a0e1c8d5e2764154991b6ae12d238da3f700c295b1");
    const QByteArray destRegionBody = QByteArrayLiteral(R"({"DestRegion":"Hongkong"})");
    const auto gaapRow = [&](const char *name, const QByteArray &contentType, const QByteArray &body,
                             const QByteArray &payloadHash, const QByteArray &hashedCanonical,
                             const QByteArray &signature) {
        QTest::newRow(name) << QStringLiteral("AKIDEXAMPLE") << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
                            << QByteArrayLiteral("gaap") << QByteArrayLiteral("gaap.tencentcloudapi.com") << contentType
                            << body << DocTimestamp << HeaderList() << QByteArrayLiteral("2019-02-25")
                            << QByteArrayLiteral("content-type;host") << payloadHash << hashedCanonical << signature
                            << QByteArray();
    };
    gaapRow("gaap json {}", QByteArrayLiteral("application/json"), QByteArrayLiteral("{}"), emptyObjectHash,
            QByteArrayLiteral("4bd647450345d64a1f51546aeb42ad8efdd3a71bf7d0bad024c5f9de017c4a89"),
            QByteArrayLiteral("41cfe67afed0d57e069a8bb22d0652cac5d409922b088ea5726eba0be885e2a4"));
    gaapRow("gaap json DestRegion", QByteArrayLiteral("application/json"), destRegionBody, destRegionHash,
            QByteArrayLiteral("5daf30d91bc86172c1ef11b0c225d7d4485322286a43597f310ce8c50ecef023"),
            QByteArrayLiteral("d329befb91ad5a6f2a2eadebbe140e849101c3e94a01843e74a005a74f3b96ac"));
    gaapRow("gaap json;charset {}", QByteArrayLiteral("application/json; charset=utf-8"), QByteArrayLiteral("{}"),
            emptyObjectHash, QByteArrayLiteral("27249e04559cefb4c9082705beffaa8c534db65b955040ecbe45b18a03d4ded1"),
            QByteArrayLiteral("9e3b29bafa3f621f1e0cd1c545c2b97fa696a11a161d672bfaeaee430fdf5bf2"));
    gaapRow("gaap json;charset DestRegion", QByteArrayLiteral("application/json; charset=utf-8"), destRegionBody,
            destRegionHash, QByteArrayLiteral("39a9a3d87cb0870a4639acfaa837b3530f0e982318c71d5d2807c5eafba556e5"),
            QByteArrayLiteral("affc4217e9a7df7fafb808ce63e58c1b0634254f8718dfb63f4f3b811e8ef928"));
}

void tst_Tc3Signer::knownAnswers()
{
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QByteArray, service);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(qint64, timestamp);
    QFETCH(HeaderList, extraHeaders);
    QFETCH(QByteArray, expectedDate);
    QFETCH(QByteArray, expectedSignedHeaders);
    QFETCH(QByteArray, expectedHashedPayload);
    QFETCH(QByteArray, expectedHashedCanonicalRequest);
    QFETCH(QByteArray, expectedSignature);
    QFETCH(QByteArray, expectedAuthorization);

    Tc3SigningInput input;
    input.secretId = secretId;
    input.secretKey = SecretString(secretKey);
    input.service = service;
    input.host = host;
    input.contentType = contentType;
    input.body = body;
    input.timestamp = timestamp;
    input.extraSignedHeaders = extraHeaders;

    const Tc3Signature result = Tc3Signer::sign(input);

    QCOMPARE(result.date, expectedDate);
    QCOMPARE(result.signedHeaders, expectedSignedHeaders);
    QCOMPARE(result.hashedPayload, expectedHashedPayload);
    QCOMPARE(independentSha256Hex(body), expectedHashedPayload); // the table itself is consistent
    // The canonical request ends with the payload hash and has no trailing newline.
    QVERIFY(result.canonicalRequest.endsWith(QByteArray('\n' + expectedHashedPayload)));
    QVERIFY(result.canonicalRequest.startsWith(QByteArrayLiteral("POST\n/\n\n")));
    QVERIFY(result.canonicalRequest.contains(QByteArray(QByteArrayLiteral("\n\n") + expectedSignedHeaders + '\n')));
    if (!expectedHashedCanonicalRequest.isEmpty())
        QCOMPARE(independentSha256Hex(result.canonicalRequest), expectedHashedCanonicalRequest);

    const QByteArray expectedScope = expectedDate + '/' + service + QByteArrayLiteral("/tc3_request");
    QCOMPARE(result.credentialScope, expectedScope);
    const QByteArray expectedStringToSign = QByteArrayLiteral("TC3-HMAC-SHA256\n") + QByteArray::number(timestamp)
                                            + '\n' + expectedScope + '\n'
                                            + independentSha256Hex(result.canonicalRequest);
    QCOMPARE(result.stringToSign, expectedStringToSign);

    QCOMPARE(result.signature, expectedSignature);

    // The Authorization header assembled from the expected parts (reference §1.1 step 5).
    const QByteArray assembled = QByteArrayLiteral("TC3-HMAC-SHA256 Credential=") + secretId.toUtf8() + '/'
                                 + expectedScope + QByteArrayLiteral(", SignedHeaders=") + expectedSignedHeaders
                                 + QByteArrayLiteral(", Signature=") + expectedSignature;
    QCOMPARE(result.authorization, assembled);
    if (!expectedAuthorization.isEmpty())
        QCOMPARE(result.authorization, expectedAuthorization);
}

void tst_Tc3Signer::docExampleCanonicalRequest()
{
    const Tc3Signature result = Tc3Signer::sign(docInput());
    const QByteArray expected = QByteArrayLiteral("POST\n"
                                                  "/\n"
                                                  "\n"
                                                  "content-type:application/json; charset=utf-8\n"
                                                  "host:cvm.tencentcloudapi.com\n"
                                                  "\n"
                                                  "content-type;host\n"
                                                  "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
    QCOMPARE(result.canonicalRequest, expected);
    QCOMPARE(independentSha256Hex(expected),
             QByteArrayLiteral("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
}

void tst_Tc3Signer::docExampleStringToSign()
{
    const Tc3Signature result = Tc3Signer::sign(docInput());
    QCOMPARE(result.stringToSign,
             QByteArrayLiteral("TC3-HMAC-SHA256\n"
                               "1551113065\n"
                               "2019-02-25/cvm/tc3_request\n"
                               "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    QCOMPARE(result.credentialScope, QByteArrayLiteral("2019-02-25/cvm/tc3_request"));
    QCOMPARE(result.date, QByteArrayLiteral("2019-02-25"));
}

void tst_Tc3Signer::docExampleIntermediateKeys()
{
    const QByteArray secretDate = Tc3Signer::hmacSha256(QByteArrayLiteral("TC3Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"),
                                                        QByteArrayLiteral("2019-02-25"));
    QCOMPARE(secretDate.size(), qsizetype(32)); // raw digest, not hex
    QCOMPARE(secretDate.toHex(), QByteArrayLiteral("d1308c81fe71cfd4e06437bbc067b2b8a3d2d8c0e375d547f15c41d5214b395a"));

    const QByteArray secretService = Tc3Signer::hmacSha256(secretDate, QByteArrayLiteral("cvm"));
    QCOMPARE(secretService.toHex(),
             QByteArrayLiteral("3c7cb7c7795393edc14fd2e0e6434a518564b4504b88e94f5d11bf59ba3e7050"));

    const QByteArray secretSigning = Tc3Signer::hmacSha256(secretService, QByteArrayLiteral("tc3_request"));
    QCOMPARE(secretSigning.toHex(),
             QByteArrayLiteral("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1"));

    const QByteArray stringToSign =
        QByteArrayLiteral("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                          "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
    QCOMPARE(Tc3Signer::hmacSha256(secretSigning, stringToSign).toHex(),
             QByteArrayLiteral("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
}

void tst_Tc3Signer::utcDate_data()
{
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("epoch") << qint64(0) << QByteArrayLiteral("1970-01-01");
    QTest::newRow("doc example, 00:44:25 in UTC+8") << qint64(1551113065) << QByteArrayLiteral("2019-02-25");
    QTest::newRow("midnight UTC+8 = 16:00 UTC") << qint64(1551110400) << QByteArrayLiteral("2019-02-25");
    QTest::newRow("23:59:59 UTC") << qint64(1551139199) << QByteArrayLiteral("2019-02-25");
    QTest::newRow("00:00:00 UTC") << qint64(1551139200) << QByteArrayLiteral("2019-02-26");
    QTest::newRow("node sdk, 2022-01-01 00:00:00") << qint64(1640995200) << QByteArrayLiteral("2022-01-01");
    QTest::newRow("one second before 2022") << qint64(1640995199) << QByteArrayLiteral("2021-12-31");
}

void tst_Tc3Signer::utcDate()
{
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, expected);
    QCOMPARE(Tc3Signer::utcDate(timestamp), expected);
}

void tst_Tc3Signer::scopeDateChangesAtUtcMidnight()
{
    const QByteArray body = QByteArrayLiteral("{}");
    const Tc3Signature before = Tc3Signer::sign(gaapInput(1551139199, body));
    const Tc3Signature after = Tc3Signer::sign(gaapInput(1551139200, body));

    QCOMPARE(before.credentialScope, QByteArrayLiteral("2019-02-25/gaap/tc3_request"));
    QCOMPARE(after.credentialScope, QByteArrayLiteral("2019-02-26/gaap/tc3_request"));
    QVERIFY(before.authorization.contains(QByteArrayLiteral("Credential=AKIDEXAMPLE/2019-02-25/gaap/tc3_request, ")));
    QVERIFY(after.authorization.contains(QByteArrayLiteral("Credential=AKIDEXAMPLE/2019-02-26/gaap/tc3_request, ")));
    QVERIFY(before.stringToSign.startsWith(
        QByteArrayLiteral("TC3-HMAC-SHA256\n1551139199\n2019-02-25/gaap/tc3_request\n")));
    QVERIFY(
        after.stringToSign.startsWith(QByteArrayLiteral("TC3-HMAC-SHA256\n1551139200\n2019-02-26/gaap/tc3_request\n")));
    QVERIFY(before.signature != after.signature);
    // Same canonical request: only the timestamp and scope date differ.
    QCOMPARE(before.canonicalRequest, after.canonicalRequest);
}

void tst_Tc3Signer::nonAsciiPayload()
{
    // Raw UTF-8 as written in this (UTF-8) source file, checked against explicit bytes so a
    // source-encoding problem cannot hide behind a matching hash.
    const QByteArray rawUtf8 = QByteArrayLiteral(R"({"RegionName":"中国大陆-华南"})");
    const QByteArray explicitBytes = QByteArrayLiteral("{\"RegionName\":\""
                                                       "\xe4\xb8\xad\xe5\x9b\xbd\xe5\xa4\xa7\xe9\x99\x86"
                                                       "-"
                                                       "\xe5\x8d\x8e\xe5\x8d\x97"
                                                       "\"}");
    QCOMPARE(rawUtf8, explicitBytes);
    QCOMPARE(rawUtf8.size(), qsizetype(36));
    QCOMPARE(QString::fromUtf8(rawUtf8), QStringLiteral(u"{\"RegionName\":\"\u4e2d\u56fd\u5927\u9646-\u534e\u5357\"}"));

    const Tc3Signature raw = Tc3Signer::sign(gaapInput(DocTimestamp, rawUtf8));
    const QByteArray expectedHash = QCryptographicHash::hash(explicitBytes, QCryptographicHash::Sha256).toHex();
    QCOMPARE(raw.hashedPayload, expectedHash);
    QVERIFY(raw.canonicalRequest.endsWith(QByteArray('\n' + expectedHash)));

    // The same JSON with \u escapes is different bytes, hence a different signature.
    const QByteArray escaped = QByteArrayLiteral(R"({"RegionName":"\u4e2d\u56fd\u5927\u9646-\u534e\u5357"})");
    const Tc3Signature esc = Tc3Signer::sign(gaapInput(DocTimestamp, escaped));
    QCOMPARE(esc.hashedPayload, independentSha256Hex(escaped));
    QVERIFY(esc.hashedPayload != raw.hashedPayload);
    QVERIFY(esc.signature != raw.signature);
}

void tst_Tc3Signer::headerTrimmingAndLowercasing()
{
    Tc3SigningInput messy = gaapInput(DocTimestamp, QByteArrayLiteral("{}"));
    messy.contentType = QByteArrayLiteral("  Application/JSON ");
    messy.host = QByteArrayLiteral(" GAAP.TencentCloudAPI.com ");
    messy.extraSignedHeaders = {{QByteArrayLiteral(" X-TC-Action "), QByteArrayLiteral(" CheckProxyCreate ")}};

    const Tc3Signature result = Tc3Signer::sign(messy);
    QCOMPARE(result.signedHeaders, QByteArrayLiteral("content-type;host;x-tc-action"));
    const QByteArray expectedCanonical =
        QByteArrayLiteral("POST\n/\n\n"
                          "content-type:application/json\n"
                          "host:gaap.tencentcloudapi.com\n"
                          "x-tc-action:checkproxycreate\n"
                          "\n"
                          "content-type;host;x-tc-action\n"
                          "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    QCOMPARE(result.canonicalRequest, expectedCanonical);
    QVERIFY(result.authorization.contains(QByteArrayLiteral(", SignedHeaders=content-type;host;x-tc-action, ")));

    // The clean spelling of the same headers signs identically.
    Tc3SigningInput clean = gaapInput(DocTimestamp, QByteArrayLiteral("{}"));
    clean.extraSignedHeaders = {{QByteArrayLiteral("x-tc-action"), QByteArrayLiteral("checkproxycreate")}};
    QCOMPARE(Tc3Signer::sign(clean).signature, result.signature);

    // Without the extra header, the messy content-type/host still give the published §7 signature.
    messy.extraSignedHeaders.clear();
    QCOMPARE(Tc3Signer::sign(messy).signature,
             QByteArrayLiteral("41cfe67afed0d57e069a8bb22d0652cac5d409922b088ea5726eba0be885e2a4"));
}

void tst_Tc3Signer::extraHeadersAreSorted()
{
    Tc3SigningInput input = gaapInput(DocTimestamp, QByteArrayLiteral("{}"));
    input.extraSignedHeaders = {
        {QByteArrayLiteral("X-TC-Version"), QByteArrayLiteral("2018-05-29")},
        {QByteArrayLiteral(" X-TC-Action "), QByteArrayLiteral(" CheckProxyCreate ")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*")},
    };
    const Tc3Signature result = Tc3Signer::sign(input);
    QCOMPARE(result.signedHeaders, QByteArrayLiteral("accept;content-type;host;x-tc-action;x-tc-version"));
    const QByteArray expectedHeaderBlock = QByteArrayLiteral("\n/\n\n"
                                                             "accept:*/*\n"
                                                             "content-type:application/json\n"
                                                             "host:gaap.tencentcloudapi.com\n"
                                                             "x-tc-action:checkproxycreate\n"
                                                             "x-tc-version:2018-05-29\n"
                                                             "\n"
                                                             "accept;content-type;host;x-tc-action;x-tc-version\n");
    QVERIFY2(result.canonicalRequest.contains(expectedHeaderBlock), result.canonicalRequest.constData());

    // The order the caller lists the headers in does not matter.
    Tc3SigningInput reordered = input;
    std::reverse(reordered.extraSignedHeaders.begin(), reordered.extraSignedHeaders.end());
    QCOMPARE(Tc3Signer::sign(reordered).canonicalRequest, result.canonicalRequest);
    QCOMPARE(Tc3Signer::sign(reordered).signature, result.signature);
}

void tst_Tc3Signer::sha256Hex_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray()
                           << QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc (FIPS 180-2)") << QByteArrayLiteral(
        "abc") << QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("doc payload") << DocPayload
                                 << QByteArrayLiteral(
                                        "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
}

void tst_Tc3Signer::sha256Hex()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(Tc3Signer::sha256Hex(input), expected);
}

void tst_Tc3Signer::hmacSha256Rfc4231()
{
    // RFC 4231 test case 2.
    QCOMPARE(
        Tc3Signer::hmacSha256(QByteArrayLiteral("Jefe"), QByteArrayLiteral("what do ya want for nothing?")).toHex(),
        QByteArrayLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

QTEST_APPLESS_MAIN(tst_Tc3Signer)

#include "tst_tc3signer.moc"
