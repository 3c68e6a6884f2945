#include "core/api/apienvelope.h"

#include "core/common/servertext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

namespace {

QString bodyExcerpt(const QByteArray &body)
{
    constexpr qsizetype MaxExcerpt = 200;
    QString text = QString::fromUtf8(body.left(MaxExcerpt)).simplified();
    if (body.size() > MaxExcerpt)
        text += QStringLiteral("…");
    return text;
}

ApiResult malformed(const QString &action, const QString &detail, const QString &requestId = QString())
{
    return ApiResult::failure(action,
                              ApiError::transport(ApiError::Kind::MalformedResponse, ServerText::printable(detail))
                                  .withRequestId(requestId)
                                  .withHttpStatus(200));
}

} // namespace

namespace ApiEnvelope {

ApiResult parse(const QString &action, int httpStatus, const QByteArray &body)
{
    if (httpStatus != 200) {
        const QString detail = body.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                                              : QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(bodyExcerpt(body));
        return ApiResult::failure(
            action,
            ApiError::transport(ApiError::Kind::HttpStatus, ServerText::printable(detail)).withHttpStatus(httpStatus));
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString detail = QStringLiteral("%1 at byte %2; body starts: %3")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset)
                                   .arg(bodyExcerpt(body));
        return ApiResult::failure(
            action,
            ApiError::transport(ApiError::Kind::InvalidJson, ServerText::printable(detail)).withHttpStatus(200));
    }
    if (!document.isObject() || !document.object().value(QLatin1String("Response")).isObject())
        return malformed(action, QStringLiteral("no \"Response\" object; body starts: %1").arg(bodyExcerpt(body)));

    const QJsonObject response = document.object().value(QLatin1String("Response")).toObject();
    const QJsonValue requestIdValue = response.value(QLatin1String("RequestId"));
    const QString requestId = requestIdValue.isString() ? ServerText::printable(requestIdValue.toString()) : QString();

    const QJsonValue errorValue = response.value(QLatin1String("Error"));
    if (!errorValue.isUndefined() && !errorValue.isNull()) {
        const QJsonObject error = errorValue.toObject();
        const QJsonValue code = error.value(QLatin1String("Code"));
        if (!errorValue.isObject() || !code.isString() || code.toString().isEmpty())
            return malformed(action, QStringLiteral("\"Response.Error\" has no \"Code\""), requestId);
        const QJsonValue message = error.value(QLatin1String("Message"));
        return ApiResult::failure(
            action, ApiError::service(code.toString(), message.isString() ? message.toString() : QString(), requestId)
                        .withHttpStatus(200));
    }
    if (requestId.isEmpty())
        return malformed(action, QStringLiteral("\"Response\" has no \"RequestId\""));
    return ApiResult::success(action, response, requestId);
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": date and time are read separately and joined in UTC, so a
    // local daylight-saving gap can never make a valid instant invalid.
    const QList<QByteArray> parts = value.trimmed().split(' ');
    if (parts.size() != 6 || parts.at(5) != "GMT")
        return {};
    const QLocale c = QLocale::c();
    const QDate date =
        c.toDate(QString::fromLatin1(parts.at(0) + ' ' + parts.at(1) + ' ' + parts.at(2) + ' ' + parts.at(3)),
                 QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = c.toTime(QString::fromLatin1(parts.at(4)), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace ApiEnvelope
