#include "core/api/tc3signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

namespace {

struct CanonicalHeader
{
    QByteArray name;
    QByteArray value;
};

// Lowercased and trimmed names and values, sorted by name in ASCII order.
QList<CanonicalHeader> canonicalHeaders(const Tc3SigningInput &input)
{
    QList<CanonicalHeader> headers;
    headers.append({QByteArrayLiteral("content-type"), input.contentType.trimmed().toLower()});
    headers.append({QByteArrayLiteral("host"), input.host.trimmed().toLower()});
    for (const auto &[name, value] : input.extraSignedHeaders)
        headers.append({name.trimmed().toLower(), value.trimmed().toLower()});
    std::sort(headers.begin(), headers.end(),
              [](const CanonicalHeader &a, const CanonicalHeader &b) { return a.name < b.name; });
    return headers;
}

} // namespace

namespace Tc3Signer {

QByteArray utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, QTimeZone::utc()).date().toString(Qt::ISODate).toLatin1();
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

Tc3Signature sign(const Tc3SigningInput &input)
{
    Tc3Signature out;
    out.date = utcDate(input.timestamp);
    out.hashedPayload = sha256Hex(input.body);

    QByteArray headerBlock;
    QByteArrayList names;
    for (const CanonicalHeader &header : canonicalHeaders(input)) {
        headerBlock += header.name + ':' + header.value + '\n';
        names.append(header.name);
    }
    out.signedHeaders = names.join(';');

    out.canonicalRequest = QByteArrayList{input.method.toUpper(),
                                          QByteArrayLiteral("/"),
                                          QByteArray(), // no query string for POST
                                          headerBlock,
                                          out.signedHeaders,
                                          out.hashedPayload}
                               .join('\n');

    out.credentialScope = out.date + '/' + input.service + QByteArrayLiteral("/tc3_request");
    out.stringToSign = QByteArrayList{QByteArray(Algorithm), QByteArray::number(input.timestamp), out.credentialScope,
                                      sha256Hex(out.canonicalRequest)}
                           .join('\n');

    const QByteArray secretDate = hmacSha256("TC3" + input.secretKey.reveal().toUtf8(), out.date);
    const QByteArray secretService = hmacSha256(secretDate, input.service);
    const QByteArray secretSigning = hmacSha256(secretService, QByteArrayLiteral("tc3_request"));
    out.signature = hmacSha256(secretSigning, out.stringToSign).toHex();

    out.authorization = QByteArray(Algorithm) + " Credential=" + input.secretId.toUtf8() + '/' + out.credentialScope
                        + ", SignedHeaders=" + out.signedHeaders + ", Signature=" + out.signature;
    return out;
}

} // namespace Tc3Signer
