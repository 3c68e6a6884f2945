#include "ui/check/checkform.h"

#include "core/common/logging.h"
#include "core/gaap/requestvalidator.h"
#include "ui/check/checkformselections.h"
#include "ui/check/groupchooser.h"
#include "ui/check/regioncombomodel.h"
#include "ui/common/checktext.h"
#include "ui/common/formconventions.h"
#include "ui_checkform.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>

#include <chrono>

using namespace std::chrono_literals;

namespace {

constexpr int DataRole = Qt::UserRole; // the API value of an item (RegionComboModel::RegionIdRole too)
static_assert(DataRole == RegionComboModel::RegionIdRole);

bool fromDiskCache(const RegionLists::ListStatus &status)
{
    return status.state == RegionLists::ListState::Cached || status.state == RegionLists::ListState::Stale;
}

QString currentText(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData(DataRole).toString();
}

std::optional<qint64> currentNumber(const QComboBox *combo)
{
    if (combo->currentIndex() < 0)
        return std::nullopt;
    return combo->currentData(DataRole).toLongLong();
}

} // namespace

CheckForm::CheckForm(RegionLists *lists, CheckSession *checks, GroupList *groups, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckForm>())
    , m_lists(lists)
    , m_checks(checks)
    , m_originModel(new RegionComboModel(this))
    , m_accessModel(new RegionComboModel(this))
    , m_groupChooser(nullptr)
    , m_selections(nullptr)
    , m_stateClock(new QTimer(this))
{
    Q_ASSERT(lists && checks && groups);
    m_ui->setupUi(this);
    // Before the conventions: the group field's clear button is named with the others.
    m_groupChooser = new GroupChooser(groups, m_ui->groupIdCombo, m_ui->groupListNoteLabel, this);
    m_ui->groupIdCombo->lineEdit()->setPlaceholderText(tr("For example: lg-1a2b3c4d"));
    applyFormConventions(this); // helper buttons named, wheel and Alt+letter guarded
    m_ui->originCombo->setModel(m_originModel);
    m_ui->accessCombo->setModel(m_accessModel);
    for (const QString &version : GaapValues::ipVersions())
        m_ui->ipVersionCombo->addItem(version, version);
    CheckText::showPackageTypes(m_ui->packageTypeCombo);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->errorIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize, QIcon::Normal));
    m_ui->errorFrame->hide();
    m_ui->groupIdHintLabel->hide();
    for (QLabel *label : {m_ui->originStateLabel, m_ui->accessStateLabel}) {
        label->setTextFormat(Qt::RichText);
        connect(label, &QLabel::linkActivated, this, &CheckForm::refreshRegions);
    }

    // First on the lists' signals: what a list shows is remembered before the lists below it are reloaded.
    m_selections = new CheckFormSelections(m_ui.get(), m_groupChooser, this);
    for (QComboBox *combo : {m_ui->originCombo, m_ui->ipVersionCombo, m_ui->packageTypeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CheckForm::queryChanged);
    connect(m_ui->accessCombo, &QComboBox::currentIndexChanged, this, &CheckForm::fillOfferedLists);
    for (QComboBox *combo : {m_ui->networkTypeCombo, m_ui->bandwidthCombo, m_ui->concurrencyCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CheckForm::updateCheckButton);
    connect(m_groupChooser, &GroupChooser::groupIdChanged, this, &CheckForm::groupIdEdited);
    connect(m_groupChooser, &GroupChooser::submitted, this, &CheckForm::check);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &CheckForm::check);
    connect(m_ui->qualityCombo, &QComboBox::currentIndexChanged, this, &CheckForm::applyQuality);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &CheckForm::retry);

    connect(m_lists, &RegionLists::originRegionsChanged, this, &CheckForm::originRegionsChanged);
    connect(m_lists, &RegionLists::accessRegionsChanged, this, &CheckForm::accessRegionsChanged);
    connect(m_checks, &CheckSession::checkStarted, this, [this] { setChecking(true); });
    connect(m_checks, &CheckSession::checkFinished, this, [this] { setChecking(false); });
    connect(m_checks, &CheckSession::checkAbandoned, this, [this] { setChecking(false); });
    connect(m_stateClock, &QTimer::timeout, this, &CheckForm::showListStates);
    m_stateClock->start(30s);

    originRegionsChanged(); // whatever the session already holds
}

