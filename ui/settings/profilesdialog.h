#pragma once

#include "core/api/endpoint.h"

#include <QDialog>
#include <QPointer>
#include <QString>

#include <memory>

class CredentialJob;
class Endpoint;
class EndpointPicker;
class ProfileManager;
class ProfileVerifier;
struct Credentials;
struct Profile;

namespace Ui {
class ProfilesDialog;
}

// Adds, edits, verifies and removes credential profiles. Never blocks: every keychain and network
// step is asynchronous (through ProfileManager and ProfileVerifier), with the buttons disabled while
// one runs. A stored SecretKey is never put into a widget; at most its last four characters are
// shown as a hint.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    ProfilesDialog(ProfileManager *manager, ProfileVerifier *verifier, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // Shows the named profile (nothing happens when there is none).
    void selectProfile(const QString &name);
    // The default site of the Settings: where the Environment profile's requests go (China unless set).
    void setDefaultEndpoint(const Endpoint &endpoint);
    void done(int result) override;

Q_SIGNALS:
    // After a save, a removal or a change of the default profile.
    void profilesChanged();

private:
    enum class Status { Info, Working, Success, Error };

    void reloadList(const QString &select);
    void showSelectedProfile();
    void startNewProfile();
    [[nodiscard]] Credentials enteredCredentials() const;
    [[nodiscard]] bool keyFieldsEmpty() const;
    void resetKeyFields();
    void readHint(const QString &name);

    void save();
    void saveProfile(const Profile &profile);
    void saveEndpointOnly(const Profile &profile);
    void verify();
    void startVerification(const Endpoint &endpoint, const Credentials &credentials);
    void verificationFinished(bool ok, const QString &message);
    void confirmRemove();
    void remove(const QString &name);
    void makeDefault();

    // Runs `job`, showing `progress` with the buttons disabled until it ends, then calls `done`.
    template<typename Done>
    void track(CredentialJob *job, const QString &progress, Done done);
    void setStatus(Status status, const QString &text);
    void updateControls();

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileManager *m_manager;
    ProfileVerifier *m_verifier;
    EndpointPicker *m_endpoint;                     // the site combo and the URL field
    QString m_selected;                             // the stored profile on the right; empty while adding a new one
    Endpoint m_defaultEndpoint = Endpoint::china(); // the Environment profile's
    bool m_isEnvironment = false;
    bool m_verifying = false;
    QPointer<CredentialJob> m_job;     // a keychain step the buttons wait for
    QPointer<CredentialJob> m_hintJob; // the read behind the SecretKey hint (nothing waits for it)
    QPointer<QWidget> m_focusBeforeJob;
};
