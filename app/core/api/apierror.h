#pragma once

#include <QCoreApplication>
#include <QString>

// Why one API call did not produce an answer. Transport failures get a stable client-side code
// ("Client.Timeout", …); answers from Tencent Cloud keep the server's code and message verbatim.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Service,            // the server answered {"Response":{"Error":{…}}}
        MissingCredentials, // nothing to sign with
        InvalidCredentials, // refused before sending: the key holds a line break or another control character
        InvalidInput,       // refused before sending: a parameter is missing or not allowed
        HostNotFound,       // DNS
        ConnectionRefused,
        ConnectionClosed, // the server hung up before answering
        TlsFailure,       // certificate or handshake rejected
        Proxy,
        Timeout,
        HttpStatus,        // HTTP status other than 200
        InvalidJson,       // body is not JSON
        MalformedResponse, // JSON without a usable {"Response": …} envelope
        BodyTooLarge,
        Cancelled,
        Network, // any other transport failure
    };

    ApiError() = default;
    ApiError(Kind kind, QString code, QString message);

    static ApiError service(QString code, QString serverMessage, QString requestId);
    static ApiError transport(Kind kind, QString technicalDetail);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isNone() const { return m_kind == Kind::None; }
    [[nodiscard]] bool isService() const { return m_kind == Kind::Service; }
    // The raw code: the server's ("AuthFailure.SignatureFailure") or ours ("Client.Timeout").
    [[nodiscard]] QString code() const { return m_code; }
    // The server's own message, or the technical detail of a transport failure (not translated).
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString requestId() const { return m_requestId; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }

    ApiError &withRequestId(QString requestId);
    ApiError &withHttpStatus(int status);

    // Translated, for people: a one-line summary and what to do about it.
    // Refused before anything was sent (invalid values, no key or an unusable key): not an answer, so
    // never recorded in the history.
    [[nodiscard]] bool refusedBeforeSending() const
    {
        return m_kind == Kind::InvalidInput || m_kind == Kind::MissingCredentials || m_kind == Kind::InvalidCredentials;
    }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString advice() const;
    // Everything support asks for: summary, advice, raw code, message and RequestId.
    [[nodiscard]] QString describe() const;

    static QString codeForKind(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_code;
    QString m_message;
    QString m_requestId;
    int m_httpStatus = 0;
};
