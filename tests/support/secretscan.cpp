#include "support/secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

SecretScan::SecretScan(QStringList secrets)
{
    for (const QString &secret : std::as_const(secrets)) {
        if (secret.isEmpty())
            continue;
        const QByteArray utf8 = secret.toUtf8();
        QByteArray utf16le;
        QByteArray utf16be;
        for (const QChar c : secret) {
            utf16le.append(static_cast<char>(c.unicode() & 0xff)).append(static_cast<char>(c.unicode() >> 8));
            utf16be.append(static_cast<char>(c.unicode() >> 8)).append(static_cast<char>(c.unicode() & 0xff));
        }
        m_patterns << utf8 << utf16le << utf16be << QUrl::toPercentEncoding(secret);
        // Base64 (and base64url) inside a longer encoded text: the secret may start at any of the three
        // byte positions of a group, and only the groups made of its own bytes alone are certain.
        for (qsizetype offset = 0; offset < 3; ++offset) {
            const QByteArray shifted = QByteArray(offset, '\0') + utf8;
            const qsizetype from = (offset + 2) / 3 * 4;
            const qsizetype to = shifted.size() / 3 * 4;
            if (to - from < 16) // too short to be told from chance
                continue;
            for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding})
                m_patterns << shifted.toBase64(option).mid(from, to - from);
        }
    }
}

bool SecretScan::foundIn(const QByteArray &bytes) const
{
    for (const QByteArray &pattern : m_patterns) {
        if (bytes.contains(pattern))
            return true;
    }
    return false;
}

bool SecretScan::foundIn(const QString &text) const
{
    return foundIn(text.toUtf8());
}

QByteArray SecretScan::TreeReport::describe() const
{
    return (u"secret found in: "_s + leaks.join(u", "_s) + u"; unreadable: "_s + unreadable.join(u", "_s)
            + u"; scanned "_s + QString::number(scanned.size()) + u" files"_s)
        .toUtf8();
}

SecretScan::TreeReport SecretScan::scanTree(const QString &root) const
{
    TreeReport report;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report.unreadable << path;
            continue;
        }
        report.scanned << path;
        if (foundIn(file.readAll()))
            report.leaks << path;
    }
    return report;
}
