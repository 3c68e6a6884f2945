#pragma once

#include "core/gaap/gaaptypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The connection groups of the account (DescribeProxyGroupList): where a new connection may go with
// CheckProxyCreate's GroupId. Text fields hold the server's values verbatim.

// What DescribeProxyGroupList is asked: every group of one origin region (or of all), in every project
// unless one is named. The pages are GaapApi's business.
struct ProxyGroupQuery
{
    static constexpr qint64 PageSize = 100; // the API's largest Limit
    // No account has this many groups: a server whose pages never end (a TotalCount that lies) stops here.
    static constexpr int MaxPages = 100;

    QString originRegion;  // RealServerRegion filter; empty: every origin
    qint64 projectId = -1; // -1: all projects, 0: the default project

    // The parameters of the page that starts at `offset`.
    [[nodiscard]] QJsonObject toParameters(qint64 offset) const;

    friend bool operator==(const ProxyGroupQuery &a, const ProxyGroupQuery &b)
    {
        return a.originRegion == b.originRegion && a.projectId == b.projectId;
    }
    friend bool operator!=(const ProxyGroupQuery &a, const ProxyGroupQuery &b) { return !(a == b); }
};

// One ProxyGroupInfo.
struct ProxyGroup
{
    QString groupId; // "lg-1a2b3c4d"
    QString groupName;
    qint64 projectId = 0;
    QString originRegionId;   // RealServerRegionInfo.RegionId
    QString originRegionName; // RealServerRegionInfo.RegionName, in the language asked for
    QString status;           // verbatim: RUNNING, CREATING, DESTROYING, MOVING, CLOSED, CHANGING or a newer one
    std::optional<RegionFeatures> features; // FeatureBitmap; nullopt when null
    std::optional<bool> http3Supported;
    std::optional<QDateTime> createTime; // UTC
    // Why this entry of the server's list cannot be used ("ProxyGroupList[2].Status: expected a non-empty
    // string, got null"); empty when it can. The other entries are not affected.
    QString problem;

    [[nodiscard]] bool isUsable() const { return problem.isEmpty(); }
    // Only a usable group in state RUNNING takes a new connection (CheckProxyCreate answers
    // FailedOperation.GroupStatusNotInRuning for the others).
    [[nodiscard]] bool acceptsNewConnections() const;
};

// The words for a group's Status.
class ProxyGroupStatus final
{
    Q_DECLARE_TR_FUNCTIONS(ProxyGroupStatus)

public:
    static QString running() { return QStringLiteral("RUNNING"); }
    // Every documented status, RUNNING first.
    static QStringList documented();
    // Translated: "Running", "Being created", …; a status this version does not know: "Unknown (NEWSTATE)".
    static QString name(const QString &status);
};

// One page of DescribeProxyGroupList.
struct ProxyGroupPage
{
    qint64 totalCount = 0;
    QList<ProxyGroup> groups;
};
