#pragma once

#include "core/api/credentials.h"

#include <QString>

#include <optional>

// Credentials from TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and optional TENCENTCLOUD_TOKEN
// (the tccli and SDK convention). nullopt unless both the id and the key are set.
namespace EnvironmentCredentials {

[[nodiscard]] std::optional<Credentials> read();
// Why the variables cannot be used although they are set: a translated sentence naming the variable that is
// missing from the pair (only the id or only the key is set), or that holds a line break or another control
// character (it would end the header it is sent in); empty when they are fine or not set.
[[nodiscard]] QString problem();

} // namespace EnvironmentCredentials
