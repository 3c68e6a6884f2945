#include "core/api/apicall.h"

#include "core/api/apienvelope.h"
#include "core/common/logging.h"
#include "core/common/servertext.h"

#include <QNetworkReply>
#include <QTimer>

#include <utility>

namespace {

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError: return ApiError::Kind::HostNotFound;
    case QNetworkReply::ConnectionRefusedError: return ApiError::Kind::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed before the answer; never sent twice (OneShotBody)
        return ApiError::Kind::ConnectionClosed;
    case QNetworkReply::SslHandshakeFailedError: return ApiError::Kind::TlsFailure;
    case QNetworkReply::TimeoutError: return ApiError::Kind::Timeout;
    case QNetworkReply::OperationCanceledError: return ApiError::Kind::Cancelled;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError: return ApiError::Kind::Proxy;
    default: return ApiError::Kind::Network;
    }
}

} // namespace

ApiCall::ApiCall(QString action, std::chrono::milliseconds timeout, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_action(std::move(action))
    , m_timeout(timeout)
    , m_maxBodyBytes(maxBodyBytes)
{
}

ApiCall::~ApiCall()
{
    releaseReply();
}

void ApiCall::start(QNetworkReply *reply, qint64 signedTimestamp)
{
    m_reply = reply;
    m_signedTimestamp = signedTimestamp;
    reply->setParent(this);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::checkDeclaredLength);
    connect(reply, &QIODevice::readyRead, this, &ApiCall::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::replyFinished);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        abortWith(ApiError::Kind::Timeout, QStringLiteral("no complete answer after %1 ms").arg(m_timeout.count()));
    });
    m_timer->start(m_timeout);
}

void ApiCall::failSoon(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(ApiResult::failure(m_action, error)); });
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    abortWith(ApiError::Kind::Cancelled, QStringLiteral("cancelled by the user"));
}

void ApiCall::checkDeclaredLength()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBodyBytes) {
        abortWith(ApiError::Kind::BodyTooLarge, QStringLiteral("Content-Length %1 exceeds the limit of %2 bytes")
                                                    .arg(length.toLongLong())
                                                    .arg(m_maxBodyBytes));
    }
}

void ApiCall::readAvailable()
{
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBodyBytes) {
        abortWith(ApiError::Kind::BodyTooLarge, QStringLiteral("more than %1 bytes received").arg(m_maxBodyBytes));
    }
}

void ApiCall::replyFinished()
{
    if (!m_reply || m_finished)
        return;
    readAvailable();
    if (m_finished) // the last bytes went over the limit
        return;

    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QDateTime serverDate = ApiEnvelope::parseHttpDate(m_reply->rawHeader(QByteArrayLiteral("Date")));
    const QNetworkReply::NetworkError networkError = m_reply->error();
    const QString errorString = m_reply->errorString();

    ApiResult result;
    if (statusAttribute.isValid()) {
        // An HTTP answer arrived: judge it by status and body, not by Qt's error mapping.
        result = ApiEnvelope::parse(m_action, statusAttribute.toInt(), m_body);
    } else {
        const ApiError::Kind kind = kindForNetworkError(networkError);
        result = ApiResult::failure(m_action, ApiError::transport(kind, ServerText::printable(errorString)));
    }
    result.setServerDate(serverDate);
    finish(std::move(result));
}

void ApiCall::abortWith(ApiError::Kind kind, const QString &detail)
{
    if (m_finished)
        return;
    releaseReply();
    finish(ApiResult::failure(m_action, ApiError::transport(kind, ServerText::printable(detail))));
}

void ApiCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    releaseReply();
    result.setSignedTimestamp(m_signedTimestamp);
    if (result.isOk())
        qCInfo(lcGaapNet) << m_action << "ok, RequestId" << result.requestId();
    else
        qCInfo(lcGaapNet) << m_action << "failed:" << result.error().code() << result.error().requestId();
    Q_EMIT finished(result);
    deleteLater();
}

void ApiCall::releaseReply()
{
    QNetworkReply *const reply = m_reply.data();
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}
