// What the fake server answers to valid requests of the four actions, compared with the data it was
// built from (lists, filters, CheckFlag against capacity, prices), and its per-action rate limit; see
// tst_fakegaapserver.h.
#include "tst_fakegaapserver.h"

#include <QJsonArray>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;
using namespace FakeGaapServerTest;

namespace {

QJsonArray toJsonArray(const QList<qint64> &values)
{
    QJsonArray array;
    for (const qint64 value : values)
        array.append(value);
    return array;
}

// {largest value <= limit, smallest value > limit}; -1 where there is none.
std::pair<qint64, qint64> splitAt(const QList<qint64> &values, qint64 limit)
{
    qint64 fit = -1, over = -1;
    for (const qint64 value : values) {
        if (value <= limit)
            fit = std::max(fit, value);
        else
            over = over < 0 ? value : std::min(over, value);
    }
    return {fit, over};
}

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

// --- Behaviour ---------------------------------------------------------------------------------------------------

void tst_FakeGaapServer::destRegionsListEverything_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("default") << QByteArray() << true;
    QTest::newRow("zh-CN") << "zh-CN"_ba << true;
    QTest::newRow("en-US") << "en-US"_ba << false;
}

void tst_FakeGaapServer::destRegionsListEverything()
{
    QFETCH(QByteArray, language);
    QFETCH(bool, chinese);
    Call call = apiCall(u"DescribeDestRegions"_s);
    call.language = language;
    const Result result = perform(call);
    VERIFY_ANSWER(result, QString());

    const QList<FakeDestRegion> &expected = m_server->data().destRegions();
    const QJsonArray set = result.response.value("DestRegionSet"_L1).toArray();
    QCOMPARE(result.response.value("TotalCount"_L1).toInteger(), qint64(expected.size()));
    QCOMPARE(set.size(), expected.size());
    bool sawNull = false, namesDiffer = false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const FakeDestRegion &region = expected.at(i);
        const QJsonObject got = set.at(i).toObject();
        QCOMPARE(got.value("RegionId"_L1).toString(), region.id);
        QCOMPARE(got.value("RegionName"_L1).toString(), region.name.in(chinese));
        QCOMPARE(got.value("RegionArea"_L1).toString(), region.area);
        QCOMPARE(got.value("RegionAreaName"_L1).toString(), region.areaName.in(chinese));
        QCOMPARE(got.value("IDCType"_L1).toString(), region.idcType);
        QCOMPARE(got.value("FeatureBitmap"_L1).toInteger(), region.featureBitmap);
        const QJsonValue support = got.value("SupportFeature"_L1);
        if (region.networkTypes) {
            QCOMPARE(support.toObject().value("NetworkType"_L1).toArray(),
                     QJsonArray::fromStringList(*region.networkTypes));
        } else {
            QVERIFY2(support.isNull(), qPrintable(region.id)); // present and null, not left out
            sawNull = true;
        }
        namesDiffer = namesDiffer || region.name.chinese != region.name.english;
    }
    QVERIFY2(sawNull, "the data has no origin region whose SupportFeature is null");
    QVERIFY2(namesDiffer, "the data cannot tell the languages apart");
}

