#pragma once

#include "core/common/secretstring.h"

#include <QString>

// The key pair one API call is signed with. The SecretId is an identifier (it travels in
// the Authorization header); the SecretKey and the optional session token are secrets.
struct Credentials
{
    QString secretId;
    SecretString secretKey;
    SecretString sessionToken; // empty for long-term keys

    [[nodiscard]] bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }
};
