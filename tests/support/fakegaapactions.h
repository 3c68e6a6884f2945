#pragma once

#include "support/fakegaapdata.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What one action answers: the Response fields (without RequestId), or an error code and message.
struct FakeAnswer
{
    QJsonObject fields;
    QString errorCode;
    QString errorMessage;

    [[nodiscard]] bool isError() const { return !errorCode.isEmpty(); }
    static FakeAnswer error(QString code, QString message);
};

// The four GAAP actions the app uses, with the parameter validation the real service documents.
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