void tst_FakeGaapServer::accessRegionsFilter()
{
    m_server->setRateLimit(1000);
    const FakeGaapData &data = m_server->data();
    int ipv4OnlyLeftOut = 0;
    for (const FakeDestRegion &dest : data.destRegions()) {
        for (const QString &ipVersion : {QString(), u"IPv4"_s, u"IPv6"_s}) {
            for (const QString &packageType : {QString(), u"Thunder"_s, u"Accelerator"_s, u"CrossBorder"_s}) {
                QJsonObject parameters{{u"DestRegion"_s, dest.id}};
                if (!ipVersion.isEmpty())
                    parameters.insert("IPAddressVersion"_L1, ipVersion);
                if (!packageType.isEmpty())
                    parameters.insert("PackageType"_L1, packageType);
                const Result result = perform(apiCall(u"DescribeAccessRegionsByDestRegion"_s, parameters));
                VERIFY_ANSWER(result, QString());

                QList<const FakeAccessRegion *> expected;
                for (const FakeAccessRegion &access : data.accessRegions()) {
                    const bool servesOrigin =
                        access.destRegions.contains(dest.id)
                        && access.packageTypes.contains(packageType.isEmpty() ? u"Thunder"_s : packageType);
                    if (servesOrigin && access.ipVersions.contains(ipVersion.isEmpty() ? u"IPv4"_s : ipVersion))
                        expected.append(&access);
                    else if (servesOrigin && ipVersion == "IPv6"_L1)
                        ++ipv4OnlyLeftOut;
                }
                const QJsonArray set = result.response.value("AccessRegionSet"_L1).toArray();
                QStringList got, wanted;
                for (const QJsonValue &item : set)
                    got.append(item.toObject().value("RegionId"_L1).toString());
                for (const FakeAccessRegion *access : std::as_const(expected))
                    wanted.append(access->id);
                QVERIFY2(got == wanted, qPrintable(u"%1 %2 %3: got [%4], expected [%5]"_s.arg(
                                            dest.id, ipVersion, packageType, got.join(u','), wanted.join(u','))));
                QCOMPARE(result.response.value("TotalCount"_L1).toInteger(), qint64(expected.size()));
                for (qsizetype i = 0; i < expected.size(); ++i) {
                    const QJsonObject item = set.at(i).toObject();
                    QCOMPARE(item.value("RegionName"_L1).toString(), expected.at(i)->name.chinese);
                    QCOMPARE(item.value("BandwidthList"_L1).toArray(), toJsonArray(expected.at(i)->bandwidths));
                    QCOMPARE(item.value("ConcurrentList"_L1).toArray(), toJsonArray(expected.at(i)->concurrents));
                    QCOMPARE(item.value("FeatureBitmap"_L1).toInteger(), expected.at(i)->featureBitmap);
                    QVERIFY(!item.contains("SupportFeature"_L1));
                }
            }
        }
    }
    QVERIFY2(ipv4OnlyLeftOut > 0, "no IPv6 query left an IPv4-only access region out");
}

void tst_FakeGaapServer::destRegionsFollowQualityType_data()
{
    QTest::addColumn<QJsonValue>("qualityType"); // undefined: not sent
    QTest::addColumn<int>("listed");             // the QualityType whose origins are expected
    QTest::newRow("not sent: gold") << QJsonValue(QJsonValue::Undefined) << 0;
    QTest::newRow("0: gold") << QJsonValue(0) << 0;
    QTest::newRow("1: silver") << QJsonValue(1) << 1;
    QTest::newRow("\"1\": silver") << QJsonValue(u"1"_s) << 1;
}

void tst_FakeGaapServer::destRegionsFollowQualityType()
{
    QFETCH(QJsonValue, qualityType);
    QFETCH(int, listed);
    const FakeGaapData &data = m_server->data();
    QVERIFY2(!data.destRegions(1).isEmpty() && data.destRegions(1).size() < data.destRegions(0).size(),
             "the data has no origin offering silver, or no origin offering gold only");
    QJsonObject parameters;
    if (!qualityType.isUndefined())
        parameters.insert("QualityType"_L1, qualityType);
    const Result result = perform(apiCall(u"DescribeDestRegions"_s, parameters));
    VERIFY_ANSWER(result, QString());
    QStringList got, wanted;
    for (const QJsonValue &item : result.response.value("DestRegionSet"_L1).toArray())
        got.append(item.toObject().value("RegionId"_L1).toString());
    for (const FakeDestRegion &region : data.destRegions(listed))
        wanted.append(region.id);
    QCOMPARE(got, wanted);
    QCOMPARE(result.response.value("TotalCount"_L1).toInteger(), qint64(wanted.size()));
}

