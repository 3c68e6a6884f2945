#include "ui/check/checkpage.h"

#include "ui/check/checkform.h"
#include "core/session/checksession.h"
#include "core/credentials/credentialstore.h"
#include "core/gaap/gaapapi.h"
#include "core/history/historyrecording.h"
#include "core/history/historystore.h"
#include "core/settings/preferences.h"
#include "core/credentials/profilemanager.h"
#include "core/session/regioncache.h"
#include "ui/check/resultcard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

CheckPage::CheckPage(ProfileManager *profiles, Preferences *preferences, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_preferences(preferences)
    , m_client(std::make_unique<ApiClient>(&m_network))
    , m_api(std::make_unique<GaapApi>(m_client.get()))
    , m_cache(std::make_unique<RegionCache>())
    , m_session(std::make_unique<CheckSession>(m_api.get(), m_cache.get()))
    , m_profileCombo(new QComboBox(this))
    , m_profileProblem(new QLabel(this))
    , m_form(new CheckForm(m_session.get(), this))
    , m_card(new ResultCard(this))
{
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileProblem->setObjectName(QStringLiteral("profileProblemLabel"));
    m_profileProblem->setWordWrap(true);
    m_profileProblem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_profileProblem->hide();

    auto *profileRow = new QFormLayout;
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profileCombo);
    profileRow->addRow(profileLabel, m_profileCombo);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(profileRow);
    layout->addWidget(m_profileProblem);
    layout->addWidget(m_form);
    layout->addWidget(m_card);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setTabOrder(m_profileCombo, m_form);

    m_card->hide();
    connect(m_form, &CheckForm::checkRequested, this, &CheckPage::startCheck);
    connect(m_session.get(), &CheckSession::checkFinished, this, [this](const CheckOutcome &outcome) {
        m_card->showOutcome(outcome);
        saveSelections();
        record(outcome);
    });
    connect(m_session.get(), &CheckSession::priceFinished, m_card, &ResultCard::showPrice);
    connect(m_card, &ResultCard::retryRequested, this, [this] {
        if (const std::optional<CheckRequest> request = m_card->request()) {
            m_card->showPending(*request);
            m_session->check(*request);
        }
    });
    connect(m_api.get(), &GaapApi::clockSkewDetected, this, &CheckPage::clockSkewDetected);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int row) {
        setProfile(m_profileCombo->itemData(row).toString());
    });
    reloadProfiles();
}

CheckPage::~CheckPage()
{
    m_session->reset(); // before the API objects it uses go away
}

void CheckPage::setEndpointOverride(const std::optional<Endpoint> &endpoint)
{
    m_endpointOverride = endpoint;
}

void CheckPage::setLanguage(ApiClient::Language language)
{
    m_client->setLanguage(language);
}

void CheckPage::setTimeout(std::chrono::seconds timeout)
{
    m_client->setTimeout(timeout);
}

Endpoint CheckPage::endpoint() const
{
    return m_profiles->endpointFor(m_profile, m_endpointOverride, m_preferences->defaultEndpoint());
}

void CheckPage::reloadProfiles()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile &profile : m_profiles->profiles()) {
        const QString text = profile.fromEnvironment ? tr("%1 (from the environment)").arg(profile.name) : profile.name;
        m_profileCombo->addItem(text, profile.name);
    }
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(m_profile));
}

void CheckPage::setProfile(const QString &name)
{
    if (!m_profile.isEmpty())
        saveSelections();
    m_profile = name;
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(name));
    m_session->reset();
    m_card->clear();
    m_card->hide();
    m_profileProblem->hide();
    m_client->setEndpoint(endpoint());
    m_card->setEndpoint(endpoint());
    Q_EMIT profileChanged(name, endpoint());
    if (name.isEmpty()) {
        showProfileProblem(tr("No profile yet: add one with Settings > Profiles… (Ctrl+Shift+P)."));
        return;
    }
    useCredentials(name);
}

void CheckPage::useCredentials(const QString &name)
{
    delete m_credentialJob;
    m_credentialJob = m_profiles->credentials(name);
    connect(m_credentialJob, &CredentialJob::finished, this, [this, job = m_credentialJob.data(), name] {
        if (name != m_profile)
            return; // another profile was chosen meanwhile
        if (!job->isOk()) {
            showProfileProblem(job->error().message());
            return;
        }
        m_client->setCredentials(job->credentials());
        m_form->restoreSelections(m_preferences->lastSelections(name));
        m_form->loadRegions();
    });
}

void CheckPage::showProfileProblem(const QString &message)
{
    m_profileProblem->setText(message);
    m_profileProblem->show();
}

void CheckPage::startCheck(const CheckRequest &request)
{
    m_card->show();
    m_card->showPending(request);
    m_session->check(request);
}

void CheckPage::runAgain(const CheckRequest &request)
{
    m_form->restoreSelections(QJsonObject{
        {QStringLiteral("origin"), request.realServerRegion},
        {QStringLiteral("access"), request.accessRegion},
        {QStringLiteral("networkType"), request.networkType},
        {QStringLiteral("bandwidth"), request.bandwidth},
        {QStringLiteral("concurrent"), request.concurrent},
        {QStringLiteral("ipVersion"), request.ipVersion},
        {QStringLiteral("packageType"), request.packageType},
        {QStringLiteral("groupId"), request.groupId},
    });
    startCheck(request);
}

void CheckPage::record(const CheckOutcome &outcome)
{
    if (!m_history || outcome.error.kind() == ApiError::Kind::InvalidInput)
        return; // an invalid request was never sent
    HistoryEntry entry = HistoryRecording::fromCheck(outcome, m_profile, endpoint());
    if (m_history->record(entry))
        Q_EMIT historyRecorded();
}

void CheckPage::refreshRegions()
{
    if (m_client->hasCredentials())
        m_form->refreshRegions();
}

void CheckPage::saveSelections()
{
    if (!m_profile.isEmpty())
        m_preferences->setLastSelections(m_profile, m_form->selections());
}
