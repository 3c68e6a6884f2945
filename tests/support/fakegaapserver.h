#pragma once

#include "support/fakefault.h"
#include "support/fakegaapactions.h"
#include "support/fakegaapdata.h"
#include "support/fakeratelimiter.h"
#include "support/httprequest.h"
#include "support/loopbackhttpserver.h"
#include "support/tc3verifier.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpSocket;

// A loopback stand-in for gaap.tencentcloudapi.com: checks every TC3 signature from scratch,
// serves the GAAP actions the app uses from FakeGaapData, enforces 20 requests/s per action and injects
// faults on demand (through addFault() or POST /_fake/faults).
class FakeGaapServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGaapServer)

public:
    static constexpr int DefaultRateLimit = 20;

    explicit FakeGaapServer(FakeGaapData data = FakeGaapData::builtIn(), QObject *parent = nullptr);
    ~FakeGaapServer() override;

    // Serves HTTPS with this certificate (for TLS failure tests); call before listenOnLoopback().
    void useTls(const QSslCertificate &certificate, const QSslKey &key) { m_http.useTls(certificate, key); }
    // Listens on 127.0.0.1; returns the port, or 0 on failure.
    quint16 listenOnLoopback(quint16 port = 0);
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] quint16 port() const { return m_http.port(); }
    [[nodiscard]] const FakeGaapData &data() const { return m_data; }
    // The first key pair of the data file.
    [[nodiscard]] FakeCredential demoCredential() const { return m_data.credentials().value(0); }

    // The server's clock runs this many seconds ahead of the machine's (negative: behind).
    void setClockOffset(qint64 seconds) { m_clockOffsetSeconds = seconds; }
    [[nodiscard]] qint64 now() const;
    void setRateLimit(int requestsPerSecond) { m_rateLimiter.setLimit(requestsPerSecond); }

    void addFault(const FakeFault &fault) { m_faults.append(fault); }
    // The capacity CheckProxyCreate answers from, changed while running (FakeGaapData::setCapacity).
    bool setCapacity(const QString &accessRegion, const QString &networkType, const FakeCapacity &capacity)
    {
        return m_data.setCapacity(accessRegion, networkType, capacity);
    }
    void clearFaults() { m_faults.clear(); }

    // Statistics and the last request, for assertions.
    [[nodiscard]] int requestCount(const QString &action) const { return m_requestCounts.value(action); }
    [[nodiscard]] int totalRequestCount() const { return m_totalRequests; }
    [[nodiscard]] int errorCount(const QString &code) const { return m_errorCounts.value(code); }
    [[nodiscard]] ReceivedRequest lastRequest() const { return m_lastRequest; }

Q_SIGNALS:
    void requestAnswered(const QString &action, const QString &errorCode);

private:
    struct Answer
    {
        QString action;
        QString errorCode;
        QByteArray body;
    };

    void handleRequest(const ReceivedRequest &request, QTcpSocket *socket);
    void handleControl(const ReceivedRequest &request, QTcpSocket *socket);
    Answer answerApiRequest(const ReceivedRequest &request, const QString &action);
    Answer errorAnswer(const QString &action, const QString &code, const QString &message) const;
    std::optional<FakeFault> takeFault(const QString &action);
    void applyFault(const FakeFault &fault, const ReceivedRequest &request, const Answer &answer, QTcpSocket *socket);
    void send(QTcpSocket *socket, const Answer &answer);
    void writeHttp(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body);

    FakeGaapData m_data;
    FakeGaapActions m_actions;
    Tc3Verifier m_verifier;
    FakeRateLimiter m_rateLimiter;
    QList<FakeFault> m_faults;
    qint64 m_clockOffsetSeconds = 0;

    QHash<QString, int> m_requestCounts;
    QHash<QString, int> m_errorCounts;
    int m_totalRequests = 0;
    ReceivedRequest m_lastRequest;
    LoopbackHttpServer m_http; // last: destroyed first, so no request arrives at a half-destroyed server
};