// Every NetworkType an origin lists is accepted (triple and secure_eip too) and answered from the access region's
// Capacity for it; a type the origin does not list is refused.
void tst_FakeGaapServer::networkTypesFollowTheOrigin()
{
    m_server->setRateLimit(1000);
    const FakeGaapData &data = m_server->data();
    QStringList creatable, notCreatable, refused;
    for (const QString &type : {u"triple"_s, u"secure_eip"_s}) {
        for (const FakeDestRegion &dest : data.destRegions()) {
            for (const FakeAccessRegion &access : data.accessRegions()) {
                if (!access.destRegions.contains(dest.id) || !access.ipVersions.contains("IPv4"_L1)
                    || !access.packageTypes.contains("Thunder"_L1))
                    continue;
                const bool offered = dest.offeredNetworkTypes().contains(type);
                const auto capacity = access.capacity.constFind(type);
                const bool fits = capacity != access.capacity.cend()
                                  && access.bandwidths.constFirst() <= capacity->maxBandwidth
                                  && access.concurrents.constFirst() <= capacity->maxConcurrent;
                QJsonObject parameters = connectionParameters(access, dest.id, access.bandwidths.constFirst(),
                                                              access.concurrents.constFirst());
                parameters.insert("NetworkType"_L1, type);
                const Result check = perform(apiCall(u"CheckProxyCreate"_s, parameters));
                const Result price = perform(apiCall(u"InquiryPriceCreateProxy"_s, parameters));
                const QString where = u"%1 %2 → %3"_s.arg(type, access.id, dest.id);
                if (!offered) {
                    VERIFY_ANSWER(check, u"InvalidParameterValue"_s);
                    VERIFY_ANSWER(price, u"InvalidParameterValue"_s);
                    refused.append(where);
                    continue;
                }
                VERIFY_ANSWER(check, QString());
                VERIFY_ANSWER(price, QString());
                QCOMPARE(check.response.value("CheckFlag"_L1).toInt(-1), fits ? 1 : 0);
                (fits ? creatable : notCreatable).append(where);
            }
        }
        QVERIFY2(
            std::any_of(creatable.cbegin(), creatable.cend(), [&type](const QString &c) { return c.startsWith(type); }),
            qPrintable(u"no origin and access region in the data can create %1"_s.arg(type)));
    }
    QVERIFY2(!notCreatable.isEmpty(), "no access region lacks the capacity for an offered type");
    QVERIFY2(!refused.isEmpty(), "no origin leaves triple or secure_eip out");
}

void tst_FakeGaapServer::checkFlagFollowsCapacity()
{
    m_server->setRateLimit(1000);
    int within = 0, above = 0, absent = 0;
    for (const FakeAccessRegion &access : m_server->data().accessRegions()) {
        const QList<qint64> &bandwidths = access.bandwidths, &concurrents = access.concurrents;
        const qint64 minBandwidth = *std::min_element(bandwidths.cbegin(), bandwidths.cend());
        const qint64 minConcurrent = *std::min_element(concurrents.cbegin(), concurrents.cend());
        for (const QString &networkType : {u"normal"_s, u"cn2"_s}) {
            struct Case
            {
                qint64 bandwidth, concurrent;
                int flag;
            };
            QList<Case> cases;
            const auto capacity = access.capacity.constFind(networkType);
            if (capacity == access.capacity.cend()) {
                cases.append({minBandwidth, minConcurrent, 0});
                ++absent;
            } else {
                // The largest offered value that still fits, and the smallest that does not.
                const auto [fitB, overB] = splitAt(bandwidths, capacity->maxBandwidth);
                const auto [fitC, overC] = splitAt(concurrents, capacity->maxConcurrent);
                if (fitB > 0 && fitC > 0)
                    cases.append({fitB, fitC, 1}), ++within;
                if (overB > 0)
                    cases.append({overB, minConcurrent, 0}), ++above;
                if (overC > 0)
                    cases.append({minBandwidth, overC, 0}), ++above;
            }
            for (const Case &c : std::as_const(cases)) {
                QJsonObject parameters =
                    connectionParameters(access, access.destRegions.value(0), c.bandwidth, c.concurrent);
                parameters.insert("NetworkType"_L1, networkType);
                const Result result = perform(apiCall(u"CheckProxyCreate"_s, parameters));
                VERIFY_ANSWER(result, QString());
                const int flag = result.response.value("CheckFlag"_L1).toInt(-1);
                QVERIFY2(flag == c.flag,
                         qPrintable(u"%1 %2 %3 Mbps × %4: CheckFlag %5, expected %6"_s.arg(access.id, networkType)
                                        .arg(c.bandwidth)
                                        .arg(c.concurrent)
                                        .arg(flag)
                                        .arg(c.flag)));
            }
        }
    }
    QVERIFY(within > 0);
    QVERIFY(above > 0);
    QVERIFY2(absent > 0, "no access region lacks a network type in its Capacity");
}

void tst_FakeGaapServer::inquiryPriceFromData_data()
{
    QTest::addColumn<bool>("oldNames");
    QTest::addColumn<int>("billingType"); // -1: not sent
    QTest::newRow("RealServerRegion/Concurrent") << false << -1;
    QTest::newRow("old names DestRegion/Concurrency") << true << -1;
    QTest::newRow("BillingType 0") << false << 0;
    QTest::newRow("BillingType 1") << false << 1;
}

