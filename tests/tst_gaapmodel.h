#pragma once

// Unit tests for the GAAP value model of gaapcore: GaapParser (the inner "Response" objects of the four
// actions), RegionFeatures, the toParameters() of the request types, RequestValidator and RateLimiter.
// One test class over several files: GaapParser on the documented examples and RegionFeatures in
// tst_gaapmodel.cpp; GaapParser on hostile responses in tst_gaapmodel_hostile.cpp and on tolerated
// variations in tst_gaapmodel_tolerated.cpp; the connection groups (DescribeProxyGroupList) in
// tst_gaapmodel_groups.cpp; toParameters() in tst_gaapmodel_parameters.cpp;
// RequestValidator in tst_gaapmodel_validator.cpp; RateLimiter in tst_gaapmodel_limiter.cpp.
//
// The example responses and requests are copied from the official examples (reference section 3.1–3.4;
// tccli examples.json), not produced by the code under test.
#include "core/gaap/gaaptypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <initializer_list>

Q_DECLARE_METATYPE(CheckRequest)
Q_DECLARE_METATYPE(PriceRequest)
Q_DECLARE_METATYPE(AccessRegionQuery)

class tst_GaapModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // GaapParser on the documented examples (tst_gaapmodel.cpp)
    void destRegionsExample();
    void accessRegionsExample();
    void checkExample();
    void priceExample();
    void priceExampleTiers_data();
    void priceExampleTiers();

    // GaapParser on hostile responses (tst_gaapmodel_hostile.cpp)
    void hostileResponse_data();
    void hostileResponse();
    void serverTextIsPrintable();

    // GaapParser on unusual responses it tolerates (tst_gaapmodel_tolerated.cpp)
    void destRegionsTolerated_data();
    void destRegionsTolerated();
    void accessRegionsTolerated_data();
    void accessRegionsTolerated();
    void checkTolerated_data();
    void checkTolerated();
    void priceTolerated_data();
    void priceTolerated();
    void priceTierWithNullPrices();

    // Connection groups: parser, statuses, query (tst_gaapmodel_groups.cpp)
    void proxyGroupsExample();
    void proxyGroupsBroken_data();
    void proxyGroupsBroken();
    void proxyGroupStatus_data();
    void proxyGroupStatus();
    void proxyGroupQueryParameters();

    // RegionFeatures (tst_gaapmodel.cpp)
    void regionFeatures_data();
    void regionFeatures();
    void regionFeaturesDefault();

    // toParameters() (tst_gaapmodel_parameters.cpp)
    void checkParameters_data();
    void checkParameters();
    void priceParameters_data();
    void priceParameters();
    void accessQueryParameters_data();
    void accessQueryParameters();

    // RequestValidator (tst_gaapmodel_validator.cpp)
    void validateCheck_data();
    void validateCheck();
    void unusableAccessRegionIsRefused();
    void validatePrice_data();
    void validatePrice();
    void validateAccessQuery_data();
    void validateAccessQuery();
    void groupIdShape_data();
    void groupIdShape();
    void regionIdShape_data();
    void regionIdShape();

    // SharedBudget (tst_gaapmodel_budget.cpp)
    void sharedBudgetSpansProcesses();
    void sharedBudgetSlotFreeOneWindowAfterAnswer();
    void sharedBudgetSlowsDownAfterRefusal();
    void sharedBudgetFreesSlotsOfDeadProcesses();
    void sharedBudgetSurvivesKilledLockHolder();

    // RateLimiter (tst_gaapmodel_limiter.cpp)
    void rateLimiterDefaults();
    void rateLimiterBurst();
    void rateLimiterReleaseMisuse();
    void rateLimiterSlots_data();
    void rateLimiterSlots();
    void rateLimiterLongRun_data();
    void rateLimiterLongRun();
};

namespace GaapModelTest {

// The inner "Response" objects of the official example responses (reference 3.1–3.4).
QJsonObject destExample();
QJsonObject accessExample();
QJsonObject checkExampleResponse();
QJsonObject priceExampleResponse();

// A JSON object written as JSON text.
QJsonObject jsonObject(const char *json);
// Any JSON value written as JSON text: js("[\"normal\", 5]"), js("1e300"), js("null").
QJsonValue js(const char *fragment);
// `base` with the value at `path` ("DestRegionSet/0/RegionId") set or inserted.
QJsonObject with(const QJsonObject &base, const char *path, const QJsonValue &value);
// `base` without the value at `path`.
QJsonObject without(const QJsonObject &base, const char *path);

QString s(const char *latin1);
// Space-separated words.
QStringList words(const char *text);
QList<qint64> int64s(std::initializer_list<qint64> values);

} // namespace GaapModelTest
