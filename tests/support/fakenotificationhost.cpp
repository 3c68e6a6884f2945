// gaap-fake-notification-host: a desktop's tray and notification daemon, for tests of the tray icon and its
// notifications. Connects to the session bus named by DBUS_SESSION_BUS_ADDRESS (a private test bus, never the
// user's) and owns org.kde.StatusNotifierWatcher (with a host registered, so Qt shows tray icons as
// StatusNotifierItems) and org.freedesktop.Notifications. Prints "ready" once it owns both names, then one JSON
// object per line for each tray icon registered and each notification:
//   {"call":"RegisterStatusNotifierItem","service":"…"}
//   {"call":"Notify","app":"…","summary":"…","body":"…","timeout":0}
// Runs until killed, or until its standard input, when that is a pipe, is closed (the test that started it ended,
// even by a crash: no host is left behind holding ctest's output). Test-only: never installed.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSocketNotifier>
#include <QStringList>
#include <QVariantMap>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

namespace {

void printLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

class StatusNotifierWatcher final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ registeredItems)
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)

public:
    [[nodiscard]] QStringList registeredItems() const { return m_items; }
    [[nodiscard]] static bool isHostRegistered() { return true; }
    [[nodiscard]] static int protocolVersion() { return 0; }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString &service)
    {
        m_items.append(service);
        printLine({{QStringLiteral("call"), QStringLiteral("RegisterStatusNotifierItem")},
                   {QStringLiteral("service"), service}});
        Q_EMIT StatusNotifierItemRegistered(service);
    }
    void RegisterStatusNotifierHost(const QString &service) { Q_UNUSED(service) }

Q_SIGNALS:
    void StatusNotifierItemRegistered(const QString &service);
    void StatusNotifierItemUnregistered(const QString &service);
    void StatusNotifierHostRegistered();

private:
    QStringList m_items;
};

class Notifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        printLine({{QStringLiteral("call"), QStringLiteral("Notify")},
                   {QStringLiteral("app"), appName},
                   {QStringLiteral("summary"), summary},
                   {QStringLiteral("body"), body},
                   {QStringLiteral("timeout"), timeout}});
        return ++m_lastId;
    }
    [[nodiscard]] static QStringList GetCapabilities() { return {QStringLiteral("body")}; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("GAAP Capacity Check tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("gaap-fake-notification-host");
    }
    void CloseNotification(uint id) { Q_UNUSED(id) }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &actionKey);

private:
    uint m_lastId = 0;
};

bool publish(QDBusConnection &bus, QObject *object, const QString &path, const QString &service)
{
    if (bus.registerObject(path, object, QDBusConnection::ExportAllContents) && bus.registerService(service))
        return true;
    std::fprintf(stderr, "gaap-fake-notification-host: cannot publish %s: %s\n", qPrintable(service),
                 qPrintable(bus.lastError().message()));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gaap-fake-notification-host"));

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "gaap-fake-notification-host: no session bus: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    StatusNotifierWatcher watcher;
    Notifications notifications;
    if (!publish(bus, &watcher, QStringLiteral("/StatusNotifierWatcher"),
                 QStringLiteral("org.kde.StatusNotifierWatcher"))
        || !publish(bus, &notifications, QStringLiteral("/org/freedesktop/Notifications"),
                    QStringLiteral("org.freedesktop.Notifications")))
        return 1;
    struct stat input = {};
    QSocketNotifier stdinClosed(STDIN_FILENO, QSocketNotifier::Read);
    if (fstat(STDIN_FILENO, &input) == 0 && S_ISFIFO(input.st_mode)) {
        QObject::connect(&stdinClosed, &QSocketNotifier::activated, &application, [&stdinClosed] {
            char buffer[256];
            if (read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                stdinClosed.setEnabled(false);
                QCoreApplication::quit();
            }
        });
    } else {
        stdinClosed.setEnabled(false);
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

#include "fakenotificationhost.moc"
