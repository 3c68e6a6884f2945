#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// The one way the CLI writes text: UTF-8, flushed at once (progress and errors interleave correctly).
inline void writeTo(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

inline void writeTo(FILE *stream, const QString &text)
{
    writeTo(stream, text.toUtf8());
}

// Why a command failed, on stderr: "gaap-capacity-cli: <message>".
inline void writeError(const QString &message)
{
    writeTo(stderr, QStringLiteral("gaap-capacity-cli: %1\n").arg(message));
}
