#pragma once

#include <QString>

// Why the tests that need the real keychain cannot run here: no D-Bus session bus, or nothing owns
// org.freedesktop.secrets on it within a few seconds. Empty when an unlocked Secret Service is there
// (as `bash packaging/dev.sh test` and CI provide: a private bus with a throw-away gnome-keyring).
QString secretServiceProblem();
