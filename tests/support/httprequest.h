#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP/1.1 request as it arrived at the fake server: what the TC3 check and the fault logic read.
struct ReceivedRequest
{
    QByteArray method;
    QString path;                                 // the request target's path, percent-decoded ("/", "/_fake/faults")
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;

private:
    [[nodiscard]] const QByteArray *findHeader(const QByteArray &name) const; // the first of that name
};

// Takes complete requests off the front of a connection's byte stream (several may be queued: keep-alive
// and pipelining). Enough HTTP/1.1 for a test double: a request line, headers and a Content-Length body.
// Transfer-Encoding (chunked uploads) is refused; no client of this project sends it.
class HttpRequestParser final
{
public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;

    enum class Status {
        Incomplete, // wait for more bytes; nothing was taken
        Complete,   // one request was taken from the buffer
        Malformed,  // answer 400 and close
        TooLarge,   // answer 413 and close
    };

    struct Result
    {
        Status status = Status::Incomplete;
        ReceivedRequest request;
        bool keepAlive = true; // false for HTTP/1.0 without keep-alive, or "Connection: close"
    };

    // On Complete, the request's bytes are removed from `buffer`.
    [[nodiscard]] static Result take(QByteArray &buffer);
};
