#pragma once

#include "core/gaap/gaaptypes.h"
#include "core/gaap/proxygroup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct ValidationIssue
{
    QString field;   // the API parameter name, e.g. "Bandwidth"
    QString message; // translated: names the field and the allowed values
};

// Checks requests before they are sent, so an impossible or abusive request never leaves the app.
class RequestValidator final
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)

public:
    // `offered`: the access region's detail when known; then Bandwidth and Concurrent must be
    // members of its BandwidthList and ConcurrentList.
    static QList<ValidationIssue> validate(const CheckRequest &request, const AccessRegionDetail *offered = nullptr);
    static QList<ValidationIssue> validate(const PriceRequest &request, const AccessRegionDetail *offered = nullptr);
    static QList<ValidationIssue> validate(const AccessRegionQuery &query);
    // The origin filter, when given, is a region ID; ProjectId is -1 (all), 0 or a project's ID.
    static QList<ValidationIssue> validate(const ProxyGroupQuery &query);

    static bool isRegionId(const QString &text);
    static bool isGroupId(const QString &text); // lg- followed by 8 lowercase letters or digits

    // One line per issue, for error output.
    static QString describe(const QList<ValidationIssue> &issues);
};
