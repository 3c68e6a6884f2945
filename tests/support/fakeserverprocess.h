#pragma once

// gaap-fake-server as a child process, for tests of the programs that reach it over loopback (the
// CLI, the app): started, its URL read from the first line it prints, its /_fake/ control endpoints
// at hand; killed when this object goes.
#include "support/processrun.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The data file the fake server serves: gaap-fake-data.json in GAAP_TEST_DATA_DIR (CTest sets it), else in the
// source tree's tests/data.
QString fakeDataPath();
// The JSON object in the file at `path`; empty when it cannot be read.
QJsonObject readFakeData(const QString &path);

class FakeServerProcess final
{
public:
    // `program` is the gaap-fake-server executable; `arguments` e.g. {"--data", file}. It runs in
    // isolatedEnvironment(). isRunning() says whether it started and printed its URL.
    explicit FakeServerProcess(const QString &program, const QStringList &arguments = {});

    [[nodiscard]] bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    // http://127.0.0.1:<port>
    [[nodiscard]] QString url() const { return m_url; }
    // Sends `verb` `path` (e.g. "POST", "/_fake/faults") with a JSON body, waiting up to 10 s; the
    // answer's body, empty when it failed.
    [[nodiscard]] QByteArray control(const QByteArray &verb, const QString &path, const QByteArray &body = {}) const;
    // Runs gaap-capacity-cli (`cli`) with `arguments` and --endpoint this server, the key pair of the built-in
    // data (its first credential) in TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY and HOME, XDG_* in `home`;
    // waits up to a minute.
    [[nodiscard]] ProcessOutcome runCli(const QString &cli, const QString &home, const QStringList &arguments) const;

private:
    QString m_url; // before m_process: filled while m_process is initialised
    RunningProcess m_process;
};
