#pragma once

#include "core/common/secretstring.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Everything a TC3-HMAC-SHA256 signature depends on. Pure data: no clock, no network.
struct Tc3SigningInput
{
    QString secretId;
    SecretString secretKey;
    QByteArray service;     // credential-scope service, "gaap"
    QByteArray host;        // exactly the Host header that is sent (with ":port" when not default)
    QByteArray contentType; // exactly the Content-Type header that is sent
    QByteArray body;        // exactly the body bytes that are sent
    qint64 timestamp = 0;   // X-TC-Timestamp, seconds since the Unix epoch
    QByteArray method = QByteArrayLiteral("POST");
    // Further headers to sign besides content-type and host, e.g. {"X-TC-Action", "CheckProxyCreate"}.
    QList<QPair<QByteArray, QByteArray>> extraSignedHeaders;
};

// The signature plus every intermediate step, for a "show signing steps" view.
struct Tc3Signature
{
    QByteArray authorization; // value of the Authorization header
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray credentialScope; // "YYYY-MM-DD/service/tc3_request"
    QByteArray signedHeaders;   // "content-type;host[;...]"
    QByteArray hashedPayload;   // lowercase hex SHA-256 of the body
    QByteArray signature;       // lowercase hex
    QByteArray date;            // UTC date of the timestamp, "YYYY-MM-DD"
};

namespace Tc3Signer {

inline constexpr char Algorithm[] = "TC3-HMAC-SHA256";

[[nodiscard]] Tc3Signature sign(const Tc3SigningInput &input);

// Building blocks, public for the signing-steps view and for tests.
[[nodiscard]] QByteArray utcDate(qint64 timestamp);
[[nodiscard]] QByteArray sha256Hex(const QByteArray &data);
[[nodiscard]] QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

} // namespace Tc3Signer
