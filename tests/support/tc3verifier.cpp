#include "support/tc3verifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdlib>

namespace {

VerificationResult reject(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), message, {}};
}

QByteArray hex256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray mac(const QByteArray &key, const QByteArray &data)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
    code.addData(data);
    return code.result();
}

struct ParsedAuthorization
{
    QString secretId;
    QString date;
    QString service;
    QString terminator;
    QByteArrayList signedHeaders;
    QByteArray signature;
};

bool parseAuthorization(const QByteArray &value, ParsedAuthorization *out)
{
    static const QRegularExpression shape(
        QStringLiteral("^TC3-HMAC-SHA256 Credential=([^/\\s]+)/([^/\\s]+)/([^/\\s]+)/([^,\\s]+), "
                       "?SignedHeaders=([^,\\s]+), ?Signature=([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = shape.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return false;
    out->secretId = match.captured(1);
    out->date = match.captured(2);
    out->service = match.captured(3);
    out->terminator = match.captured(4);
    out->signedHeaders = match.captured(5).toLatin1().split(';');
    out->signature = match.captured(6).toLatin1();
    return true;
}

} // namespace

VerificationResult Tc3Verifier::verify(const ReceivedRequest &request, qint64 serverNow) const
{
    if (!request.hasHeader("Authorization"))
        return reject("AuthFailure.InvalidAuthorization", QStringLiteral("The Authorization header is missing."));
    ParsedAuthorization auth;
    if (!parseAuthorization(request.header("Authorization"), &auth))
        return reject("AuthFailure.InvalidAuthorization",
                      QStringLiteral("The Authorization header is not a TC3-HMAC-SHA256 authorization."));

    bool timestampOk = false;
    const qint64 timestamp = request.header("X-TC-Timestamp").toLongLong(&timestampOk);
    if (!timestampOk)
        return reject("MissingParameter", QStringLiteral("The request is missing a valid X-TC-Timestamp."));
    if (std::llabs(serverNow - timestamp) > MaxSkewSeconds)
        return reject("AuthFailure.SignatureExpire",
                      QStringLiteral("Signature expired. Timestamp %1 is more than 5 minutes away from the server "
                                     "time %2.")
                          .arg(timestamp)
                          .arg(serverNow));

    const FakeCredential *credential = m_data.credential(auth.secretId);
    if (!credential)
        return reject("AuthFailure.SecretIdNotFound",
                      QStringLiteral("The SecretId is not found, please ensure that your SecretId is correct."));

    const QString expectedDate =
        QDateTime::fromSecsSinceEpoch(timestamp, QTimeZone::utc()).date().toString(Qt::ISODate);
    if (auth.date != expectedDate || auth.service != QLatin1String("gaap")
        || auth.terminator != QLatin1String("tc3_request"))
        return reject(
            "AuthFailure.SignatureFailure",
            QStringLiteral("The credential scope %1/%2/%3 does not match the request (expected %4/gaap/tc3_request).")
                .arg(auth.date, auth.service, auth.terminator, expectedDate));

    QByteArrayList sortedNames = auth.signedHeaders;
    std::sort(sortedNames.begin(), sortedNames.end());
    if (sortedNames != auth.signedHeaders || !sortedNames.contains("content-type") || !sortedNames.contains("host"))
        return reject("AuthFailure.SignatureFailure",
                      QStringLiteral("SignedHeaders must be sorted and include content-type and host."));

    QByteArray canonicalHeaders;
    for (const QByteArray &name : std::as_const(sortedNames)) {
        if (name != name.toLower() || !request.hasHeader(name))
            return reject(
                "AuthFailure.SignatureFailure",
                QStringLiteral("The signed header `%1` is not in the request.").arg(QString::fromLatin1(name)));
        canonicalHeaders += name + ':' + request.header(name).trimmed().toLower() + '\n';
    }
    const QByteArray canonicalRequest =
        request.method + "\n/\n\n" + canonicalHeaders + '\n' + sortedNames.join(';') + '\n' + hex256(request.body);
    const QByteArray scope = auth.date.toLatin1() + "/gaap/tc3_request";
    const QByteArray stringToSign =
        "TC3-HMAC-SHA256\n" + QByteArray::number(timestamp) + '\n' + scope + '\n' + hex256(canonicalRequest);
    const QByteArray signingKey =
        mac(mac(mac("TC3" + credential->secretKey.toUtf8(), auth.date.toLatin1()), "gaap"), "tc3_request");
    if (mac(signingKey, stringToSign).toHex() != auth.signature)
        return reject("AuthFailure.SignatureFailure",
                      QStringLiteral("The provided credentials could not be validated. Please check your signature "
                                     "is correct."));

    const QByteArray token = request.header("X-TC-Token");
    if (token != credential->token.toUtf8())
        return reject("AuthFailure.TokenFailure", credential->token.isEmpty()
                                                      ? QStringLiteral("A token was sent with a long-term key.")
                                                      : QStringLiteral("The token is missing or invalid."));
    return {{}, {}, auth.secretId};
}
