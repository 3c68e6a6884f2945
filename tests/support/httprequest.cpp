#include "support/httprequest.h"

#include <QUrl>

namespace {

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

HttpRequestParser::Result failure(HttpRequestParser::Status status)
{
    HttpRequestParser::Result result;
    result.status = status;
    result.keepAlive = false;
    return result;
}

} // namespace

const QByteArray *ReceivedRequest::findHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return &value;
    }
    return nullptr;
}

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    const QByteArray *value = findHeader(name);
    return value ? *value : QByteArray();
}

bool ReceivedRequest::hasHeader(const QByteArray &name) const
{
    return findHeader(name) != nullptr;
}

HttpRequestParser::Result HttpRequestParser::take(QByteArray &buffer)
{
    // Tolerate the empty lines a client may send between requests (RFC 9112, 2.2).
    qsizetype start = 0;
    while (buffer.mid(start, 2) == "\r\n")
        start += 2;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n", start);
    if (headerEnd < 0)
        return buffer.size() - start > MaxHeaderBytes ? failure(Status::TooLarge) : Result{};
    if (headerEnd - start > MaxHeaderBytes)
        return failure(Status::TooLarge);

    const QList<QByteArray> lines = buffer.mid(start, headerEnd - start).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/')
        || !requestLine[2].startsWith("HTTP/1."))
        return failure(Status::Malformed);

    Result result;
    result.request.method = requestLine[0];
    result.request.path = QUrl::fromEncoded(requestLine[1], QUrl::StrictMode).path();
    if (result.request.path.isEmpty())
        return failure(Status::Malformed);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return failure(Status::Malformed); // also rejects obsolete line folding
        result.request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    if (result.request.hasHeader("Transfer-Encoding"))
        return failure(Status::Malformed);
    qint64 length = 0;
    if (result.request.hasHeader("Content-Length")) {
        bool ok = false;
        length = result.request.header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0)
            return failure(Status::Malformed);
        if (length > MaxBodyBytes)
            return failure(Status::TooLarge);
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < length)
        return {};
    result.request.body = buffer.mid(bodyStart, static_cast<qsizetype>(length));
    buffer.remove(0, bodyStart + static_cast<qsizetype>(length));

    const QByteArray connection = result.request.header("Connection").toLower();
    result.keepAlive = requestLine[2] == "HTTP/1.0" ? connection.contains("keep-alive") : !connection.contains("close");
    result.status = Status::Complete;
    return result;
}
