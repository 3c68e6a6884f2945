#include "core/api/apiclient.h"

#include "core/api/oneshotbody.h"
#include "core/api/tc3signer.h"
#include "core/common/gaapversion.h"
#include "core/common/logging.h"
#include "core/common/servertext.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    Q_ASSERT(network);
}

ApiClient::~ApiClient()
{
    // Delete the calls now, while the network manager surely still exists: their
    // destructors abort the requests and emit nothing.
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        delete call;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("GAAPCapacityCheck/" GAAP_VERSION_STRING " Qt/") + QByteArray(qVersion()) + " ("
           + QSysInfo::kernelType().toLatin1() + ')';
}

QByteArray ApiClient::languageTag(Language language)
{
    return language == Language::Chinese ? QByteArrayLiteral("zh-CN") : QByteArrayLiteral("en-US");
}

ApiCall *ApiClient::call(const QString &action, const QJsonObject &parameters)
{
    auto *apiCall = new ApiCall(action, m_timeout, MaxResponseBytes, this);
    if (!m_credentials.isComplete()) {
        apiCall->failSoon(ApiError::transport(ApiError::Kind::MissingCredentials,
                                              QStringLiteral("no SecretId/SecretKey configured")));
        return apiCall;
    }
    if (m_credentials.hasControlCharacters()) {
        apiCall->failSoon(ApiError::transport(ApiError::Kind::InvalidCredentials,
                                              QStringLiteral("a control character in the key; nothing was sent")));
        return apiCall;
    }

    const QByteArray body = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    const qint64 timestamp = m_clock().toSecsSinceEpoch() + m_clockOffsetSeconds;

    Tc3SigningInput input;
    input.secretId = m_credentials.secretId;
    input.secretKey = m_credentials.secretKey;
    input.service = Endpoint::service();
    input.host = m_endpoint.hostHeader();
    input.contentType = contentType();
    input.body = body;
    input.timestamp = timestamp;
    const Tc3Signature signature = Tc3Signer::sign(input);

    // The headers in the spelling and order we send them. The trace is written from this list, not from
    // QNetworkRequest::rawHeaderList(): from Qt 6.7 that returns the names in lower case, where a
    // comparison with "X-TC-Token" no longer matched and the trace printed the token.
    QList<SentHeader> headers = {
        {QByteArrayLiteral("Authorization"), signature.authorization},
        {QByteArrayLiteral("Content-Type"), input.contentType},
        {QByteArrayLiteral("Host"), input.host},
        {QByteArrayLiteral("X-TC-Action"), action.toLatin1()},
        {QByteArrayLiteral("X-TC-Version"), apiVersion()},
        {QByteArrayLiteral("X-TC-Timestamp"), QByteArray::number(timestamp)},
        {QByteArrayLiteral("X-TC-Language"), languageTag(m_language)},
        {QByteArrayLiteral("X-TC-RequestClient"), QByteArrayLiteral(GAAP_REQUEST_CLIENT)},
    };
    if (!m_credentials.sessionToken.isEmpty())
        headers.append({QByteArrayLiteral("X-TC-Token"), m_credentials.sessionToken.reveal().toUtf8()});
    headers.append({QByteArrayLiteral("User-Agent"), userAgent()});
    for (const SentHeader &header : std::as_const(headers)) {
        if (ServerText::hasControlCharacters(QString::fromLatin1(header.value))) {
            apiCall->failSoon(ApiError::transport(
                ApiError::Kind::InvalidInput,
                QStringLiteral("%1 holds a control character; nothing was sent").arg(QLatin1String(header.name))));
            return apiCall;
        }
    }

    QNetworkRequest request(m_endpoint.url());
    for (const SentHeader &header : std::as_const(headers))
        request.setRawHeader(header.name, header.value);
    // An API answer never redirects; following one could carry the signed request elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    qCDebug(lcGaapNet) << "POST" << action << "to" << m_endpoint.toString() << body.size() << "bytes";
    if (m_tracing) {
        traceRequest(request.url(), headers, body, signature);
        connect(apiCall, &ApiCall::finished, this, &ApiClient::traceResult);
    }
    // Sent once: Qt cannot rewind a OneShotBody, so it never re-sends the request behind our back.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    // Qt reads the body until the reply is gone (its private part outlives the reply's children), so the
    // body is not the reply's child: it goes once the reply has been destroyed.
    auto *oneShot = new OneShotBody(body);
    QNetworkReply *reply = m_network->post(request, oneShot);
    connect(reply, &QObject::destroyed, oneShot, &QObject::deleteLater);
    apiCall->start(reply, timestamp);
    return apiCall;
}

void ApiClient::traceRequest(const QUrl &url, const QList<SentHeader> &headers, const QByteArray &body,
                             const Tc3Signature &signature)
{
    QStringList lines;
    lines << QStringLiteral("> canonical request:") << QString::fromUtf8(signature.canonicalRequest)
          << QStringLiteral("> string to sign:") << QString::fromUtf8(signature.stringToSign)
          << QStringLiteral("> POST %1").arg(url.toString());
    const QByteArray maskedSignature = signature.signature.left(8) + "…";
    for (const SentHeader &header : headers) {
        QByteArray value = header.value;
        if (header.name.compare("Authorization", Qt::CaseInsensitive) == 0)
            value.replace(signature.signature, maskedSignature);
        else if (header.name.compare("X-TC-Token", Qt::CaseInsensitive) == 0)
            value = "<redacted>";
        lines << QStringLiteral("> %1: %2").arg(QString::fromLatin1(header.name), QString::fromUtf8(value));
    }
    lines << QStringLiteral("> body: %1").arg(QString::fromUtf8(body));
    Q_EMIT traced(lines.join(u'\n'));
}

void ApiClient::traceResult(const ApiResult &result)
{
    QString text =
        QStringLiteral("< %1 %2").arg(result.action(), result.isOk() ? QStringLiteral("ok") : result.error().code());
    if (result.serverDate().isValid())
        text += QStringLiteral(", server date %1").arg(result.serverDate().toString(Qt::ISODate));
    if (result.isOk())
        text += u'\n' + QString::fromUtf8(QJsonDocument(result.response()).toJson(QJsonDocument::Compact));
    else
        text += u'\n' + result.error().message();
    Q_EMIT traced(text);
}
