#pragma once

#include "support/fakeanswer.h"
#include "support/fakegaapdata.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The GAAP actions the app uses, with the parameter validation the real service documents.
class FakeGaapActions final
{
public:
    explicit FakeGaapActions(const FakeGaapData &data)
        : m_data(data)
    {
    }

    static QStringList supportedActions();
    [[nodiscard]] FakeAnswer handle(const QString &action, const QJsonObject &parameters, bool chinese) const;

private:
    [[nodiscard]] FakeAnswer describeDestRegions(const QJsonObject &parameters, bool chinese) const;
    [[nodiscard]] FakeAnswer describeAccessRegions(const QJsonObject &parameters, bool chinese) const;
    [[nodiscard]] FakeAnswer checkProxyCreate(const QJsonObject &parameters) const;
    [[nodiscard]] FakeAnswer inquiryPrice(const QJsonObject &parameters) const;

    const FakeGaapData &m_data;
};
