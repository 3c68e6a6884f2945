#include "core/settings/appsettings.h"

#include "core/common/gaapversion.h"

namespace AppSettings {

std::unique_ptr<QSettings> open()
{
    // A fixed application name: the GUI and the CLI read and write the same profile list.
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral(GAAP_ORGANIZATION_NAME), QStringLiteral("gaap-capacity"));
}

} // namespace AppSettings
