#pragma once

#include "core/api/apiresult.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QNetworkReply;
class QTimer;

// One API call in flight. Emits finished() exactly once (unless destroyed first), then deletes
// itself later. Destroying it, or the ApiClient that made it, aborts the request silently.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    [[nodiscard]] QString action() const { return m_action; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // Stops the request; finished() follows with ApiError::Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void finished(const ApiResult &result);

private:
    friend class ApiClient;
    ApiCall(QString action, std::chrono::milliseconds timeout, qint64 maxBodyBytes, QObject *parent);

    void start(QNetworkReply *reply, qint64 signedTimestamp);
    void failSoon(const ApiError &error); // before anything was sent: finish on the next event-loop turn

    void readAvailable();
    void checkDeclaredLength();
    void replyFinished();
    void abortWith(ApiError::Kind kind, const QString &detail);
    void finish(ApiResult result);
    void releaseReply();

    QString m_action;
    std::chrono::milliseconds m_timeout;
    qint64 m_maxBodyBytes;
    qint64 m_signedTimestamp = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QByteArray m_body;
    bool m_finished = false;
};