void tst_FakeGaapServer::inquiryPriceFromData()
{
    QFETCH(bool, oldNames);
    QFETCH(int, billingType);
    const std::optional<Connection> base = firstConnection(m_server->data(), true);
    QVERIFY2(base, "the data has no access region with a flow price");
    QJsonObject parameters = connectionParameters(*base);
    if (oldNames) {
        parameters.remove("RealServerRegion"_L1);
        parameters.remove("Concurrent"_L1);
        parameters.insert("DestRegion"_L1, base->dest);
        parameters.insert("Concurrency"_L1, base->concurrent);
    }
    if (billingType >= 0)
        parameters.insert("BillingType"_L1, billingType);
    const Result result = perform(apiCall(u"InquiryPriceCreateProxy"_s, parameters));
    VERIFY_ANSWER(result, QString());

    const FakePrice &price = base->access.price;
    const QJsonObject &r = result.response;
    const double daily =
        rounded(price.baseDailyPrice + price.concurrentDailyPrice * static_cast<double>(base->concurrent));
    QCOMPARE(r.value("ProxyDailyPrice"_L1).toDouble(), daily);
    QCOMPARE(r.value("DiscountProxyDailyPrice"_L1).toDouble(), rounded(daily * price.discount));
    QCOMPARE(r.value("Currency"_L1).toString(), price.currency);
    QCOMPARE(r.value("Cn2BandwidthPrice"_L1).toDouble(-1), 0.0); // NetworkType normal
    const QJsonArray tiers = r.value("BandwidthUnitPrice"_L1).toArray();
    QCOMPARE(tiers.size(), price.bandwidthTiers.size());
    QVERIFY(!tiers.isEmpty());
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QJsonObject got = tiers.at(i).toObject(), want = price.bandwidthTiers.at(i).toObject();
        const double unitPrice = want.value("BandwidthUnitPrice"_L1).toDouble();
        QCOMPARE(got.value("BandwidthRange"_L1).toArray(), want.value("BandwidthRange"_L1).toArray());
        QCOMPARE(got.value("BandwidthUnitPrice"_L1).toDouble(), unitPrice);
        QCOMPARE(got.value("DiscountBandwidthUnitPrice"_L1).toDouble(), rounded(unitPrice * price.discount));
    }
    QVERIFY(r.contains("FlowUnitPrice"_L1) && r.contains("DiscountFlowUnitPrice"_L1));
    if (billingType == 1) {
        QCOMPARE(r.value("FlowUnitPrice"_L1).toDouble(), rounded(*price.flowUnitPrice));
        QCOMPARE(r.value("DiscountFlowUnitPrice"_L1).toDouble(), rounded(*price.flowUnitPrice * price.discount));
    } else {
        QVERIFY(r.value("FlowUnitPrice"_L1).isNull());
        QVERIFY(r.value("DiscountFlowUnitPrice"_L1).isNull());
    }
}

// --- Rate limit --------------------------------------------------------------------------------------------------

void tst_FakeGaapServer::rateLimit_data()
{
    QTest::addColumn<int>("limit"); // 0: the default
    QTest::newRow("default 20/s") << 0;
    QTest::newRow("raised to 1000/s") << 1000;
}

void tst_FakeGaapServer::rateLimit()
{
    QFETCH(int, limit);
    if (limit > 0)
        m_server->setRateLimit(limit);
    const std::optional<Connection> base = firstConnection(m_server->data());
    QVERIFY(base);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 25; ++i) // all at once: QNetworkAccessManager spreads them over 6 connections
        replies.append(start(apiCall(u"CheckProxyCreate"_s, connectionParameters(*base))));
    int limited = 0, accepted = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const Result result = finish(reply);
        const QString code = result.code();
        VERIFY_ANSWER(result, code); // a well-formed envelope either way
        QVERIFY2(code.isEmpty() || code == "RequestLimitExceeded"_L1, qPrintable(code));
        ++(code.isEmpty() ? accepted : limited);
    }
    if (limit > 0) {
        QCOMPARE(accepted, 25);
    } else {
        QVERIFY2(limited >= 5 && accepted <= 20, qPrintable(u"%1 limited, %2 accepted"_s.arg(limited).arg(accepted)));
    }
    QCOMPARE(m_server->errorCount(u"RequestLimitExceeded"_s), limited);
    // The limit is per action: another one goes through in the same second.
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), QString());
}
