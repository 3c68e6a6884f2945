#pragma once

// Looks for secrets (SecretKeys, session tokens) wherever the app may have put one: file bytes in any
// encoding a Qt program writes text in, captured output, logs, widget texts.
#include <QByteArray>
#include <QString>
#include <QStringList>

class SecretScan
{
public:
    explicit SecretScan(QStringList secrets);

    // Whether any secret is in `bytes`: as UTF-8, UTF-16 (either byte order), Base64, Base64url or
    // percent-encoded.
    [[nodiscard]] bool foundIn(const QByteArray &bytes) const;
    [[nodiscard]] bool foundIn(const QString &text) const;

    struct TreeReport
    {
        QStringList scanned; // every regular file read, hidden ones included
        QStringList leaks;   // the files holding a secret
        QStringList unreadable;
        [[nodiscard]] bool isClean() const { return leaks.isEmpty() && unreadable.isEmpty(); }
        // The leaking and unreadable files, for a failure message.
        [[nodiscard]] QByteArray describe() const;
    };
    // Every file under `root`, recursively.
    [[nodiscard]] TreeReport scanTree(const QString &root) const;

private:
    QList<QByteArray> m_patterns;
};
