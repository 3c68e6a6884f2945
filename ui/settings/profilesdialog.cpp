#include "ui/settings/profilesdialog.h"

#include "core/credentials/credentialstore.h"
#include "core/credentials/profilemanager.h"
#include "core/session/profileverifier.h"
#include "ui/common/formconventions.h"
#include "ui/settings/endpointpicker.h"
#include "ui_profilesdialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>

namespace {

constexpr int NameRole = Qt::UserRole;

} // namespace

ProfilesDialog::ProfilesDialog(ProfileManager *manager, ProfileVerifier *verifier, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_manager(manager)
    , m_verifier(verifier)
{
    Q_ASSERT(manager && verifier);
    m_ui->setupUi(this);
    applyFormConventions(this); // helper buttons named, wheel and Alt+letter guarded
    m_endpoint = new EndpointPicker(m_ui->siteCombo, m_ui->endpointEdit, m_ui->endpointErrorLabel, this);
    m_ui->statusIconLabel->setFixedWidth(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this));

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ProfilesDialog::showSelectedProfile);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::confirmRemove);
    connect(m_ui->defaultButton, &QPushButton::clicked, this, &ProfilesDialog::makeDefault);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &ProfilesDialog::verify);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verifier, &ProfileVerifier::finished, this, &ProfilesDialog::verificationFinished);

    reloadList(m_manager->defaultProfileName());
}

ProfilesDialog::~ProfilesDialog()
{
    if (m_verifying)
        m_verifier->cancel();
}

void ProfilesDialog::setDefaultEndpoint(const Endpoint &endpoint)
{
    m_defaultEndpoint = endpoint;
    if (m_isEnvironment)
        showSelectedProfile();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    reloadList(name);
}

void ProfilesDialog::done(int result)
{
    // Closing never waits: a keychain step still running finishes unheard.
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = nullptr;
    if (m_verifying)
        m_verifier->cancel();
    m_verifying = false;
    setStatus(Status::Info, QString());
    updateControls();
    QDialog::done(result);
}

void ProfilesDialog::reloadList(const QString &select)
{
    QListWidget *list = m_ui->profileList;
    int row = -1;
    {
        const QSignalBlocker blocker(list);
        list->clear();
        const QString defaultName = m_manager->defaultProfileName();
        const QList<Profile> profiles = m_manager->profiles();
        for (const Profile &profile : profiles) {
            QStringList notes;
            if (profile.fromEnvironment)
                notes.append(tr("from environment variables, read-only"));
            if (profile.name == defaultName)
                notes.append(tr("default"));
            auto *item = new QListWidgetItem(
                notes.isEmpty() ? profile.name : tr("%1 (%2)").arg(profile.name, notes.join(tr(", "))), list);
            item->setData(NameRole, profile.name);
            if (profile.name == select)
                row = list->count() - 1;
        }
        if (row < 0 && list->count() > 0)
            row = 0;
        list->setCurrentRow(row);
    }
    if (row < 0)
        startNewProfile();
    else
        showSelectedProfile();
}

void ProfilesDialog::showSelectedProfile()
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    const std::optional<Profile> profile = item ? m_manager->profile(item->data(NameRole).toString()) : std::nullopt;
    if (!profile) {
        startNewProfile();
        return;
    }
    m_selected = profile->name;
    m_isEnvironment = profile->fromEnvironment;
    m_ui->nameEdit->setText(profile->name);
    m_endpoint->setEndpoint(profile->fromEnvironment ? m_defaultEndpoint
                                                     : Endpoint::fromStoredOrChina(profile->endpoint));
    resetKeyFields();
    setStatus(Status::Info, m_isEnvironment ? tr("This profile comes from the TENCENTCLOUD_SECRET_ID and "
                                                 "TENCENTCLOUD_SECRET_KEY environment variables and cannot be "
                                                 "changed here. Verify tries it.")
                                            : QString());
    updateControls();
    readHint(profile->name);
}

void ProfilesDialog::startNewProfile()
{
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentRow(-1);
        m_ui->profileList->clearSelection();
    }
    m_selected.clear();
    m_isEnvironment = false;
    m_ui->nameEdit->clear();
    m_endpoint->setEndpoint(Endpoint::china());
    resetKeyFields();
    setStatus(Status::Info, tr("Enter a name and the key pair from the CAM console (API key management), then "
                               "verify or save it."));
    updateControls();
    m_ui->nameEdit->setFocus();
}

Credentials ProfilesDialog::enteredCredentials() const
{
    return {m_ui->secretIdEdit->text().trimmed(), SecretString(m_ui->secretKeyEdit->text().trimmed()),
            SecretString(m_ui->tokenEdit->text().trimmed())};
}