CheckForm::~CheckForm() = default;

void CheckForm::loadRegions()
{
    m_lists->loadOriginRegions();
}

void CheckForm::refreshRegions()
{
    m_lists->loadOriginRegions(true);
    const AccessRegionQuery query = currentQuery();
    if (!query.originRegion.isEmpty())
        m_lists->loadAccessRegions(query, true);
    m_groupChooser->setOrigin(query.originRegion, true);
}

void CheckForm::retry()
{
    if (!m_lists->originStatus().error.isNone())
        m_lists->loadOriginRegions(true);
    const AccessRegionQuery query = currentQuery();
    if (!m_lists->accessStatus().error.isNone() && !query.originRegion.isEmpty())
        m_lists->loadAccessRegions(query, true);
}

void CheckForm::check()
{
    if (m_checking && m_checks->isChecking())
        return;
    if (const std::optional<CheckRequest> chosen = request())
        Q_EMIT checkRequested(*chosen);
}

std::optional<CheckRequest> CheckForm::request() const
{
    const std::optional<qint64> bandwidth = currentNumber(m_ui->bandwidthCombo);
    const std::optional<qint64> concurrent = currentNumber(m_ui->concurrencyCombo);
    const QString access = currentText(m_ui->accessCombo);
    const AccessRegionDetail *offered = m_lists->accessRegion(access);
    if (!bandwidth || !concurrent || !offered || !accessListIsCurrent())
        return std::nullopt;
    CheckRequest chosen;
    chosen.originRegion = currentText(m_ui->originCombo);
    chosen.accessRegion = access;
    chosen.bandwidth = *bandwidth;
    chosen.concurrent = *concurrent;
    chosen.groupId = groupId();
    chosen.ipVersion = currentText(m_ui->ipVersionCombo);
    chosen.networkType = currentText(m_ui->networkTypeCombo);
    chosen.packageType = currentText(m_ui->packageTypeCombo);
    if (chosen.originRegion.isEmpty() || chosen.networkType.isEmpty())
        return std::nullopt;
    if (!RequestValidator::validate(chosen, offered).isEmpty())
        return std::nullopt;
    return chosen;
}

QJsonObject CheckForm::selections() const
{
    return m_selections->toJson();
}

CheckRequest CheckForm::choices() const
{
    return m_selections->toRequest();
}

void CheckForm::restoreSelections(const QJsonObject &selections)
{
    m_selections->restore(selections);
    groupIdEdited();
    applyQuality();
    originRegionsChanged(); // chooses what the lists already offer and reloads the rest
}

void CheckForm::setRequest(const CheckRequest &request)
{
    restoreSelections(CheckFormSelections::fromRequest(request));
}

void CheckForm::applyQuality()
{
    OriginRegionQuery query;
    if (m_ui->qualityCombo->currentIndex() == 1)
        query.qualityType = QualityType::Silver;
    if (query == m_lists->originQuery())
        return;
    m_lists->setOriginQuery(query); // the origins of the other quality are another list (and cache entry)
    m_lists->loadOriginRegions();
}

void CheckForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CheckForm::retranslate()
{
    m_ui->retranslateUi(this);
    CheckText::showPackageTypes(m_ui->packageTypeCombo);
    {
        // The region names are the server's (they follow when the lists are loaded in the new language); the
        // words around them ("· edge", the area headings) are ours.
        const QSignalBlocker origin(m_ui->originCombo);
        const QSignalBlocker access(m_ui->accessCombo);
        m_originModel->setRegions(m_lists->originRegions());
        m_selections->chooseWanted(m_ui->originCombo, -1);
        m_accessModel->setRegions(accessListIsCurrent() ? m_lists->accessRegions() : QList<AccessRegionDetail>());
        m_selections->chooseWanted(m_ui->accessCombo, -1);
    }
    fillNetworkTypes();
    fillOfferedLists();
    showListStates();
    m_ui->groupIdCombo->lineEdit()->setPlaceholderText(tr("For example: lg-1a2b3c4d"));
    m_groupChooser->retranslate();
    groupIdEdited();
}

