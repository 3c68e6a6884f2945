#include "core/gaap/requestvalidator.h"

#include <QRegularExpression>

namespace {

QString joinNumbers(const QList<qint64> &values)
{
    QStringList parts;
    for (const qint64 value : values)
        parts.append(QString::number(value));
    return parts.join(QStringLiteral(", "));
}

class IssueList
{
public:
    void add(const char *field, const QString &message) { m_issues.append({QLatin1String(field), message}); }
    [[nodiscard]] QList<ValidationIssue> take() { return std::move(m_issues); }

    void requireRegion(const char *field, const QString &value)
    {
        if (value.isEmpty())
            add(field,
                RequestValidator::tr("%1 is required: choose a region from the list.").arg(QLatin1String(field)));
        else if (!RequestValidator::isRegionId(value))
            add(field, RequestValidator::tr("%1 \"%2\" is not a region ID (letters, digits, '_' and '-' only, such as "
                                            "SouthChina).")
                           .arg(QLatin1String(field), value));
    }

    void optionalChoice(const char *field, const QString &value, const QStringList &allowed)
    {
        if (!value.isEmpty() && !allowed.contains(value))
            add(field, RequestValidator::tr("%1 must be one of %2 (got \"%3\").")
                           .arg(QLatin1String(field), allowed.join(QStringLiteral(", ")), value));
    }

    void positiveOffered(const char *field, qint64 value, const QList<qint64> *offered, const QString &regionId,
                         const QString &unit)
    {
        if (value <= 0) {
            add(field,
                RequestValidator::tr("%1 must be a positive whole number of %2.").arg(QLatin1String(field), unit));
            return;
        }
        if (offered && !offered->contains(value))
            add(field, RequestValidator::tr("%1 %2 is not offered in %3; choose one of: %4 (%5).")
                           .arg(QLatin1String(field))
                           .arg(value)
                           .arg(regionId, joinNumbers(*offered), unit));
    }

private:
    QList<ValidationIssue> m_issues;
};

void validateConnection(IssueList &issues, const CheckRequest &request, const AccessRegionDetail *offered)
{
    issues.requireRegion("AccessRegion", request.accessRegion);
    issues.requireRegion("RealServerRegion", request.originRegion);
    if (offered && !request.accessRegion.isEmpty() && offered->regionId != request.accessRegion)
        offered = nullptr; // the known lists belong to another region: only the basic checks apply
    if (offered && !offered->isUsable()) {
        issues.add("AccessRegion", RequestValidator::tr("The server's entry for access region %1 cannot be used (%2). "
                                                        "Choose another access region, or refresh the list later.")
                                       .arg(request.accessRegion, offered->problem));
        offered = nullptr;
    }
    issues.positiveOffered("Bandwidth", request.bandwidth, offered ? &offered->bandwidthList : nullptr,
                           request.accessRegion, RequestValidator::tr("Mbps"));
    issues.positiveOffered("Concurrent", request.concurrent, offered ? &offered->concurrentList : nullptr,
                           request.accessRegion, RequestValidator::tr("10,000 connections"));
    issues.optionalChoice("IPAddressVersion", request.ipVersion, GaapValues::ipVersions());
    if (!request.networkType.isEmpty() && !GaapValues::isNetworkType(request.networkType))
        issues.add("NetworkType", RequestValidator::tr("NetworkType must be a network type the origin offers, such "
                                                       "as %1 (got \"%2\").")
                                      .arg(GaapValues::networkTypes().join(QStringLiteral(", ")), request.networkType));
    issues.optionalChoice("PackageType", request.packageType, GaapValues::packageTypes());
}

} // namespace

bool RequestValidator::isRegionId(const QString &text)
{
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,64}")));
    return shape.match(text).hasMatch();
}

bool RequestValidator::isGroupId(const QString &text)
{
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(QStringLiteral("lg-[0-9a-z]{8}")));
    return shape.match(text).hasMatch();
}

QList<ValidationIssue> RequestValidator::validate(const CheckRequest &request, const AccessRegionDetail *offered)
{
    IssueList issues;
    validateConnection(issues, request, offered);
    if (!request.groupId.isEmpty() && !isGroupId(request.groupId))
        issues.add("GroupId", tr("GroupId \"%1\" is not a connection group ID: it looks like lg-1a2b3c4d "
                                 "(\"lg-\" and 8 lowercase letters or digits).")
                                  .arg(request.groupId));
    return issues.take();
}

QList<ValidationIssue> RequestValidator::validate(const PriceRequest &request, const AccessRegionDetail *offered)
{
    CheckRequest connection = request.connection;
    connection.groupId.clear(); // not part of a price inquiry
    IssueList issues;
    validateConnection(issues, connection, offered);
    return issues.take();
}

QList<ValidationIssue> RequestValidator::validate(const AccessRegionQuery &query)
{
    IssueList issues;
    issues.requireRegion("DestRegion", query.originRegion);
    issues.optionalChoice("IPAddressVersion", query.ipVersion, GaapValues::ipVersions());
    issues.optionalChoice("PackageType", query.packageType, GaapValues::packageTypes());
    return issues.take();
}

QList<ValidationIssue> RequestValidator::validate(const ProxyGroupQuery &query)
{
    IssueList issues;
    if (!query.originRegion.isEmpty())
        issues.requireRegion("RealServerRegion", query.originRegion);
    if (query.projectId < -1)
        issues.add("ProjectId", tr("ProjectId must be -1 (all projects), 0 (the default project) or a project's ID "
                                   "(got %1).")
                                    .arg(query.projectId));
    return issues.take();
}

QString RequestValidator::describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.message);
    return lines.join(u'\n');
}