bool ProfilesDialog::keyFieldsEmpty() const
{
    return m_ui->secretIdEdit->text().trimmed().isEmpty() && m_ui->secretKeyEdit->text().trimmed().isEmpty()
           && m_ui->tokenEdit->text().trimmed().isEmpty();
}

void ProfilesDialog::resetKeyFields()
{
    m_ui->secretIdEdit->clear();
    m_ui->secretKeyEdit->clear();
    m_ui->tokenEdit->clear();
    QString kept = tr("Stored in the keychain; kept when left empty");
    if (m_isEnvironment)
        kept = tr("From the environment variables");
    m_ui->secretIdEdit->setPlaceholderText(m_selected.isEmpty() ? tr("AKID…") : kept);
    m_ui->secretKeyEdit->setPlaceholderText(m_selected.isEmpty() ? tr("From the CAM console (API key management)")
                                                                 : kept);
    m_ui->tokenEdit->setPlaceholderText(tr("Only for temporary keys"));
}

void ProfilesDialog::readHint(const QString &name)
{
    if (m_hintJob)
        disconnect(m_hintJob, nullptr, this, nullptr);
    CredentialJob *job = m_manager->credentials(name);
    m_hintJob = job;
    connect(job, &CredentialJob::finished, this, [this, job, name] {
        if (name != m_selected)
            return;
        if (!job->isOk()) {
            if (!m_job && !m_verifying)
                setStatus(Status::Error, job->error().message());
            return;
        }
        // At most the SecretKey's last four characters ever reach a widget.
        const Credentials &stored = job->credentials();
        if (m_isEnvironment) {
            m_ui->secretIdEdit->setPlaceholderText(tr("From the environment: %1").arg(stored.secretId));
            m_ui->secretKeyEdit->setPlaceholderText(tr("From the environment: %1").arg(stored.secretKey.maskedHint()));
        } else {
            m_ui->secretIdEdit->setPlaceholderText(tr("Stored: %1").arg(stored.secretId));
            m_ui->secretKeyEdit->setPlaceholderText(
                tr("Stored: %1 (kept when left empty)").arg(stored.secretKey.maskedHint()));
        }
        if (!stored.sessionToken.isEmpty())
            m_ui->tokenEdit->setPlaceholderText(tr("A token is stored; kept when all key fields are left empty"));
    });
}

template<typename Done>
void ProfilesDialog::track(CredentialJob *job, const QString &progress, Done done)
{
    m_job = job;
    setStatus(Status::Working, progress);
    updateControls();
    connect(job, &CredentialJob::finished, this, [this, job, done] {
        if (m_job != job)
            return;
        m_job = nullptr;
        updateControls();
        done(job);
    });
}

void ProfilesDialog::save()
{
    if (m_job || m_verifying || m_isEnvironment)
        return;
    const std::optional<Endpoint> endpoint = m_endpoint->checkedEndpoint();
    if (!endpoint) {
        setStatus(Status::Error, tr("Correct the endpoint first."));
        m_ui->endpointEdit->setFocus();
        return;
    }
    if (!m_selected.isEmpty()) {
        const Profile profile{m_selected, endpoint->toStored(), false};
        if (keyFieldsEmpty())
            saveEndpointOnly(profile);
        else
            saveProfile(profile);
        return;
    }
    const QString name = m_ui->nameEdit->text().trimmed();
    QString problem;
    if (ProfileRegistry::isValidName(name, &problem) && m_manager->profile(name))
        problem = tr("A profile named \"%1\" already exists: select it in the list to change it.").arg(name);
    if (!problem.isEmpty()) {
        setStatus(Status::Error, problem);
        m_ui->nameEdit->setFocus();
        return;
    }
    saveProfile(Profile{name, endpoint->toStored(), false});
}

void ProfilesDialog::saveProfile(const Profile &profile)
{
    const QString name = profile.name;
    track(m_manager->save(profile, enteredCredentials()), tr("Saving \"%1\" to the keychain…").arg(name),
          [this, name](CredentialJob *job) {
              if (!job->isOk()) {
                  setStatus(Status::Error, job->error().message());
                  return;
              }
              reloadList(name); // also empties the key fields
              setStatus(Status::Success, tr("Saved \"%1\"; its key is in the keychain.").arg(name));
              Q_EMIT profilesChanged();
          });
}

void ProfilesDialog::saveEndpointOnly(const Profile &profile)
{
    QString error;
    if (!m_manager->registry()->save(profile, &error)) {
        setStatus(Status::Error, error);
        return;
    }
    reloadList(profile.name);
    setStatus(Status::Success, tr("Saved the endpoint of \"%1\"; the stored key is unchanged.").arg(profile.name));
    Q_EMIT profilesChanged();
}

