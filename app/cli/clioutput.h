#pragma once

#include <QByteArray>
#include <QString>

#include <cerrno>
#include <cstdio>

// The one way the CLI writes text: UTF-8, flushed at once (progress and errors interleave correctly).
// A write that fails (a full disk, a closed file) is remembered: main() then says so and exits with
// ExitCode::OutputFailure instead of pretending success.
namespace CliOutput {

struct Failure
{
    bool standardOutput = false;
    bool standardError = false;
    int error = 0; // errno of the first failed write
};

inline Failure &failure()
{
    static Failure state;
    return state;
}

} // namespace CliOutput

inline void writeTo(FILE *stream, const QByteArray &bytes)
{
    const size_t size = static_cast<size_t>(bytes.size());
    const bool written = std::fwrite(bytes.constData(), 1, size, stream) == size;
    if (std::fflush(stream) == 0 && written)
        return;
    CliOutput::Failure &failure = CliOutput::failure();
    if (!failure.standardOutput && !failure.standardError)
        failure.error = errno;
    (stream == stderr ? failure.standardError : failure.standardOutput) = true;
    std::clearerr(stream);
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
