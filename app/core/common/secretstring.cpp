#include "core/common/secretstring.h"

#include <QDebug>

#include <utility>

SecretString::SecretString(QString value)
    : m_value(std::move(value))
{
}

SecretString::~SecretString()
{
    // Best effort: overwrite our copy before the memory is returned (shared copies keep theirs).
    if (!m_value.isEmpty() && !m_value.isDetached())
        return;
    m_value.fill(QChar(u'\0'));
}

QString SecretString::maskedHint() const
{
    if (m_value.size() <= 8)
        return QStringLiteral("****");
    return QStringLiteral("****") + m_value.right(4);
}

QDebug operator<<(QDebug debug, const SecretString &secret)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "SecretString(" << (secret.isEmpty() ? "empty" : "<redacted>") << ')';
    return debug;
}
