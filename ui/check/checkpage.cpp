#include "ui/check/checkpage.h"

#include "core/credentials/profilemanager.h"
#include "core/history/historyrecording.h"
#include "core/history/historystore.h"
#include "core/session/apistack.h"
#include "core/session/checksession.h"
#include "core/session/regionlists.h"
#include "core/settings/preferences.h"
#include "ui/check/checkform.h"
#include "ui/check/resultcard.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

CheckPage::CheckPage(ApiStack *stack, ProfileManager *profiles, Preferences *preferences, QWidget *parent)
    : QWidget(parent)
    , m_stack(stack)
    , m_profiles(profiles)
    , m_preferences(preferences)
    , m_profileCombo(new QComboBox(this))
    , m_profileLabel(new QLabel(this))
    , m_profileProblem(new QLabel(this))
    , m_form(new CheckForm(stack->regions(), stack->checks(), stack->groups(), this))
    , m_card(new ResultCard(this))
    , m_scroll(new QScrollArea(this))
{
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileProblem->setObjectName(QStringLiteral("profileProblemLabel"));
    m_profileProblem->setWordWrap(true);
    m_profileProblem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_profileProblem->hide();

    auto *profileRow = new QFormLayout;
    m_profileLabel->setObjectName(QStringLiteral("profileFieldLabel"));
    m_profileLabel->setBuddy(m_profileCombo);
    profileRow->addRow(m_profileLabel, m_profileCombo);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(profileRow);
    layout->addWidget(m_profileProblem);
    layout->addWidget(m_form);
    layout->addWidget(m_card);
    layout->addStretch(1);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    setTabOrder(m_profileCombo, m_form);

    m_card->hide();
    connect(m_form, &CheckForm::checkRequested, this, &CheckPage::startCheck);
    CheckSession *checks = m_stack->checks();
    connect(m_form, &CheckForm::requestChanged, this, &CheckPage::markStaleAnswer);
    connect(checks, &CheckSession::checkFinished, this, [this](const CheckOutcome &outcome) {
        m_card->showOutcome(outcome);
        showAccessFeatures();
        showCard();
        markStaleAnswer(); // the form may have changed while the check ran
        saveSelections();
        record(outcome);
    });
    connect(checks, &CheckSession::priceFinished, m_card, &ResultCard::showPrice);
    // A list that arrives after the answer (History > Re-run with nothing loaded yet) still gives the badges.
    connect(m_stack->regions(), &RegionLists::accessRegionsChanged, this, &CheckPage::showAccessFeatures);
    connect(m_card, &ResultCard::findCapacityRequested, this, &CheckPage::findCapacityRequested);
    connect(m_card, &ResultCard::watchRequested, this, &CheckPage::watchRequested);
    connect(m_card, &ResultCard::billingChanged, this, [this, checks](std::optional<PriceRequest::Billing> billing) {
        checks->setBilling(billing);
        if (const std::optional<CheckRequest> shown = m_card->request())
            checks->reprice(*shown);
    });
    connect(m_card, &ResultCard::cancelRequested, checks, &CheckSession::abandonCheck);
    connect(checks, &CheckSession::checkAbandoned, m_card, &ResultCard::showCancelled);
    connect(m_card, &ResultCard::retryRequested, this, [this, checks] {
        if (const std::optional<CheckRequest> request = m_card->request()) {
            m_card->showPending(*request);
            checks->check(*request);
        }
    });
    connect(m_stack, &ApiStack::profileChanged, this, &CheckPage::profileChanged);
    connect(m_stack, &ApiStack::credentialsReady, this, &CheckPage::credentialsReady);
    connect(m_stack, &ApiStack::credentialsFailed, this,
            [this](const QString &, const QString &message) { showProfileProblem(message); });
    connect(m_profileCombo, &QComboBox::activated, this,
            [this](int row) { setProfile(m_profileCombo->itemData(row).toString()); });
    retranslate();
}

