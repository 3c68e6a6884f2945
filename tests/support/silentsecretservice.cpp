// gaap-silent-secret-service: a Secret Service that never answers, for tests of the keychain timeout.
// Connects to the session bus named by DBUS_SESSION_BUS_ADDRESS (a private test bus, never the user's),
// owns org.freedesktop.secrets, takes every method call on every object path and never replies. Prints
// "ready" once it owns the name, then runs until killed. Test-only: never installed.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>

#include <cstdio>

namespace {

class SilentObject final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &path) const override
    {
        Q_UNUSED(path)
        return {};
    }

    // "Handled" without a reply: the caller waits until its own timeout.
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        Q_UNUSED(message)
        Q_UNUSED(connection)
        return true;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gaap-silent-secret-service"));

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "gaap-silent-secret-service: no session bus: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    SilentObject object;
    if (!bus.registerVirtualObject(QStringLiteral("/"), &object, QDBusConnection::SubPath)) {
        std::fprintf(stderr, "gaap-silent-secret-service: cannot register the object tree: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    if (!bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fprintf(stderr, "gaap-silent-secret-service: cannot own org.freedesktop.secrets: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
