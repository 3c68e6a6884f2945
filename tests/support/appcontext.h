#pragma once

// What main() builds before the main window, on a temporary settings file, an in-memory keychain,
// a temporary history database and region cache: for widget tests of the window and the windows it
// opens. The stack talks to nothing until a test points it somewhere (stack.setEndpointOverride()).
#include "core/credentials/profilemanager.h"
#include "core/credentials/profileregistry.h"
#include "core/history/historystore.h"
#include "core/session/apistack.h"
#include "core/settings/preferences.h"
#include "support/memorycredentialstore.h"

#include <QSettings>
#include <QTemporaryDir>

struct AppContext
{
    static ApiStack::Options stackOptions(const QTemporaryDir &dir)
    {
        ApiStack::Options options;
        options.cacheDirectory = dir.filePath(QStringLiteral("regions"));
        return options;
    }

    QTemporaryDir tempDir;
    QSettings settings{tempDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    ProfileRegistry registry{&settings};
    MemoryCredentialStore store;
    ProfileManager profiles{&registry, &store};
    Preferences preferences{&settings};
    ApiStack stack{&profiles, stackOptions(tempDir)};
    HistoryStore history{tempDir.filePath(QStringLiteral("history.sqlite"))};
};
