#include "support/fakegaapserver.h"

#include "support/fakegaapgroups.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

#include <utility>

namespace {

const QByteArray ApiVersion = QByteArrayLiteral("2018-05-29");
const QByteArray JsonType = QByteArrayLiteral("application/json");

QByteArray httpDate(qint64 secondsSinceEpoch)
{
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc()),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray envelope(QJsonObject response)
{
    response.insert(QStringLiteral("RequestId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    return QJsonDocument(QJsonObject{{QStringLiteral("Response"), response}}).toJson(QJsonDocument::Compact);
}

} // namespace

FakeGaapServer::FakeGaapServer(FakeGaapData data, QObject *parent)
    : QObject(parent)
    , m_data(std::move(data))
    , m_actions(m_data)
    , m_verifier(m_data)
    , m_rateLimiter(DefaultRateLimit)
    , m_http([this](const ReceivedRequest &request, QTcpSocket *socket) { handleRequest(request, socket); })
{
}

FakeGaapServer::~FakeGaapServer() = default;

quint16 FakeGaapServer::listenOnLoopback(quint16 port)
{
    return m_http.listen(port);
}

QUrl FakeGaapServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_http.port()));
}

qint64 FakeGaapServer::now() const
{
    return QDateTime::currentSecsSinceEpoch() + m_clockOffsetSeconds;
}

void FakeGaapServer::handleRequest(const ReceivedRequest &received, QTcpSocket *socket)
{
    if (received.path.startsWith(QLatin1String("/_fake/"))) {
        handleControl(received, socket);
        return;
    }
    if (received.path != QLatin1String("/")) {
        writeHttp(socket, 404, "text/plain", "Not Found\n");
        return;
    }

    const QString action = QString::fromLatin1(received.header("X-TC-Action"));
    m_lastRequest = received;
    ++m_totalRequests;
    m_requestCounts[action] += 1;

    const Answer answer = answerApiRequest(received, action);
    if (const std::optional<FakeFault> fault = takeFault(action))
        applyFault(*fault, received, answer, socket);
    else
        send(socket, answer);
}

FakeGaapServer::Answer FakeGaapServer::errorAnswer(const QString &action, const QString &code,
                                                   const QString &message) const
{
    const QJsonObject error{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}};
    return {action, code, envelope(QJsonObject{{QStringLiteral("Error"), error}})};
}

FakeGaapServer::Answer FakeGaapServer::answerApiRequest(const ReceivedRequest &request, const QString &action)
{
    if (request.method != "POST")
        return errorAnswer(action, QStringLiteral("UnsupportedProtocol"),
                           QStringLiteral("This fake server accepts POST requests only."));
    if (action.isEmpty())
        return errorAnswer(action, QStringLiteral("MissingParameter"),
                           QStringLiteral("The request is missing a required parameter `Action`."));

    const VerificationResult verification = m_verifier.verify(request, now());
    if (!verification.isOk())
        return errorAnswer(action, verification.errorCode, verification.errorMessage);

    if (request.header("X-TC-Version") != ApiVersion)
        return errorAnswer(action, QStringLiteral("NoSuchVersion"),
                           QStringLiteral("The API version `%1` does not exist for gaap.")
                               .arg(QString::fromLatin1(request.header("X-TC-Version"))));
    if (!FakeGaapActions::supportedActions().contains(action))
        return errorAnswer(action, QStringLiteral("InvalidAction"),
                           QStringLiteral("The action `%1` does not exist.").arg(action));
    if (!m_rateLimiter.tryAccept(action))
        return errorAnswer(action, QStringLiteral("RequestLimitExceeded"),
                           QStringLiteral("Your current requests per second exceed the limit of %1 for `%2`; "
                                          "please retry later.")
                               .arg(m_rateLimiter.limit())
                               .arg(action));

    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    if (!body.isObject())
        return errorAnswer(action, QStringLiteral("InvalidParameter"),
                           QStringLiteral("The request body is not a JSON object."));

    const bool chinese = request.header("X-TC-Language") != "en-US";
    const FakeAnswer answer = m_actions.handle(action, body.object(), chinese);
    if (answer.isError())
        return errorAnswer(action, answer.errorCode, answer.errorMessage);
    return {action, {}, envelope(answer.fields)};
}

std::optional<FakeFault> FakeGaapServer::takeFault(const QString &action)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FakeFault &fault = m_faults[i];
        if (!fault.action.isEmpty() && fault.action != action)
            continue;
        const FakeFault taken = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

