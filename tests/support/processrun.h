#pragma once

// Running the project's programs from tests: one-shot runs with their output (gaap-capacity-cli), and
// helpers that print a first line and keep running (gaap-fake-server prints its URL, the silent
// Secret Service "ready"), all in an environment free of the user's keys, proxies and language.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

// One run of a command-line program.
struct ProcessOutcome
{
    bool finished = false; // by itself, within the wait
    bool crashed = false;  // ended by a signal (a crash, an abort)
    int exitCode = -1;     // -1 unless finished
    QString out;
    QString err;
    // Exit code, stdout and stderr, for a failure message.
    [[nodiscard]] QByteArray describe() const;
};

// Runs `program` with `input` on its stdin (then closed) and waits up to `waitMs` for it to end; a
// program still running then is killed. It waits in an event loop, so a server in this process (the
// in-process fake server) goes on answering meanwhile.
ProcessOutcome runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                          const QByteArray &input = {}, int waitMs = 30000);

// Starts `program` and reads the first line it prints to stdout into *firstLine. nullptr (with a
// warning naming the program and its stderr) when it did not start or printed no line in time. The
// process is killed when the pointer is destroyed.
struct KillOnDestroy
{
    void operator()(QProcess *process) const;
};
using RunningProcess = std::unique_ptr<QProcess, KillOnDestroy>;
RunningProcess startProcessForLine(const QString &program, const QStringList &arguments,
                                   const QProcessEnvironment &environment, QString *firstLine, int waitMs = 10000);

// This process's environment without the user's Tencent Cloud keys, GAAP_* knobs, language, display
// and proxies; LC_ALL=C.UTF-8, so messages are English.
QProcessEnvironment isolatedEnvironment();
// HOME, XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME in root/home, root/config, root/data and
// root/cache (created), so settings, history and caches never reach the user's own.
void placeHomeIn(QProcessEnvironment &environment, const QString &root);
