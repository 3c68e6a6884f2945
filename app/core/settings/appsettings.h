#pragma once

#include <QSettings>

#include <memory>

// The one settings store the app and the CLI share (non-secret values only).
namespace AppSettings {

[[nodiscard]] std::unique_ptr<QSettings> open();

} // namespace AppSettings
