#include "core/credentials/keychainlockstate.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QList>
#include <QVariant>

namespace {

const QString Service = QStringLiteral("org.freedesktop.secrets");
constexpr int TimeoutMs = 1000;

QVariant property(const QString &path, const QString &interface, const QString &name)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                                       QStringLiteral("Get"));
    call << interface << name;
    const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(call, QDBus::Block, TimeoutMs);
    return reply.isValid() ? reply.value().variant() : QVariant();
}

bool collectionIsLocked(const QString &path)
{
    return property(path, QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")).toBool();
}

QString defaultCollection()
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, QStringLiteral("/org/freedesktop/secrets"),
                                       QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    call << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> reply = QDBusConnection::sessionBus().call(call, QDBus::Block, TimeoutMs);
    const QString path = reply.isValid() ? reply.value().path() : QString();
    return path == QLatin1String("/") ? QString() : path; // "/": no such alias
}

} // namespace

namespace KeychainLockState {

bool isLocked()
{
    if (!QDBusConnection::sessionBus().isConnected())
        return false;
    if (const QString path = defaultCollection(); !path.isEmpty())
        return collectionIsLocked(path);
    const QVariant all = property(QStringLiteral("/org/freedesktop/secrets"),
                                  QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Collections"));
    const QList<QDBusObjectPath> paths = qdbus_cast<QList<QDBusObjectPath>>(all);
    for (const QDBusObjectPath &collection : paths) {
        if (collectionIsLocked(collection.path()))
            return true;
    }
    return false;
}

} // namespace KeychainLockState
