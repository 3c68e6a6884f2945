#pragma once

#include "core/api/apiclient.h"
#include "cli/cliinvocation.h"
#include "cli/exitcode.h"
#include "core/gaap/gaapapi.h"
#include "core/history/historystore.h"
#include "core/session/matrixrun.h"
#include "core/credentials/profilemanager.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>

#include <functional>
#include <memory>

class ApiError;
class CredentialStore;
struct CliTable;

// Runs one parsed command against the API and prints its answer; emits finished() with the exit code.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(const CliInvocation &invocation, CredentialStore *store, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    // --profile NAME, else the environment's key, else the default profile.
    void useProfile(const QString &name);
    void run(const Credentials &credentials);
    void runOriginRegions();
    void runAccessRegions();
    void runCheck();
    void runPrice();
    // matrix and history (clirunnermatrix.cpp)
    void runMatrix();
    void startMatrix(const QList<AccessRegionDetail> &offered);
    void finishMatrix();
    void showProgress(int done, int total);
    void runHistory();
    // Records a check in the history; an unavailable history is reported once on stderr and never
    // changes the exit code.
    void record(HistoryEntry entry);
    void recordCheck(const CheckCall *call);
    // Loads the access regions of the origin, finds the requested one and hands it on; an access
    // region that does not serve the origin ends the run with a usage error.
    void withOfferedRegion(std::function<void(const AccessRegionDetail &)> next);

    void print(const CliTable &table, const QJsonObject &response);
    void fail(const ApiError &error);
    void failUsage(const QString &message);
    void end(ExitCode code);

    CliInvocation m_invocation;
    std::unique_ptr<QSettings> m_settings;
    ProfileRegistry m_registry;
    ProfileManager m_profiles;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    GaapApi m_api;
    QString m_profileName = ProfileRegistry::environmentProfileName(); // the profile in use, for the history
    std::unique_ptr<HistoryStore> m_history;                           // opened at the first record
    bool m_historyWarned = false;
    std::unique_ptr<MatrixRun> m_matrix;
    int m_progressWidth = 0; // of the progress line on stderr, to blank it
};
