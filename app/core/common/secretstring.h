#pragma once

#include <QString>

class QDebug;

// A secret (SecretKey, session token) that never prints itself. There is no implicit
// conversion to QString: the one way out is reveal(), so every use is visible in review.
class SecretString final
{
public:
    SecretString() = default;
    explicit SecretString(QString value);
    ~SecretString();

    SecretString(const SecretString &) = default;
    SecretString &operator=(const SecretString &) = default;
    SecretString(SecretString &&) noexcept = default;
    SecretString &operator=(SecretString &&) noexcept = default;

    [[nodiscard]] const QString &reveal() const { return m_value; }
    [[nodiscard]] bool isEmpty() const { return m_value.isEmpty(); }
    // At most the last four characters, for "…abcd" hints in the UI.
    [[nodiscard]] QString maskedHint() const;

    friend bool operator==(const SecretString &a, const SecretString &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const SecretString &a, const SecretString &b) { return !(a == b); }

private:
    QString m_value;
};

QDebug operator<<(QDebug debug, const SecretString &secret);
