#pragma once

#include "support/httprequest.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <memory>

class QSslCertificate;
class QSslKey;
class QTcpSocket;

// A minimal HTTP/1.1 server on 127.0.0.1 over a plain QTcpServer, written for the fake GAAP server.
// It hands every request to the handler together with its socket, so that the handler can answer, answer
// late, answer with a broken body or close the connection: the faults a test double must be able to
// produce. QtHttpServer cannot: a technology preview in 6.4, it hands a handler a QHttpServerResponder
// instead of the socket in 6.8, and its API changed between the two. This class is the same on every Qt.
class LoopbackHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackHttpServer)

public:
    using Handler = std::function<void(const ReceivedRequest &request, QTcpSocket *socket)>;

    explicit LoopbackHttpServer(Handler handler, QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // Serves HTTPS with this certificate instead of HTTP; call before listen().
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    // Listens on 127.0.0.1 (0: any free port); returns the port, or 0 on failure.
    quint16 listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_tcpServer->serverPort(); }

    // Writes a whole response with Content-Length. `extraHeaders` are complete "Name: value\r\n" lines.
    // After a request that asked for it (Connection: close, HTTP/1.0), the connection is closed once written.
    static void writeResponse(QTcpSocket *socket, int status, const QByteArray &contentType,
                              const QByteArray &extraHeaders, const QByteArray &body);

private:
    void accept();
    void readFrom(QTcpSocket *socket);

    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_pending; // bytes received and not yet parsed, per connection
    // After m_pending: its sockets, destroyed with it, remove themselves from m_pending.
    std::unique_ptr<QTcpServer> m_tcpServer;
};
