#include "ui/find/findwindow.h"

#include "core/history/historyrecording.h"
#include "core/history/historystore.h"
#include "core/session/apistack.h"
#include "core/session/regionlists.h"
#include "ui/common/checktext.h"
#include "ui/common/comboitems.h"
#include "ui/common/formconventions.h"
#include "ui/common/windowkeys.h"
#include "ui/find/searchresultmodel.h"
#include "ui_findwindow.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

#include <utility>

FindWindow::FindWindow(ApiStack *stack, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindWindow>())
    , m_api(stack->api())
    , m_origins(stack->regions())
    , m_model(new SearchResultModel(this))
{
    m_ui->setupUi(this);
    applyFormConventions(this); // helper buttons named, wheel and Alt+letter guarded
    closeOnEscape(this);
    setWindowFlag(Qt::Window);
    for (const QString &version : GaapValues::ipVersions())
        m_ui->ipVersionCombo->addItem(version, version);
    CheckText::showPackageTypes(m_ui->packageTypeCombo);
    m_ui->resultView->setModel(m_model);
    m_ui->resultView->verticalHeader()->hide();
    m_ui->resultView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->resultView->horizontalHeader()->setStretchLastSection(true);

    connect(m_origins, &RegionLists::originRegionsChanged, this, &FindWindow::fillOrigins);
    connect(m_ui->originCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillNetworkTypes();
        updateButtons();
    });
    connect(m_ui->findButton, &QPushButton::clicked, this, &FindWindow::find);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FindWindow::cancel);
    connect(m_ui->useButton, &QPushButton::clicked, this, &FindWindow::useSelected);
    connect(m_ui->watchButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<Requirement> wanted = requirement())
            Q_EMIT watchRequested(*wanted);
    });
    connect(m_ui->resultView, &QAbstractItemView::activated, this, &FindWindow::useSelected);
    connect(m_ui->resultView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindWindow::updateButtons);

    fillOrigins();
    if (m_origins->originRegions().isEmpty())
        m_origins->loadOriginRegions();
    retranslate();
}

FindWindow::~FindWindow()
{
    m_model->setSearch(nullptr);
}

void FindWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FindWindow::retranslate()
{
    m_ui->retranslateUi(this);
    CheckText::showPackageTypes(m_ui->packageTypeCombo);
    fillOrigins();
    m_model->retranslate();
    showStatus();
    updateButtons();
}

void FindWindow::setContext(const QString &profile, const Endpoint &endpoint)
{
    if (profile == m_profile && endpoint == m_endpoint)
        return;
    m_profile = profile;
    m_endpoint = endpoint;
    cancel();
    fillOrigins();
}

void FindWindow::prefill(const CheckRequest &request)
{
    if (m_search && m_search->isRunning())
        return;
    m_preferredOrigin = request.originRegion;
    ComboItems::choose(m_ui->originCombo, request.originRegion);
    fillNetworkTypes();
    ComboItems::choose(m_ui->ipVersionCombo, request.ipVersion);
    ComboItems::choose(m_ui->packageTypeCombo, request.packageType);
    ComboItems::choose(m_ui->networkTypeCombo, request.networkType);
    if (request.bandwidth > 0)
        m_ui->bandwidthSpin->setValue(static_cast<int>(std::min<qint64>(request.bandwidth, INT_MAX)));
    if (request.concurrent > 0)
        m_ui->concurrencySpin->setValue(static_cast<int>(std::min<qint64>(request.concurrent, INT_MAX)));
    updateButtons();
}

void FindWindow::findFor(const Requirement &requirement)
{
    if (m_search && m_search->isRunning())
        return;
    CheckRequest request;
    request.originRegion = requirement.originRegion;
    request.ipVersion = requirement.ipVersion;
    request.packageType = requirement.packageType;
    request.networkType = requirement.networkType;
    request.bandwidth = requirement.minBandwidth;
    request.concurrent = requirement.minConcurrent;
    prefill(request);
    if (ComboItems::value(m_ui->originCombo) == requirement.originRegion)
        find();
    else
        m_findWhenListed = requirement; // again when the list comes
}

void FindWindow::fillOrigins()
{
    ComboItems::refillOrigins(m_ui->originCombo, m_origins->originRegions());
    if (ComboItems::choose(m_ui->originCombo, m_preferredOrigin))
        m_preferredOrigin.clear();
    fillNetworkTypes();
    updateButtons();
    if (m_findWhenListed && ComboItems::value(m_ui->originCombo) == m_findWhenListed->originRegion)
        findFor(*std::exchange(m_findWhenListed, std::nullopt));
}

void FindWindow::fillNetworkTypes()
{
    ComboItems::refill(m_ui->networkTypeCombo,
                       CheckText::networkTypeItems(m_origins->originRegion(ComboItems::value(m_ui->originCombo))));
}

