#pragma once

#include "core/api/apiclient.h"
#include "core/api/endpoint.h"
#include "core/gaap/gaaptypes.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <memory>
#include <optional>

class CheckForm;
struct CheckOutcome;
class CheckSession;
class CredentialJob;
class GaapApi;
class HistoryStore;
class Preferences;
class ProfileManager;
class QComboBox;
class QLabel;
class RegionCache;
class ResultCard;

// The screen operators live in: profile → check form → result card. Owns the API objects the
// check goes through; the widgets only see values and the CheckSession's signals.
class CheckPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckPage)

public:
    CheckPage(ProfileManager *profiles, Preferences *preferences, QWidget *parent = nullptr);
    ~CheckPage() override;

    // --endpoint: wins over every profile's own endpoint.
    void setEndpointOverride(const std::optional<Endpoint> &endpoint);
    void setLanguage(ApiClient::Language language);
    void setTimeout(std::chrono::seconds timeout);

    // Reads the profile's key from the keychain (asynchronously), then loads the region lists.
    void setProfile(const QString &name);
    [[nodiscard]] QString profile() const { return m_profile; }
    [[nodiscard]] Endpoint endpoint() const;
    // Refills the profile list (profiles added, removed or renamed elsewhere).
    void reloadProfiles();
    void refreshRegions();
    // Remembers the form's choices for the current profile.
    void saveSelections();

    // Where every check is recorded (source "check"); nullptr: not recorded. Must outlive the page.
    void setHistoryStore(HistoryStore *history) { m_history = history; }
    // Fills the form with `request` and checks it at once (History > Re-run).
    void runAgain(const CheckRequest &request);
    // The API objects of the current profile, for windows that reuse them (the matrix).
    [[nodiscard]] GaapApi *api() const { return m_api.get(); }
    [[nodiscard]] CheckSession *session() const { return m_session.get(); }

Q_SIGNALS:
    void profileChanged(const QString &name, const Endpoint &endpoint);
    void clockSkewDetected(qint64 seconds);
    // A check was written to the history store.
    void historyRecorded();

private:
    void startCheck(const CheckRequest &request);
    void record(const CheckOutcome &outcome);
    void useCredentials(const QString &name);
    void showProfileProblem(const QString &message);

    ProfileManager *m_profiles;
    Preferences *m_preferences;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<GaapApi> m_api;
    std::unique_ptr<RegionCache> m_cache;
    std::unique_ptr<CheckSession> m_session;
    std::optional<Endpoint> m_endpointOverride;
    QString m_profile;
    HistoryStore *m_history = nullptr;
    QPointer<CredentialJob> m_credentialJob;
    QComboBox *m_profileCombo;
    QLabel *m_profileProblem;
    CheckForm *m_form;
    ResultCard *m_card;
};
