// libFuzzer target: ApiEnvelope::parse on an arbitrary HTTP status and body.
// Input: 2 bytes little-endian HTTP status (taken modulo 1000), then the body bytes.
#include "core/api/apienvelope.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int status = 200;
    if (size >= 2) {
        status = (data[0] | (data[1] << 8)) % 1000;
        data += 2;
        size -= 2;
    }
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ApiResult result = ApiEnvelope::parse(QStringLiteral("CheckProxyCreate"), status, body);
    (void)result;
    (void)ApiEnvelope::parseHttpDate(body);
    return 0;
}