void FakeGaapServer::applyFault(const FakeFault &fault, const ReceivedRequest &request, const Answer &answer,
                                QTcpSocket *socket)
{
    switch (fault.kind) {
    case FakeFault::Kind::ErrorCode:
        send(socket, errorAnswer(answer.action, fault.errorCode, fault.errorMessage));
        return;
    case FakeFault::Kind::Http502Html:
        writeHttp(socket, 502, "text/html",
                  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                  "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
        Q_EMIT requestAnswered(answer.action, QStringLiteral("HTTP 502"));
        return;
    case FakeFault::Kind::TruncatedJson:
        writeHttp(socket, 200, JsonType, answer.body.left(answer.body.size() / 2));
        Q_EMIT requestAnswered(answer.action, QStringLiteral("truncated"));
        return;
    case FakeFault::Kind::CloseConnection: socket->disconnectFromHost(); return;
    case FakeFault::Kind::NoAnswer: return; // the socket stays open until the client gives up
    case FakeFault::Kind::SlowAnswer:
        QTimer::singleShot(fault.delayMs, socket, [this, socket = QPointer<QTcpSocket>(socket), answer] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                send(socket, answer);
        });
        return;
    case FakeFault::Kind::MangledJson:
        writeHttp(socket, 200, JsonType,
                  answer.action == QLatin1String("CheckProxyCreate")
                      ? QByteArrayLiteral(R"({"Response":{"CheckFlag":"yes","RequestId":null}})")
                      : QByteArrayLiteral(R"({"Response":{"DestRegionSet":{"RegionId":7},"AccessRegionSet":null,)"
                                          R"("TotalCount":"many","BandwidthList":[null,"x"],"RequestId":null}})"));
        Q_EMIT requestAnswered(answer.action, QStringLiteral("mangled"));
        return;
    case FakeFault::Kind::EndlessList:
        send(
            socket,
            {answer.action, {}, envelope(FakeGaapGroups::endlessPage(QJsonDocument::fromJson(request.body).object()))});
        return;
    case FakeFault::Kind::OversizeBody: {
        const QByteArray prefix = "{\"Response\":{\"RequestId\":\"oversize\",\"Padding\":\"";
        const QByteArray suffix = "\"}}";
        const qint64 padding = std::max<qint64>(0, fault.bodyBytes - prefix.size() - suffix.size());
        const QByteArray body = prefix + QByteArray(padding, 'x') + suffix;
        if (fault.declareLength) {
            writeHttp(socket, 200, JsonType, body);
        } else {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nDate: "
                          + httpDate(now()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        }
        return;
    }
    }
}

void FakeGaapServer::send(QTcpSocket *socket, const Answer &answer)
{
    if (!answer.errorCode.isEmpty())
        m_errorCounts[answer.errorCode] += 1;
    writeHttp(socket, 200, JsonType, answer.body);
    Q_EMIT requestAnswered(answer.action, answer.errorCode);
}

void FakeGaapServer::writeHttp(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body)
{
    LoopbackHttpServer::writeResponse(socket, status, contentType, "Date: " + httpDate(now()) + "\r\n", body);
}

void FakeGaapServer::handleControl(const ReceivedRequest &request, QTcpSocket *socket)
{
    const QString &path = request.path;
    if (path == QLatin1String("/_fake/faults") && request.method == "DELETE") {
        clearFaults();
        writeHttp(socket, 200, JsonType, R"({"faults":0})");
        return;
    }
    if (path == QLatin1String("/_fake/faults") && request.method == "POST") {
        QString error;
        const std::optional<FakeFault> fault =
            FakeFault::fromJson(QJsonDocument::fromJson(request.body).object(), &error);
        if (!fault) {
            writeHttp(socket, 400, JsonType, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson());
            return;
        }
        addFault(*fault);
        writeHttp(
            socket, 200, JsonType,
            QJsonDocument(QJsonObject{{QStringLiteral("faults"), m_faults.size()}}).toJson(QJsonDocument::Compact));
        return;
    }
    if (path == QLatin1String("/_fake/clock") && request.method == "POST") {
        const QJsonValue offset = QJsonDocument::fromJson(request.body).object().value(QLatin1String("offset"));
        if (!offset.isDouble()) {
            writeHttp(socket, 400, JsonType, R"({"error":"expected {\"offset\": seconds}"})");
            return;
        }
        setClockOffset(offset.toInteger());
        writeHttp(socket, 200, JsonType,
                  QJsonDocument(QJsonObject{{QStringLiteral("offset"), m_clockOffsetSeconds}})
                      .toJson(QJsonDocument::Compact));
        return;
    }
    if (path == QLatin1String("/_fake/capacity") && request.method == "POST") {
        // {"accessRegion": "Japan", "networkType": "normal", "maxBandwidth": 100, "maxConcurrent": 10}
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString networkType = body.value(QLatin1String("networkType")).toString(QStringLiteral("normal"));
        FakeCapacity capacity;
        capacity.maxBandwidth = body.value(QLatin1String("maxBandwidth")).toInteger(-1);
        capacity.maxConcurrent = body.value(QLatin1String("maxConcurrent")).toInteger(-1);
        if (capacity.maxBandwidth < 0 || capacity.maxConcurrent < 0
            || !setCapacity(body.value(QLatin1String("accessRegion")).toString(), networkType, capacity)) {
            writeHttp(
                socket, 400, JsonType,
                R"({"error":"expected {\"accessRegion\": a known id, \"maxBandwidth\": n, \"maxConcurrent\": n}"})");
            return;
        }
        writeHttp(socket, 200, JsonType, R"({"ok":true})");
        return;
    }
    if (path == QLatin1String("/_fake/stats")) {
        QJsonObject requests;
        for (auto it = m_requestCounts.cbegin(); it != m_requestCounts.cend(); ++it)
            requests.insert(it.key(), it.value());
        QJsonObject errors;
        for (auto it = m_errorCounts.cbegin(); it != m_errorCounts.cend(); ++it)
            errors.insert(it.key(), it.value());
        const QJsonObject stats{{QStringLiteral("total"), m_totalRequests},
                                {QStringLiteral("requests"), requests},
                                {QStringLiteral("errors"), errors}};
        writeHttp(socket, 200, JsonType, QJsonDocument(stats).toJson(QJsonDocument::Compact));
        return;
    }
    writeHttp(socket, 404, "text/plain", "Unknown control path\n");
}