void CheckForm::originRegionsChanged()
{
    {
        const QSignalBlocker blocker(m_ui->originCombo);
        m_originModel->setRegions(m_lists->originRegions());
        m_selections->chooseWanted(m_ui->originCombo, -1);
    }
    queryChanged();
}

AccessRegionQuery CheckForm::currentQuery() const
{
    return {currentText(m_ui->originCombo), currentText(m_ui->ipVersionCombo), currentText(m_ui->packageTypeCombo)};
}

bool CheckForm::accessListIsCurrent() const
{
    return m_lists->accessQuery() == currentQuery();
}

RegionLists::ListStatus CheckForm::shownAccessStatus() const
{
    return accessListIsCurrent() ? m_lists->accessStatus() : RegionLists::ListStatus();
}

void CheckForm::queryChanged()
{
    fillNetworkTypes();
    const AccessRegionQuery query = currentQuery();
    m_groupChooser->setOrigin(query.originRegion); // the origin's groups, asked once per origin
    // The session shows a cached list at once and emits accessRegionsChanged() for the new query.
    // Without an origin there is nothing to load (and the session's list is left alone).
    if (!query.originRegion.isEmpty() && !accessListIsCurrent())
        m_lists->loadAccessRegions(query);
    accessRegionsChanged();
}

void CheckForm::fillNetworkTypes()
{
    QList<std::pair<QString, QVariant>> items;
    for (const auto &[text, value] : CheckText::networkTypeItems(m_lists->originRegion(currentText(m_ui->originCombo))))
        items.append({text, value});
    m_selections->refill(m_ui->networkTypeCombo, items, 0);
}

void CheckForm::accessRegionsChanged()
{
    const bool current = accessListIsCurrent();
    {
        const QSignalBlocker blocker(m_ui->accessCombo);
        m_accessModel->setRegions(current ? m_lists->accessRegions() : QList<AccessRegionDetail>());
        m_selections->chooseWanted(m_ui->accessCombo, -1);
    }
    showListStates();
    fillOfferedLists();
    reportFirstPopulated();
}

void CheckForm::reportFirstPopulated()
{
    if (m_populatedReported || currentText(m_ui->originCombo).isEmpty() || !accessListIsCurrent()
        || m_accessModel->regionCount() == 0)
        return;
    m_populatedReported = true;
    const bool fromCache = fromDiskCache(m_lists->originStatus()) && fromDiskCache(m_lists->accessStatus());
    qCDebug(lcGaapUi) << "window populated:" << m_originModel->regionCount() << "origin regions,"
                      << m_accessModel->regionCount() << "access regions, from" << (fromCache ? "cache" : "network");
}

void CheckForm::fillOfferedLists()
{
    const AccessRegionDetail *access =
        accessListIsCurrent() ? m_lists->accessRegion(currentText(m_ui->accessCombo)) : nullptr;
    QList<std::pair<QString, QVariant>> bandwidths;
    QList<std::pair<QString, QVariant>> concurrents;
    if (access) {
        for (const qint64 mbps : access->bandwidthList)
            bandwidths.append({CheckText::bandwidth(mbps), QVariant(mbps)});
        for (const qint64 units : access->concurrentList)
            concurrents.append({CheckText::concurrent(units), QVariant(units)});
    }
    m_selections->refill(m_ui->bandwidthCombo, bandwidths, -1);
    m_selections->refill(m_ui->concurrencyCombo, concurrents, -1);
    updatePlaceholders();
    updateCheckButton();
}

void CheckForm::showListStates()
{
    showListState(m_ui->originStateLabel, m_ui->originBusyBar, m_lists->originStatus());
    showListState(m_ui->accessStateLabel, m_ui->accessBusyBar, shownAccessStatus());
    if (currentText(m_ui->originCombo).isEmpty() && m_originModel->regionCount() > 0)
        m_ui->accessStateLabel->setText(tr("Choose an origin region first").toHtmlEscaped());
    showErrors();
}

