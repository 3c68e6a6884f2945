// libFuzzer target: every GaapParser function on QJsonDocument::fromJson(input).object().
#include "core/gaap/gaapparser.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    // The envelope hands the parsers the "Response" object; try both it and the whole document.
    for (const QJsonObject &response : {object, object.value(QStringLiteral("Response")).toObject()}) {
        (void)GaapParser::originRegions(response);
        (void)GaapParser::accessRegions(response);
        (void)GaapParser::checkResult(response);
        (void)GaapParser::priceQuote(response);
        (void)GaapParser::proxyGroups(response);
    }
    return 0;
}
