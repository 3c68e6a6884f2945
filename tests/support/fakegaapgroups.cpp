#include "support/fakegaapgroups.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace {

const QString RealServerRegion = QStringLiteral("RealServerRegion");
const QString PackageType = QStringLiteral("PackageType");
constexpr qsizetype MaxValues = 5;

struct GroupFilter
{
    std::optional<QStringList> regions;
    std::optional<QStringList> packageTypes;
    QList<std::pair<QString, QString>> tags; // empty: any
};

// The strings of `object[key]` (an "Array of String"); `where` names the object ("Filters.0").
QStringList readStrings(FakeParameters &p, const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    QStringList out;
    if (value.isUndefined() || value.isNull()) {
        p.missing(where + u'.' + key);
        return out;
    }
    if (!value.isArray()) {
        p.invalid(where + u'.' + key, QStringLiteral("Array of String"));
        return out;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            p.invalid(where + u'.' + key, QStringLiteral("Array of String"));
        out.append(item.toString());
    }
    return out;
}

// The objects of an array parameter, each with exactly the members `keys` (all required, strings or arrays of
// strings); calls `take(where, object)` for each.
template<typename Take>
void readObjects(FakeParameters &p, const QString &name, const QString &typeName, const QStringList &keys, Take take)
{
    const QJsonArray array = p.array(name, QStringLiteral("Array of %1").arg(typeName));
    for (qsizetype i = 0; i < array.size() && !p.error(); ++i) {
        const QString where = QStringLiteral("%1.%2").arg(name).arg(i);
        if (!array.at(i).isObject()) {
            p.invalid(where, typeName);
            return;
        }
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                p.setError(QStringLiteral("UnknownParameter"),
                           QStringLiteral("The parameter `%1.%2` is not recognized.").arg(where, it.key()));
        }
        take(where, object);
    }
}

GroupFilter readFilters(FakeParameters &p)
{
    GroupFilter filter;
    readObjects(p, QStringLiteral("Filters"), QStringLiteral("Filter"),
                {QStringLiteral("Name"), QStringLiteral("Values")},
                [&](const QString &where, const QJsonObject &object) {
                    const QJsonValue name = object.value(QLatin1String("Name"));
                    if (name.isUndefined() || name.isNull())
                        return p.missing(where + QStringLiteral(".Name"));
                    if (!name.isString())
                        return p.invalid(where + QStringLiteral(".Name"), QStringLiteral("String"));
                    const QStringList values = readStrings(p, object, QStringLiteral("Values"), where);
                    if (p.error())
                        return;
                    if (name.toString() != RealServerRegion && name.toString() != PackageType)
                        return p.setError(QStringLiteral("InvalidParameterValue"),
                                          QStringLiteral("The filter name `%1` is invalid; valid names are: %2, %3.")
                                              .arg(name.toString(), RealServerRegion, PackageType));
                    if (values.isEmpty() || values.size() > MaxValues)
                        return p.setError(QStringLiteral("InvalidParameterValue"),
                                          QStringLiteral("The filter `%1` has %2 values; it takes 1 to %3.")
                                              .arg(name.toString())
                                              .arg(values.size())
                                              .arg(MaxValues));
                    const QStringList packageTypes{QStringLiteral("Thunder"), QStringLiteral("Accelerator")};
                    for (const QString &value : values) {
                        if (name.toString() == PackageType && !packageTypes.contains(value))
                            return p.setError(QStringLiteral("InvalidParameterValue"),
                                              QStringLiteral("The value `%1` of filter `PackageType` is invalid; "
                                                             "valid values are: Thunder, Accelerator.")
                                                  .arg(value));
                    }
                    (name.toString() == RealServerRegion ? filter.regions : filter.packageTypes) = values;
                });
    readObjects(p, QStringLiteral("TagSet"), QStringLiteral("TagPair"),
                {QStringLiteral("TagKey"), QStringLiteral("TagValue")},
                [&](const QString &where, const QJsonObject &object) {
                    QStringList pair;
                    for (const QString &key : {QStringLiteral("TagKey"), QStringLiteral("TagValue")}) {
                        const QJsonValue value = object.value(key);
                        if (value.isUndefined() || value.isNull())
                            return p.missing(where + u'.' + key);
                        if (!value.isString())
                            return p.invalid(where + u'.' + key, QStringLiteral("String"));
                        pair.append(value.toString());
                    }
                    filter.tags.append({pair.at(0), pair.at(1)});
                });
    if (!p.error() && filter.tags.size() > MaxValues)
        p.setError(
            QStringLiteral("InvalidParameterValue"),
            QStringLiteral("TagSet has %1 tags; at most %2 are allowed.").arg(filter.tags.size()).arg(MaxValues));
    return filter;
}

