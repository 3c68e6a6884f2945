#include "support/fakefault.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<FakeFault::Kind, const char *>, 9> KindNames{{
    {FakeFault::Kind::ErrorCode, "error"},
    {FakeFault::Kind::Http502Html, "http502"},
    {FakeFault::Kind::TruncatedJson, "truncated-json"},
    {FakeFault::Kind::CloseConnection, "close-connection"},
    {FakeFault::Kind::NoAnswer, "no-answer"},
    {FakeFault::Kind::SlowAnswer, "slow-answer"},
    {FakeFault::Kind::OversizeBody, "oversize-body"},
    {FakeFault::Kind::MangledJson, "mangled-json"},
    {FakeFault::Kind::EndlessList, "endless-list"},
}};

} // namespace

QString FakeFault::kindName(Kind kind)
{
    for (const auto &[candidate, name] : KindNames) {
        if (candidate == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<FakeFault> FakeFault::fromJson(const QJsonObject &object, QString *error)
{
    FakeFault fault;
    const QString kind = object.value(QLatin1String("kind")).toString();
    bool known = false;
    for (const auto &[candidate, name] : KindNames) {
        if (kind == QLatin1String(name)) {
            fault.kind = candidate;
            known = true;
        }
    }
    if (!known) {
        if (error)
            *error = QStringLiteral("unknown fault kind \"%1\"").arg(kind);
        return std::nullopt;
    }
    fault.action = object.value(QLatin1String("action")).toString();
    fault.count = object.value(QLatin1String("count")).toInt(1);
    fault.errorCode = object.value(QLatin1String("code")).toString(fault.errorCode);
    fault.errorMessage = object.value(QLatin1String("message")).toString(fault.errorMessage);
    fault.delayMs = object.value(QLatin1String("delayMs")).toInt(fault.delayMs);
    fault.bodyBytes = object.value(QLatin1String("bytes")).toInteger(fault.bodyBytes);
    fault.declareLength = object.value(QLatin1String("declareLength")).toBool(true);
    if (fault.count == 0 || fault.count < -1 || fault.delayMs < 0 || fault.bodyBytes < 0) {
        if (error)
            *error = QStringLiteral("count must be positive or -1; delayMs and bytes must not be negative");
        return std::nullopt;
    }
    return fault;
}
