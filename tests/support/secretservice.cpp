#include "support/secretservice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QtCore/qtestsupport_core.h>

using namespace Qt::StringLiterals;

QString secretServiceProblem()
{
    const QString howToRun = u"run the keychain tests through `bash packaging/dev.sh test`, which starts a private "
                             "D-Bus session with an unlocked throw-away gnome-keyring (CI does the same)"_s;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return u"No D-Bus session bus ("_s + bus.lastError().message() + u"): "_s + howToRun;
    // gnome-keyring-daemon --unlock returns a moment before it owns the name.
    const QString service = u"org.freedesktop.secrets"_s;
    const auto hasSecretService = [&bus, &service] { return bus.interface()->isServiceRegistered(service).value(); };
    if (!QTest::qWaitFor(hasSecretService, 5000))
        return u"Nothing owns "_s + service + u" on the session bus: "_s + howToRun;
    return {};
}
