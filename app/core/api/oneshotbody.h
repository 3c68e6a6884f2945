#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and not rewound. QNetworkAccessManager silently sends a request
// again when the connection closes before the answer (up to three times, past the RateLimiter); it cannot
// rewind this body, so the call fails with ContentReSendError instead and the request is sent once.
// Use with QNetworkRequest::DoNotBufferUploadDataAttribute and an explicit Content-Length.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray bytes, QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_position = 0;
};
