#include "core/api/apierror.h"

#include "core/api/errorcatalogue.h"
#include "core/common/servertext.h"

#include <utility>

ApiError::ApiError(Kind kind, QString code, QString message)
    : m_kind(kind)
    , m_code(std::move(code))
    , m_message(std::move(message))
{
}

ApiError ApiError::service(QString code, QString serverMessage, QString requestId)
{
    // Everything here is the server's text: shown in terminals and labels, so printable only.
    ApiError error(Kind::Service, ServerText::printable(code), ServerText::printable(serverMessage));
    error.m_requestId = ServerText::printable(requestId);
    return error;
}

ApiError ApiError::transport(Kind kind, QString technicalDetail)
{
    return ApiError(kind, codeForKind(kind), std::move(technicalDetail));
}

ApiError &ApiError::withRequestId(QString requestId)
{
    m_requestId = ServerText::printable(requestId);
    return *this;
}

ApiError &ApiError::withHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

QString ApiError::codeForKind(Kind kind)
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::Service: return QStringLiteral("Service");
    case Kind::MissingCredentials: return QStringLiteral("Client.MissingCredentials");
    case Kind::InvalidCredentials: return QStringLiteral("Client.InvalidCredentials");
    case Kind::InvalidInput: return QStringLiteral("Client.InvalidInput");
    case Kind::HostNotFound: return QStringLiteral("Client.HostNotFound");
    case Kind::ConnectionRefused: return QStringLiteral("Client.ConnectionRefused");
    case Kind::ConnectionClosed: return QStringLiteral("Client.ConnectionClosed");
    case Kind::TlsFailure: return QStringLiteral("Client.TlsFailure");
    case Kind::Proxy: return QStringLiteral("Client.ProxyFailure");
    case Kind::Timeout: return QStringLiteral("Client.Timeout");
    case Kind::HttpStatus: return QStringLiteral("Client.HttpStatus");
    case Kind::InvalidJson: return QStringLiteral("Client.InvalidJson");
    case Kind::MalformedResponse: return QStringLiteral("Client.MalformedResponse");
    case Kind::BodyTooLarge: return QStringLiteral("Client.BodyTooLarge");
    case Kind::Cancelled: return QStringLiteral("Client.Cancelled");
    case Kind::Network: return QStringLiteral("Client.NetworkError");
    }
    return {};
}

QString ApiError::title() const
{
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Service:
        if (const std::optional<ErrorExplanation> known = ErrorCatalogue::explain(m_code))
            return known->title;
        return tr("Tencent Cloud refused the request (%1).").arg(m_code);
    case Kind::MissingCredentials: return tr("No SecretId and SecretKey to sign the request with.");
    case Kind::InvalidCredentials:
        return tr("The request was not sent: the SecretId, SecretKey or token holds a line break or another "
                  "control character.");
    case Kind::InvalidInput: return tr("The request was not sent because some values are not allowed.");
    case Kind::HostNotFound: return tr("The server name could not be found.");
    case Kind::ConnectionRefused: return tr("The server refused the connection.");
    case Kind::ConnectionClosed: return tr("The server closed the connection without answering.");
    case Kind::TlsFailure: return tr("The secure connection to the server could not be verified.");
    case Kind::Proxy: return tr("The proxy server failed.");
    case Kind::Timeout: return tr("The server did not answer in time.");
    case Kind::HttpStatus: return tr("The server answered with HTTP status %1 instead of 200.").arg(m_httpStatus);
    case Kind::InvalidJson: return tr("The server's answer is not valid JSON.");
    case Kind::MalformedResponse: return tr("The server's answer is not a Tencent Cloud API response.");
    case Kind::BodyTooLarge: return tr("The server's answer is larger than 10 MiB and was not read.");
    case Kind::Cancelled: return tr("The request was cancelled.");
    case Kind::Network: return tr("The request failed because of a network error.");
    }
    return {};
}

QString ApiError::advice() const
{
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Service:
        if (const std::optional<ErrorExplanation> known = ErrorCatalogue::explain(m_code))
            return known->advice;
        // An unknown code: the server's own message is the best explanation there is.
        return m_message.isEmpty() ? tr("Quote the error code and the RequestId to Tencent Cloud support.")
                                   : tr("The server says: %1").arg(m_message);
    case Kind::MissingCredentials:
        return tr("Add a profile with a SecretId and SecretKey from the CAM console, then try again.");
    case Kind::InvalidCredentials:
        return tr("Copy the key again from the CAM console (API key management) into the profile, or correct "
                  "TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_TOKEN.");
    case Kind::InvalidInput: return tr("Correct the values named here, then try again.");
    case Kind::HostNotFound:
        return tr("Check the endpoint's spelling, your network connection and your DNS or proxy settings.");
    case Kind::ConnectionRefused:
        return tr("Check the endpoint's host and port, and that no firewall blocks the connection.");
    case Kind::ConnectionClosed:
        return tr("This is usually temporary: try again. If it keeps happening, check your proxy or firewall.");
    case Kind::TlsFailure:
        return tr("Someone may be intercepting the connection, or the endpoint is wrong. Check the endpoint, the "
                  "system clock and any TLS-inspecting proxy. Certificate checks are never switched off.");
    case Kind::Proxy: return tr("Check the proxy settings of this computer or of the application.");
    case Kind::Timeout:
        return tr("Check your network connection and try again, or allow more time (the timeout setting, or "
                  "--timeout for the command-line tool).");
    case Kind::HttpStatus:
    case Kind::InvalidJson:
    case Kind::MalformedResponse:
        return tr("The endpoint may not be a Tencent Cloud API server, or a proxy changed the answer. Check the "
                  "endpoint and try again later.");
    case Kind::BodyTooLarge: return tr("The endpoint is probably not a Tencent Cloud API server. Check the endpoint.");
    case Kind::Cancelled: return tr("Nothing was changed. Start the request again when you are ready.");
    case Kind::Network: return tr("Check your network connection and try again.");
    }
    return {};
}

QString ApiError::describe() const
{
    QStringList lines{title(), advice()};
    lines.append(tr("Code: %1").arg(m_code));
    if (!m_message.isEmpty() && m_kind == Kind::Service && ErrorCatalogue::explain(m_code))
        lines.append(tr("Server message: %1").arg(m_message));
    else if (!m_message.isEmpty() && m_kind != Kind::Service)
        lines.append(tr("Detail: %1").arg(m_message));
    if (!m_requestId.isEmpty())
        lines.append(tr("RequestId: %1").arg(m_requestId));
    return lines.join(u'\n');
}