std::optional<Requirement> FindWindow::requirement() const
{
    Requirement r;
    r.originRegion = ComboItems::value(m_ui->originCombo);
    if (r.originRegion.isEmpty())
        return std::nullopt;
    r.ipVersion = ComboItems::value(m_ui->ipVersionCombo);
    r.packageType = ComboItems::value(m_ui->packageTypeCombo);
    r.networkType = ComboItems::value(m_ui->networkTypeCombo);
    r.minBandwidth = m_ui->bandwidthSpin->value();
    r.minConcurrent = m_ui->concurrencySpin->value();
    r.billing =
        m_ui->billingCombo->currentIndex() == 1 ? PriceRequest::Billing::Traffic : PriceRequest::Billing::Bandwidth;
    return r;
}

void FindWindow::find()
{
    const std::optional<Requirement> wanted = requirement();
    if (!wanted || (m_search && m_search->isRunning()))
        return;
    m_model->setSearch(nullptr);
    m_search = std::make_unique<RequirementSearch>(m_api, *wanted);
    connect(m_search.get(), &RequirementSearch::checkAnswered, this, &FindWindow::recordCheck);
    connect(m_search.get(), &RequirementSearch::candidatesListed, this, &FindWindow::showStatus);
    connect(m_search.get(), &RequirementSearch::candidateChanged, this, &FindWindow::showStatus);
    connect(m_search.get(), &RequirementSearch::finished, this, [this] {
        showStatus();
        updateButtons();
        if (m_model->rowCount() > 0 && !m_ui->resultView->selectionModel()->hasSelection())
            m_ui->resultView->selectRow(0);
    });
    m_model->setSearch(m_search.get());
    m_search->start();
    showStatus();
    updateButtons();
}

void FindWindow::cancel()
{
    if (m_search && m_search->isRunning())
        m_search->cancel();
}

void FindWindow::recordCheck(int index)
{
    if (!m_history)
        return;
    std::optional<HistoryEntry> entry = HistoryRecording::fromCandidate(
        m_search->requirement(), m_search->candidates().at(index), m_profile, m_endpoint);
    if (entry && m_history->record(*entry))
        Q_EMIT historyRecorded();
}

void FindWindow::showStatus()
{
    QString text;
    int done = 0;
    int total = 0;
    if (!m_search) {
        text = tr("Choose an origin and the least bandwidth and concurrency, then press Find.");
    } else if (!m_search->error().isNone()) {
        text = tr("The access regions could not be listed: %1").arg(m_search->error().describe());
    } else {
        done = m_search->doneCount();
        total = static_cast<int>(m_search->candidates().size());
        int creatable = 0;
        for (const SearchCandidate &c : m_search->candidates())
            creatable += c.state == SearchCandidate::State::CanCreate ? 1 : 0;
        if (m_search->isRunning())
            text = total == 0 ? tr("Listing the access regions…")
                              : tr("%1 of %n access region(s) answered…", nullptr, total).arg(done);
        else if (m_search->wasCancelled())
            text = tr("Cancelled: %1 of %n access region(s) answered.", nullptr, total).arg(done);
        else if (creatable > 0)
            text = tr("%n access region(s) can serve this now, cheapest first.", nullptr, creatable);
        else
            text = tr("No access region serving this origin can be created with at least this much now. Ask for "
                      "less, or try another origin region.");
        if (const QStringList currencies = m_search->currencies(); currencies.size() > 1)
            text +=
                u' ' + tr("The prices are in %1; they are ranked within each currency.").arg(currencies.join(tr(", ")));
    }
    m_ui->statusLabel->setText(text);
    m_ui->progressBar->setRange(0, std::max(total, 1));
    m_ui->progressBar->setValue(done);
    m_ui->progressBar->setAccessibleDescription(text);
}

void FindWindow::updateButtons()
{
    const bool running = m_search && m_search->isRunning();
    m_ui->findButton->setEnabled(!running && requirement().has_value());
    m_ui->watchButton->setEnabled(requirement().has_value() && !m_profile.isEmpty());
    m_ui->cancelButton->setEnabled(running);
    const QModelIndexList selected = m_ui->resultView->selectionModel()->selectedRows();
    const SearchCandidate *chosen = selected.isEmpty() ? nullptr : m_model->candidate(selected.constFirst().row());
    m_ui->useButton->setEnabled(chosen && chosen->bandwidth && chosen->concurrent);
}

void FindWindow::useSelected()
{
    const QModelIndexList selected = m_ui->resultView->selectionModel()->selectedRows();
    const SearchCandidate *chosen = selected.isEmpty() ? nullptr : m_model->candidate(selected.constFirst().row());
    if (chosen && chosen->bandwidth && chosen->concurrent)
        Q_EMIT useRequested(chosen->checkRequest(m_search->requirement()));
}
