#pragma once

#include "core/common/secretstring.h"
#include "core/common/servertext.h"

#include <QString>

// The key pair one API call is signed with. The SecretId is an identifier (it travels in
// the Authorization header); the SecretKey and the optional session token are secrets.
struct Credentials
{
    QString secretId;
    SecretString secretKey;
    SecretString sessionToken; // empty for long-term keys

    [[nodiscard]] bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }
    // A line break or another control character would end the header the value travels in.
    [[nodiscard]] bool hasControlCharacters() const
    {
        return ServerText::hasControlCharacters(secretId) || ServerText::hasControlCharacters(secretKey.reveal())
               || ServerText::hasControlCharacters(sessionToken.reveal());
    }
};