void ProfilesDialog::verify()
{
    if (m_job || m_verifying)
        return;
    const std::optional<Endpoint> checked = m_endpoint->checkedEndpoint();
    if (!checked) {
        setStatus(Status::Error, tr("Correct the endpoint first."));
        m_ui->endpointEdit->setFocus();
        return;
    }
    const Endpoint endpoint = *checked;
    if (!keyFieldsEmpty() || m_selected.isEmpty()) {
        const Credentials credentials = enteredCredentials();
        const QString problem = ProfileManager::checkCredentials(credentials);
        if (!problem.isEmpty())
            setStatus(Status::Error, problem);
        else
            startVerification(endpoint, credentials);
        return;
    }
    track(m_manager->credentials(m_selected), tr("Reading the stored key…"), [this, endpoint](CredentialJob *job) {
        if (!job->isOk())
            setStatus(Status::Error, job->error().message());
        else
            startVerification(endpoint, job->credentials());
    });
}

void ProfilesDialog::startVerification(const Endpoint &endpoint, const Credentials &credentials)
{
    m_verifying = true;
    setStatus(Status::Working, tr("Asking %1 for the origin regions…").arg(endpoint.url().host()));
    updateControls();
    m_verifier->verify(endpoint, credentials);
}

void ProfilesDialog::verificationFinished(bool ok, const QString &message)
{
    if (!m_verifying)
        return;
    m_verifying = false;
    updateControls();
    setStatus(ok ? Status::Success : Status::Error, message);
}

void ProfilesDialog::confirmRemove()
{
    if (m_selected.isEmpty() || m_isEnvironment || m_job || m_verifying)
        return;
    const QString name = m_selected;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile \"%1\" and delete its key from the keychain?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(tr("The key stays valid in Tencent Cloud; disable it in the CAM console if nobody "
                               "needs it any more."));
    QPushButton *removeButton = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, name] {
        if (box->clickedButton() == removeButton)
            remove(name);
    });
    box->open();
}

void ProfilesDialog::remove(const QString &name)
{
    if (m_job || m_verifying)
        return;
    track(m_manager->remove(name), tr("Removing \"%1\"…").arg(name), [this, name](CredentialJob *job) {
        if (m_manager->profile(name)) {
            setStatus(Status::Error, job->error().message());
            return;
        }
        reloadList(m_manager->defaultProfileName());
        setStatus(Status::Success, tr("Removed \"%1\" and its key.").arg(name));
        Q_EMIT profilesChanged();
    });
}

void ProfilesDialog::makeDefault()
{
    if (m_selected.isEmpty() || m_isEnvironment || m_job || m_verifying)
        return;
    const QString name = m_selected;
    m_manager->registry()->setDefaultProfile(name);
    reloadList(name);
    setStatus(Status::Success, tr("\"%1\" is now the default profile.").arg(name));
    Q_EMIT profilesChanged();
}

void ProfilesDialog::setStatus(Status status, const QString &text)
{
    m_ui->statusLabel->setText(text);
    if (text.isEmpty()) {
        m_ui->statusIconLabel->clear();
        return;
    }
    // In the order of Status: Info, Working, Success, Error.
    static constexpr QStyle::StandardPixmap Icons[] = {QStyle::SP_MessageBoxInformation, QStyle::SP_BrowserReload,
                                                       QStyle::SP_DialogApplyButton, QStyle::SP_MessageBoxWarning};
    const QStyle::StandardPixmap icon = Icons[static_cast<int>(status)];
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->statusIconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

void ProfilesDialog::updateControls()
{
    const bool busy = m_job || m_verifying;
    // Disabling the focused button moves the focus away; give it back when the job ends.
    if (busy && !m_focusBeforeJob)
        m_focusBeforeJob = focusWidget();
    const bool stored = !m_selected.isEmpty() && !m_isEnvironment;
    m_ui->profileList->setEnabled(!busy);
    m_ui->addButton->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy && stored);
    m_ui->defaultButton->setEnabled(!busy && stored && m_manager->defaultProfileName() != m_selected);
    m_ui->verifyButton->setEnabled(!busy);
    m_ui->saveButton->setEnabled(!busy && !m_isEnvironment);

    const bool editable = !m_isEnvironment;
    m_ui->nameEdit->setEnabled(editable);
    m_ui->nameEdit->setReadOnly(!m_selected.isEmpty()); // renaming is adding a new one and removing this one
    m_endpoint->setLocked(!editable);
    m_ui->secretIdEdit->setEnabled(editable);
    m_ui->secretKeyEdit->setEnabled(editable);
    m_ui->tokenEdit->setEnabled(editable);
    m_ui->nameEdit->setToolTip(m_selected.isEmpty() || m_isEnvironment
                                   ? QString()
                                   : tr("To rename a profile, add it under the new name and remove this one."));

    if (!busy && m_focusBeforeJob) {
        if (m_focusBeforeJob->isEnabled() && isActiveWindow())
            m_focusBeforeJob->setFocus();
        m_focusBeforeJob = nullptr;
    }
}
