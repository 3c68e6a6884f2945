#include "support/processrun.h"

#include <QDebug>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray ProcessOutcome::describe() const
{
    return (u"finished: "_s
            + (finished  ? u"yes"_s
               : crashed ? u"no, crashed"_s
                         : u"no"_s)
            + u", exit code "_s + QString::number(exitCode) + u"\nstdout:\n"_s + out + u"\nstderr:\n"_s + err)
        .toUtf8();
}

ProcessOutcome runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                          const QByteArray &input, int waitMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    ProcessOutcome outcome;
    if (!process.waitForStarted(10000)) {
        outcome.err = process.errorString();
        return outcome;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        outcome.crashed = process.exitStatus() == QProcess::CrashExit;
        outcome.finished = !outcome.crashed;
    }
    outcome.exitCode = outcome.finished ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

void KillOnDestroy::operator()(QProcess *process) const
{
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(5000);
    }
    delete process;
}

RunningProcess startProcessForLine(const QString &program, const QStringList &arguments,
                                   const QProcessEnvironment &environment, QString *firstLine, int waitMs)
{
    RunningProcess process(new QProcess);
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(program, arguments);
    if (!process->waitForStarted(waitMs)) {
        qWarning().noquote() << program << "did not start:" << process->errorString();
        return nullptr;
    }
    while (!process->canReadLine() && process->state() == QProcess::Running && process->waitForReadyRead(waitMs)) {}
    if (!process->canReadLine()) {
        qWarning().noquote() << program << "printed no line; stderr:" << process->readAllStandardError();
        return nullptr;
    }
    *firstLine = QString::fromUtf8(process->readLine()).trimmed();
    return process;
}

QProcessEnvironment isolatedEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"TENCENTCLOUD_SECRET_ID",
                             "TENCENTCLOUD_SECRET_KEY",
                             "TENCENTCLOUD_TOKEN",
                             "GAAP_LANGUAGE",
                             "GAAP_KEYCHAIN_SERVICE",
                             "GAAP_KEYCHAIN_TIMEOUT_MS",
                             "LANGUAGE",
                             "LANG",
                             "LC_MESSAGES",
                             "DISPLAY",
                             "WAYLAND_DISPLAY",
                             "XDG_CURRENT_DESKTOP",
                             "http_proxy",
                             "https_proxy",
                             "HTTP_PROXY",
                             "HTTPS_PROXY",
                             "all_proxy",
                             "ALL_PROXY",
                             "no_proxy",
                             "NO_PROXY"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

void placeHomeIn(QProcessEnvironment &environment, const QString &root)
{
    const QDir dir(root);
    for (const auto &[variable, sub] :
         {std::pair{u"HOME"_s, u"home"_s}, std::pair{u"XDG_CONFIG_HOME"_s, u"config"_s},
          std::pair{u"XDG_DATA_HOME"_s, u"data"_s}, std::pair{u"XDG_CACHE_HOME"_s, u"cache"_s}}) {
        dir.mkpath(sub);
        environment.insert(variable, dir.filePath(sub));
    }
}
