#pragma once

#include "core/api/apiresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Turns one HTTP answer into an ApiResult. Pure, so it can be tested and fuzzed without a network:
// never trusts the body, never crashes on it.
namespace ApiEnvelope {

[[nodiscard]] ApiResult parse(const QString &action, int httpStatus, const QByteArray &body);

// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); an invalid QDateTime otherwise.
[[nodiscard]] QDateTime parseHttpDate(const QByteArray &value);

} // namespace ApiEnvelope
