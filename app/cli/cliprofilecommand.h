#pragma once

#include "cli/cliinvocation.h"
#include "core/credentials/credentialimport.h"
#include "cli/exitcode.h"
#include "core/credentials/profilemanager.h"

#include <QObject>
#include <QSettings>
#include <QStringList>

#include <functional>
#include <memory>

class CredentialStore;

// gaap-capacity-cli profile list | add NAME | remove NAME | set-default NAME | import-tccli [NAME] |
// import-sdk [NAME]. Secrets are read from stdin (or typed without echo), never from arguments.
class CliProfileCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliProfileCommand)

public:
    // True when the arguments ask for the profile command.
    static bool handles(const QStringList &arguments);

    CliProfileCommand(QStringList arguments, CredentialStore *store, QObject *parent = nullptr);
    ~CliProfileCommand() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void list(OutputFormat format);
    void add(const QString &name, const QString &endpoint);
    void remove(const QString &name);
    void setDefault(const QString &name);
    void import(const QString &name, const CredentialImport::Result &imported, bool deleteSource);
    void offerToDelete(const QStringList &files, bool deleteWithoutAsking);
    void save(const QString &name, const QString &endpoint, const Credentials &credentials,
              const std::function<void()> &afterSaving);

    void say(const QString &text);
    void fail(ExitCode code, const QString &message);
    void end(ExitCode code);

    QStringList m_arguments;
    std::unique_ptr<QSettings> m_settings;
    ProfileRegistry m_registry;
    ProfileManager m_manager;
};
