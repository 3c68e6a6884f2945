#pragma once

#include "core/api/apierror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The outcome of one API call: the inner "Response" object and its RequestId, or an ApiError.
class ApiResult final
{
public:
    ApiResult() = default;
    static ApiResult success(QString action, QJsonObject response, QString requestId);
    static ApiResult failure(QString action, ApiError error);

    [[nodiscard]] bool isOk() const { return m_error.isNone(); }
    [[nodiscard]] QString action() const { return m_action; }
    // The "Response" object as the server sent it (RequestId included).
    [[nodiscard]] const QJsonObject &response() const { return m_response; }
    [[nodiscard]] QString requestId() const;
    [[nodiscard]] const ApiError &error() const { return m_error; }

    // The server's HTTP Date header, when it sent one (for measuring clock skew).
    [[nodiscard]] QDateTime serverDate() const { return m_serverDate; }
    void setServerDate(const QDateTime &date) { m_serverDate = date; }
    // The X-TC-Timestamp the request was signed with.
    [[nodiscard]] qint64 signedTimestamp() const { return m_signedTimestamp; }
    void setSignedTimestamp(qint64 timestamp) { m_signedTimestamp = timestamp; }

private:
    QString m_action;
    QJsonObject m_response;
    QString m_requestId;
    ApiError m_error;
    QDateTime m_serverDate;
    qint64 m_signedTimestamp = 0;
};
