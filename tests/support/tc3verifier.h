#pragma once

#include "support/fakegaapdata.h"
#include "support/httprequest.h"

#include <QString>

struct VerificationResult
{
    QString errorCode; // empty when the request is authentic
    QString errorMessage;
    QString secretId;

    [[nodiscard]] bool isOk() const { return errorCode.isEmpty(); }
};

// Server-side TC3-HMAC-SHA256 check, written independently of the client's Tc3Signer: it rebuilds
// the canonical request from the headers that actually arrived, as Tencent Cloud does.
class Tc3Verifier final
{
public:
    static constexpr qint64 MaxSkewSeconds = 300;

    explicit Tc3Verifier(const FakeGaapData &data)
        : m_data(data)
    {
    }

    [[nodiscard]] VerificationResult verify(const ReceivedRequest &request, qint64 serverNow) const;

private:
    const FakeGaapData &m_data;
};