CheckPage::~CheckPage() = default;

QString CheckPage::profile() const
{
    return m_stack->profile();
}

Endpoint CheckPage::endpoint() const
{
    return m_stack->endpointFor(m_stack->profile());
}

void CheckPage::reloadProfiles()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile &profile : m_profiles->profiles()) {
        const QString text = profile.fromEnvironment ? tr("%1 (from the environment)").arg(profile.name) : profile.name;
        m_profileCombo->addItem(text, profile.name);
    }
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(profile()));
}

void CheckPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CheckPage::retranslate()
{
    m_profileLabel->setText(tr("&Profile:"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    reloadProfiles(); // "(from the environment)"
    if (profile().isEmpty() && m_profileProblem->isVisible())
        showProfileProblem(noProfileText());
}

QString CheckPage::noProfileText()
{
    return tr("No profile yet: add one with Settings > Profiles… (Ctrl+Shift+P).");
}

void CheckPage::setProfile(const QString &name)
{
    saveSelections();
    m_stack->useProfile(name); // profileChanged(), then credentialsReady() or credentialsFailed()
}

void CheckPage::profileChanged(const QString &name)
{
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(name));
    m_card->clear();
    m_card->hide();
    m_profileProblem->hide();
    m_card->setEndpoint(m_stack->endpoint());
    if (name.isEmpty())
        showProfileProblem(noProfileText());
}

void CheckPage::credentialsReady(const QString &name)
{
    m_form->restoreSelections(m_preferences->lastSelections(name));
    m_form->loadRegions();
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
    showCard();
    m_stack->checks()->check(request);
}

void CheckPage::runAgain(const CheckRequest &request)
{
    m_form->setRequest(request);
    startCheck(request);
}

void CheckPage::record(const CheckOutcome &outcome)
{
    if (!m_history || outcome.error.refusedBeforeSending())
        return; // an invalid request was never sent
    HistoryEntry entry = HistoryRecording::fromCheck(outcome, profile(), m_stack->endpoint());
    if (m_history->record(entry))
        Q_EMIT historyRecorded();
}

void CheckPage::showCard()
{
    // The answer below the fold is brought into view (after the layout has made room for it).
    QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_card, 0, 0); });
}

QSize CheckPage::fullSizeHint() const
{
    // The form with the card as it looks with an answer (hidden before the first check).
    const QSize form = m_form->sizeHint();
    const QSize card = m_card->answerSizeHint();
    const int margins = 2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + 8;
    return {std::max(form.width(), card.width()) + margins + m_scroll->verticalScrollBar()->sizeHint().width(),
            m_profileCombo->sizeHint().height() + form.height() + card.height() + 3 * margins};
}

void CheckPage::markStaleAnswer()
{
    const std::optional<CheckRequest> shown = m_card->request();
    const std::optional<CheckRequest> asked = m_form->request();
    m_card->setStale(shown.has_value() && !(asked.has_value() && *asked == *shown));
}

void CheckPage::showAccessFeatures()
{
    const std::optional<CheckRequest> shown = m_card->request();
    const RegionLists *lists = m_stack->regions();
    if (!shown || lists->accessQuery().originRegion != shown->originRegion)
        return; // another origin's list: the region may not be in it, or not be the same
    const AccessRegionDetail *access = lists->accessRegion(shown->accessRegion);
    if (access && access->isUsable())
        m_card->setAccessRegionFeatures(access->features);
}

QString CheckPage::originRegion() const
{
    return m_form->choices().originRegion;
}

CheckRequest CheckPage::formRequest() const
{
    return m_form->choices();
}

void CheckPage::refreshRegions()
{
    if (m_stack->hasCredentials())
        m_form->refreshRegions();
}

void CheckPage::saveSelections()
{
    if (!profile().isEmpty())
        m_preferences->setLastSelections(profile(), m_form->selections());
}