bool matches(const FakeProxyGroup &group, qint64 projectId, const GroupFilter &filter)
{
    if (projectId != -1 && group.projectId != projectId)
        return false;
    if (filter.regions && !filter.regions->contains(group.destRegion))
        return false;
    if (filter.packageTypes && !filter.packageTypes->contains(group.packageType))
        return false;
    return filter.tags.isEmpty()
           || std::any_of(group.tags.cbegin(), group.tags.cend(),
                          [&filter](const std::pair<QString, QString> &tag) { return filter.tags.contains(tag); });
}

QJsonObject groupJson(const FakeProxyGroup &group, const QJsonObject &region)
{
    QJsonArray tags;
    for (const auto &[key, value] : group.tags)
        tags.append(QJsonObject{{QStringLiteral("TagKey"), key}, {QStringLiteral("TagValue"), value}});
    return QJsonObject{{QStringLiteral("CreateTime"), group.createTime},
                       {QStringLiteral("Domain"), QJsonValue::Null},
                       {QStringLiteral("FeatureBitmap"), group.featureBitmap},
                       {QStringLiteral("GroupId"), group.id},
                       {QStringLiteral("GroupName"), group.name},
                       {QStringLiteral("Http3Supported"), group.http3Supported},
                       {QStringLiteral("ProjectId"), group.projectId},
                       {QStringLiteral("ProxyType"), 0},
                       {QStringLiteral("RealServerRegionInfo"), region},
                       {QStringLiteral("Status"), group.status},
                       {QStringLiteral("TagSet"), tags},
                       {QStringLiteral("Version"), QStringLiteral("3.0")}};
}

// Offset, Limit and ProjectId as the service checks them; nullopt after an error.
struct Page
{
    qint64 offset = 0;
    qint64 limit = 0;
    qint64 projectId = -1;
};

std::optional<Page> readPage(FakeParameters &p)
{
    constexpr qint64 Any = std::numeric_limits<qint64>::max();
    const std::optional<qint64> offset = p.integerIn(QStringLiteral("Offset"), true, 0, Any);
    const std::optional<qint64> limit = p.integerIn(QStringLiteral("Limit"), true, 1, 100);
    const std::optional<qint64> projectId = p.integerIn(QStringLiteral("ProjectId"), true, -1, Any);
    if (p.error())
        return std::nullopt;
    return Page{*offset, *limit, *projectId};
}

const QStringList Allowed{QStringLiteral("Offset"), QStringLiteral("Limit"), QStringLiteral("ProjectId"),
                          QStringLiteral("Filters"), QStringLiteral("TagSet")};

} // namespace

namespace FakeGaapGroups {

FakeAnswer describeProxyGroupList(const FakeGaapData &data, const QJsonObject &parameters, bool chinese)
{
    FakeParameters p(parameters, Allowed);
    const std::optional<Page> page = readPage(p);
    const GroupFilter filter = readFilters(p);
    if (p.error())
        return *p.error();

    QList<const FakeProxyGroup *> matching;
    for (const FakeProxyGroup &group : data.proxyGroups()) {
        if (matches(group, page->projectId, filter))
            matching.append(&group);
    }
    QJsonArray list;
    for (qint64 i = page->offset; i < matching.size() && i < page->offset + page->limit; ++i) {
        const FakeProxyGroup &group = *matching.at(i);
        const FakeDestRegion *region = data.destRegion(group.destRegion);
        list.append(groupJson(group, region ? region->toJson(chinese) : QJsonObject()));
    }
    return {
        QJsonObject{{QStringLiteral("TotalCount"), matching.size()}, {QStringLiteral("ProxyGroupList"), list}}, {}, {}};
}

QJsonObject endlessPage(const QJsonObject &parameters)
{
    FakeParameters p(parameters, Allowed);
    const std::optional<Page> page = readPage(p);
    const qint64 offset = page ? page->offset : 0;
    const qint64 limit = page ? page->limit : 100;
    QJsonArray list;
    for (qint64 i = offset; i < offset + limit; ++i) {
        FakeProxyGroup group;
        group.id = QStringLiteral("lg-e%1").arg(i, 7, 36, QLatin1Char('0'));
        group.name = QStringLiteral("endless-%1").arg(i);
        group.destRegion = QStringLiteral("Hongkong");
        list.append(groupJson(group, QJsonObject{{QStringLiteral("RegionId"), group.destRegion}}));
    }
    return QJsonObject{{QStringLiteral("TotalCount"), 1000000}, {QStringLiteral("ProxyGroupList"), list}};
}

} // namespace FakeGaapGroups
