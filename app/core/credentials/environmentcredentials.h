#pragma once

#include "core/api/credentials.h"

#include <optional>

// Credentials from TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and optional TENCENTCLOUD_TOKEN
// (the tccli and SDK convention). nullopt unless both the id and the key are set.
namespace EnvironmentCredentials {

[[nodiscard]] std::optional<Credentials> read();

} // namespace EnvironmentCredentials
