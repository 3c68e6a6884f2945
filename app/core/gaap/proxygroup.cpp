#include "core/gaap/proxygroup.h"

#include <QJsonArray>

namespace {

struct StatusName
{
    const char *status;
    const char *name;
};

// QT_TRANSLATE_NOOP: translated where they are shown (ProxyGroupStatus::name).
const StatusName StatusNames[] = {
    {"RUNNING", QT_TRANSLATE_NOOP("ProxyGroupStatus", "Running")},
    {"CREATING", QT_TRANSLATE_NOOP("ProxyGroupStatus", "Being created")},
    {"DESTROYING", QT_TRANSLATE_NOOP("ProxyGroupStatus", "Being deleted")},
    {"MOVING", QT_TRANSLATE_NOOP("ProxyGroupStatus", "Being moved")},
    {"CLOSED", QT_TRANSLATE_NOOP("ProxyGroupStatus", "Closed")},
    {"CHANGING", QT_TRANSLATE_NOOP("ProxyGroupStatus", "Being changed")},
};

} // namespace

QJsonObject ProxyGroupQuery::toParameters(qint64 offset) const
{
    QJsonObject parameters{{QStringLiteral("Offset"), offset},
                           {QStringLiteral("Limit"), PageSize},
                           {QStringLiteral("ProjectId"), projectId}};
    if (!originRegion.isEmpty())
        parameters.insert(QStringLiteral("Filters"),
                          QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("RealServerRegion")},
                                                 {QStringLiteral("Values"), QJsonArray{originRegion}}}});
    return parameters;
}

bool ProxyGroup::acceptsNewConnections() const
{
    return isUsable() && status == ProxyGroupStatus::running();
}

QStringList ProxyGroupStatus::documented()
{
    QStringList out;
    for (const StatusName &entry : StatusNames)
        out.append(QLatin1String(entry.status));
    return out;
}

QString ProxyGroupStatus::name(const QString &status)
{
    for (const StatusName &entry : StatusNames) {
        if (status == QLatin1String(entry.status))
            return tr(entry.name);
    }
    return tr("Unknown status (%1)").arg(status);
}