void CheckForm::updatePlaceholders()
{
    // The lists stay enabled (and in the tab order) while empty; their placeholder says why.
    m_ui->originCombo->setPlaceholderText(
        CheckText::listPlaceholder(m_lists->originStatus(), m_originModel->regionCount(), tr("Choose an origin region"),
                                   tr("No origin regions offered")));
    const bool originChosen = !currentText(m_ui->originCombo).isEmpty();
    m_ui->accessCombo->setPlaceholderText(
        !originChosen
            ? tr("Choose an origin region first")
            : CheckText::listPlaceholder(shownAccessStatus(), m_accessModel->regionCount(),
                                         tr("Choose an access region"), tr("No access region serves this choice")));
    m_ui->networkTypeCombo->setPlaceholderText(originChosen ? tr("No network type offered")
                                                            : tr("Choose an origin region first"));
    const bool accessChosen = m_ui->bandwidthCombo->count() > 0;
    m_ui->bandwidthCombo->setPlaceholderText(accessChosen ? tr("Choose a bandwidth")
                                                          : tr("Choose an access region first"));
    m_ui->concurrencyCombo->setPlaceholderText(accessChosen ? tr("Choose a concurrency")
                                                            : tr("Choose an access region first"));
}

void CheckForm::showListState(QLabel *label, QProgressBar *busy, const RegionLists::ListStatus &status)
{
    const QString html = CheckText::listState(status, QDateTime::currentDateTimeUtc());
    label->setText(html);
    label->setTextInteractionFlags(html.contains(QLatin1String("<a "))
                                       ? Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard
                                       : Qt::NoTextInteraction);
    label->setToolTip(status.fetchedAt.isValid()
                          ? tr("Fetched %1 (local time)").arg(CheckText::localTime(status.fetchedAt))
                          : QString());
    busy->setVisible(status.state == RegionLists::ListState::Loading || status.refreshing);
}

void CheckForm::showErrors()
{
    QStringList parts{
        CheckText::listFailure(m_lists->originStatus(), tr("The origin regions could not be loaded."),
                               tr("The origin regions could not be refreshed; the list shown is older.")),
        CheckText::listFailure(shownAccessStatus(), tr("The access regions could not be loaded."),
                               tr("The access regions could not be refreshed; the list shown is older."))};
    parts.removeAll(QString());
    m_ui->formErrorLabel->setText(parts.join(QStringLiteral("\n\n")));
    m_ui->errorFrame->setVisible(!parts.isEmpty());
}

QString CheckForm::groupId() const
{
    return m_groupChooser->groupId();
}

void CheckForm::groupIdEdited()
{
    const QString id = groupId();
    const bool invalid = !id.isEmpty() && !RequestValidator::isGroupId(id);
    m_ui->groupIdHintLabel->setText(invalid ? tr("A group ID is “lg-” followed by 8 lowercase letters or digits, "
                                                 "for example lg-1a2b3c4d. Leave the field empty for none.")
                                            : QString());
    m_ui->groupIdHintLabel->setVisible(invalid);
    m_ui->groupIdCombo->setAccessibleDescription(m_ui->groupIdHintLabel->text());
    updateCheckButton();
}

void CheckForm::setChecking(bool checking)
{
    m_checking = checking;
    updateCheckButton();
}

void CheckForm::updateCheckButton()
{
    Q_EMIT requestChanged();
    QPushButton *button = m_ui->checkButton;
    // A check the session dropped without an answer (reset(), cancelCheck()) no longer blocks the button.
    const bool checking = m_checking && m_checks->isChecking();
    const bool enable = !checking && request().has_value();
    if (button->isEnabled() == enable)
        return;
    if (!enable) {
        m_refocusCheck = button->hasFocus();
        button->setEnabled(false);
        return;
    }
    button->setEnabled(true);
    // Keyboard users who pressed Check find it focused again when the answer is in.
    const QWidget *focus = QApplication::focusWidget();
    if (std::exchange(m_refocusCheck, false) && (!focus || isAncestorOf(focus)))
        button->setFocus(Qt::OtherFocusReason);
}
