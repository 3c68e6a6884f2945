#pragma once

#include <QObject>

// Ctrl+C and termination requests (SIGINT and SIGTERM; on Windows the console's Ctrl+C, Ctrl+Break and
// close events) as a Qt signal in the main thread, so a command can stop cleanly and print what it has.
// The platform half is cliinterruption_posix.cpp / cliinterruption_windows.cpp.
class CliInterruption final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliInterruption)

public:
    // Catches the requests from now on, for the life of this object (one at a time).
    explicit CliInterruption(QObject *parent = nullptr);
    ~CliInterruption() override;

Q_SIGNALS:
    void interrupted();

private:
    struct Platform;
    Platform *m_platform;
};
