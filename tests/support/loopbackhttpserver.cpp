#include "support/loopbackhttpserver.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>

#include <utility>

namespace {

const char *const CloseAfterResponse = "gaapCloseAfterResponse";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 404: return QByteArrayLiteral("Not Found");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 502: return QByteArrayLiteral("Bad Gateway");
    default: return QByteArrayLiteral("Status");
    }
}

} // namespace

LoopbackHttpServer::LoopbackHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_tcpServer(std::make_unique<QTcpServer>())
{
    connect(m_tcpServer.get(), &QTcpServer::pendingConnectionAvailable, this, &LoopbackHttpServer::accept);
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

void LoopbackHttpServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    Q_ASSERT(!m_tcpServer->isListening());
    auto tlsServer = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    tlsServer->setSslConfiguration(configuration);
    // A connection becomes pending once its handshake has succeeded.
    connect(tlsServer.get(), &QTcpServer::pendingConnectionAvailable, this, &LoopbackHttpServer::accept);
    m_tcpServer = std::move(tlsServer);
}

quint16 LoopbackHttpServer::listen(quint16 port)
{
    if (!m_tcpServer->isListening() && !m_tcpServer->listen(QHostAddress::LocalHost, port))
        return 0;
    return m_tcpServer->serverPort();
}

void LoopbackHttpServer::accept()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
    }
}

void LoopbackHttpServer::readFrom(QTcpSocket *socket)
{
    const QPointer<QTcpSocket> alive(socket);
    m_pending[socket].append(socket->readAll());
    while (alive && socket->state() == QAbstractSocket::ConnectedState
           && !socket->property(CloseAfterResponse).toBool()) {
        HttpRequestParser::Result parsed = HttpRequestParser::take(m_pending[socket]);
        switch (parsed.status) {
        case HttpRequestParser::Status::Incomplete: return;
        case HttpRequestParser::Status::Malformed:
        case HttpRequestParser::Status::TooLarge:
            socket->setProperty(CloseAfterResponse, true);
            writeResponse(socket, parsed.status == HttpRequestParser::Status::TooLarge ? 413 : 400, "text/plain", {},
                          reasonPhrase(parsed.status == HttpRequestParser::Status::TooLarge ? 413 : 400) + '\n');
            return;
        case HttpRequestParser::Status::Complete:
            socket->setProperty(CloseAfterResponse, !parsed.keepAlive);
            m_handler(parsed.request, socket); // may close the socket, or answer later
            break;
        }
    }
}

void LoopbackHttpServer::writeResponse(QTcpSocket *socket, int status, const QByteArray &contentType,
                                       const QByteArray &extraHeaders, const QByteArray &body)
{
    const bool close = socket->property(CloseAfterResponse).toBool();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\nContent-Type: "
                  + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders
                  + (close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n") + body);
    if (close)
        socket->disconnectFromHost(); // after the bytes above are written
}
