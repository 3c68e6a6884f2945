#include "support/fakeanswer.h"

#include <cmath>
#include <utility>

FakeAnswer FakeAnswer::error(QString code, QString message)
{
    FakeAnswer answer;
    answer.errorCode = std::move(code);
    answer.errorMessage = std::move(message);
    return answer;
}

FakeParameters::FakeParameters(const QJsonObject &parameters, const QStringList &allowed)
    : m_parameters(parameters)
{
    for (auto it = parameters.begin(); it != parameters.end() && !m_error; ++it) {
        if (!allowed.contains(it.key()))
            m_error = FakeAnswer::error(QStringLiteral("UnknownParameter"),
                                        QStringLiteral("The parameter `%1` is not recognized.").arg(it.key()));
    }
}

QString FakeParameters::string(const QString &name, bool isRequired, const QString &fallback)
{
    const QJsonValue value = m_parameters.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (isRequired)
            missing(name);
        return fallback;
    }
    if (!value.isString()) {
        invalid(name, QStringLiteral("String"));
        return fallback;
    }
    return value.toString();
}

QString FakeParameters::choice(const QString &name, const QStringList &allowed, const QString &fallback)
{
    const QString value = string(name, false, fallback);
    if (!m_error && !allowed.contains(value))
        setError(QStringLiteral("InvalidParameterValue"),
                 QStringLiteral("The value `%1` of parameter `%2` is invalid; valid values are: %3.")
                     .arg(value, name, allowed.join(QStringLiteral(", "))));
    return value;
}

std::optional<qint64> FakeParameters::integer(const QString &name, bool isRequired)
{
    const QJsonValue value = m_parameters.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (isRequired)
            missing(name);
        return std::nullopt;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.0e15)
            return static_cast<qint64>(number);
    } else if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    invalid(name, QStringLiteral("Integer"));
    return std::nullopt;
}

std::optional<qint64> FakeParameters::integerIn(const QString &name, bool isRequired, qint64 minimum, qint64 maximum)
{
    const std::optional<qint64> value = integer(name, isRequired);
    if (value && (*value < minimum || *value > maximum)) {
        setError(QStringLiteral("InvalidParameterValue"),
                 QStringLiteral("The value %1 of parameter `%2` is out of range [%3, %4].")
                     .arg(*value)
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum));
        return std::nullopt;
    }
    return value;
}

QJsonArray FakeParameters::array(const QString &name, const QString &typeName)
{
    const QJsonValue value = m_parameters.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        invalid(name, typeName);
    return value.toArray();
}

void FakeParameters::setError(const QString &code, const QString &message)
{
    if (!m_error)
        m_error = FakeAnswer::error(code, message);
}

void FakeParameters::missing(const QString &name)
{
    setError(QStringLiteral("MissingParameter"),
             QStringLiteral("The request is missing a required parameter `%1`.").arg(name));
}

void FakeParameters::invalid(const QString &name, const QString &type)
{
    setError(QStringLiteral("InvalidParameter"),
             QStringLiteral("The parameter `%1` should be of type %2.").arg(name, type));
}
