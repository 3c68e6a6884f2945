#pragma once

// What main() builds before the main window, on a temporary settings file, an in-memory keychain
// and a temporary history database: for widget tests of the window and the windows it opens.
#include "core/history/historystore.h"
#include "support/memorycredentialstore.h"
#include "core/settings/preferences.h"
#include "core/credentials/profilemanager.h"
#include "core/credentials/profileregistry.h"
#include "core/session/profileverifier.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

struct AppContext
{
    QTemporaryDir tempDir;
    QSettings settings{tempDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    ProfileRegistry registry{&settings};
    MemoryCredentialStore store;
    ProfileManager profiles{&registry, &store};
    QNetworkAccessManager network;
    ProfileVerifier verifier{&network};
    Preferences preferences{&settings};
    HistoryStore history{tempDir.filePath(QStringLiteral("history.sqlite"))};
};
