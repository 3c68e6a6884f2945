#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What one action answers: the Response fields (without RequestId), or an error code and message.
struct FakeAnswer
{
    QJsonObject fields;
    QString errorCode;
    QString errorMessage;

    [[nodiscard]] bool isError() const { return !errorCode.isEmpty(); }
    static FakeAnswer error(QString code, QString message);
};

// Reads and checks an action's parameters the way the service does; the first problem becomes the answer.
class FakeParameters
{
public:
    // A parameter not in `allowed` is an UnknownParameter.
    FakeParameters(const QJsonObject &parameters, const QStringList &allowed);

    [[nodiscard]] bool has(const QString &name) const { return m_parameters.contains(name); }
    [[nodiscard]] const std::optional<FakeAnswer> &error() const { return m_error; }

    QString string(const QString &name, bool isRequired, const QString &fallback = QString());
    // A string of `allowed`; absent: `fallback`.
    QString choice(const QString &name, const QStringList &allowed, const QString &fallback);
    // Integers may arrive as JSON numbers or as decimal strings (the API page's example uses "10").
    std::optional<qint64> integer(const QString &name, bool isRequired);
    // An integer from `minimum` to `maximum`; outside: InvalidParameterValue.
    std::optional<qint64> integerIn(const QString &name, bool isRequired, qint64 minimum, qint64 maximum);
    // An array (absent: empty); another type is an InvalidParameter naming `typeName`.
    QJsonArray array(const QString &name, const QString &typeName);

    void setError(const QString &code, const QString &message);
    void missing(const QString &name);
    void invalid(const QString &name, const QString &type);

private:
    const QJsonObject &m_parameters;
    std::optional<FakeAnswer> m_error;
};
