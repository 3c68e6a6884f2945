#include "ui/matrix/matrixwindow.h"

#include "core/history/historyrecording.h"
#include "core/history/historystore.h"
#include "core/session/apistack.h"
#include "core/session/regionlists.h"
#include "ui/common/checktext.h"
#include "ui/common/comboitems.h"
#include "ui/common/formconventions.h"
#include "ui/common/windowkeys.h"
#include "ui/matrix/matrixgrid.h"
#include "ui_matrixwindow.h"

#include <QDateTime>
#include <QEvent>
#include <QHash>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>

#include <algorithm>
#include <cmath>

namespace {

constexpr int DataRole = Qt::UserRole;

// Refills a checkable list: new values come checked, values seen before keep their check state.
// `problems`: value → why the server's entry cannot be used; such an item is shown, disabled and unchecked.
void refillChecks(QListWidget *list, const QList<std::pair<QString, QVariant>> &items,
                  const QHash<QString, QString> &problems = {})
{
    QHash<QString, Qt::CheckState> previous;
    for (int row = 0; row < list->count(); ++row)
        previous.insert(list->item(row)->data(DataRole).toString(), list->item(row)->checkState());
    list->clear();
    for (const auto &[text, value] : items) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(DataRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(previous.value(value.toString(), Qt::Checked));
        if (const QString problem = problems.value(value.toString()); !problem.isEmpty()) {
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setText(CheckText::unusableRegion(text));
            item->setToolTip(CheckText::unusableReason(problem));
        }
    }
}

QList<QVariant> checkedValues(const QListWidget *list, bool *all)
{
    QList<QVariant> values;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            values.append(list->item(row)->data(DataRole));
    }
    *all = values.size() == list->count();
    return values;
}

QList<qint64> numbers(const QList<QVariant> &values)
{
    QList<qint64> out;
    for (const QVariant &value : values)
        out.append(value.toLongLong());
    return out;
}

} // namespace

MatrixWindow::MatrixWindow(ApiStack *stack, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MatrixWindow>())
    , m_api(stack->api())
    , m_origins(stack->regions())
    , m_access(stack->createRegionLists())
{
    m_ui->setupUi(this);
    applyFormConventions(this); // helper buttons named, wheel and Alt+letter guarded
    closeOnEscape(this);
    setWindowFlag(Qt::Window);
    for (const QString &version : GaapValues::ipVersions())
        m_ui->ipVersionCombo->addItem(version, version);
    CheckText::showPackageTypes(m_ui->packageTypeCombo);
    m_ui->accessStateLabel->setTextFormat(Qt::RichText);
    m_ui->accessStateLabel->hide();

    connect(m_origins, &RegionLists::originRegionsChanged, this, &MatrixWindow::fillOrigins);
    connect(m_access.get(), &RegionLists::accessRegionsChanged, this, &MatrixWindow::fillAccessRegions);
    connect(m_ui->originCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillNetworkTypes();
        loadAccessRegions();
    });
    connect(m_ui->ipVersionCombo, &QComboBox::currentIndexChanged, this, &MatrixWindow::loadAccessRegions);
    connect(m_ui->packageTypeCombo, &QComboBox::currentIndexChanged, this, &MatrixWindow::loadAccessRegions);
    connect(m_ui->networkTypeCombo, &QComboBox::currentIndexChanged, this, &MatrixWindow::updateButtons);
    connect(m_ui->accessList, &QListWidget::itemChanged, this, &MatrixWindow::fillValueLists);
    connect(m_ui->bandwidthList, &QListWidget::itemChanged, this, &MatrixWindow::updateButtons);
    connect(m_ui->concurrencyList, &QListWidget::itemChanged, this, &MatrixWindow::updateButtons);
    connect(m_ui->accessStateLabel, &QLabel::linkActivated, this,
            [this] { m_access->loadAccessRegions(m_access->accessQuery(), true); });
    connect(m_ui->startButton, &QPushButton::clicked, this, &MatrixWindow::start);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MatrixWindow::cancel);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &MatrixWindow::recheckFailed);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MatrixWindow::exportRequested);

    fillOrigins();
    if (m_origins->originRegions().isEmpty())
        m_origins->loadOriginRegions();
    showProgress();
    updateButtons();
}

void MatrixWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MatrixWindow::retranslate()
{
    m_ui->retranslateUi(this);
    CheckText::showPackageTypes(m_ui->packageTypeCombo);
    {
        const QSignalBlocker blocker(m_ui->originCombo); // the same choice, in other words
        fillOrigins();
    }
    fillAccessRegions();
    showProgress();
    if (m_run) {
        for (const MatrixCell &cell : m_run->cells()) {
            for (MatrixGrid *grid : std::as_const(m_grids))
                grid->setCell(cell);
        }
        showSummaries();
        if (!m_run->isRunning() && m_run->doneCount() > 0)
            m_ui->statusLabel->setText(finishedText());
    }
}

void MatrixWindow::reloadRegions()
{
    if (!(m_run && m_run->isRunning()) && !m_access->accessQuery().originRegion.isEmpty())
        m_access->loadAccessRegions(m_access->accessQuery(), true);
}

MatrixWindow::~MatrixWindow()
{
    if (m_run)
        m_run->disconnect(this);
    m_access->reset();
}

void MatrixWindow::setContext(const QString &profile, const Endpoint &endpoint)
{
    if (profile == m_profile && endpoint == m_endpoint)
        return;
    m_profile = profile;
    m_endpoint = endpoint;
    if (m_run && m_run->isRunning())
        m_run->cancel();
    m_access->reset();
    fillOrigins();
}

void MatrixWindow::showMessage(const QString &message)
{
    m_ui->statusLabel->setText(message);
}

void MatrixWindow::setPreferredOrigin(const QString &originRegion)
{
    if (originRegion.isEmpty() || (m_run && m_run->isRunning()))
        return;
    m_preferredOrigin = originRegion;
    if (const int row = m_ui->originCombo->findData(originRegion, DataRole);
        row >= 0 && row != m_ui->originCombo->currentIndex())
        m_ui->originCombo->setCurrentIndex(row); // loads its access regions
}

void MatrixWindow::fillOrigins()
{
    ComboItems::refillOrigins(m_ui->originCombo, m_origins->originRegions());
    ComboItems::choose(m_ui->originCombo, std::exchange(m_preferredOrigin, QString()));
    fillNetworkTypes();
    if (m_access->accessQuery().originRegion != ComboItems::value(m_ui->originCombo)
        || m_access->accessStatus().state == RegionLists::ListState::Failed
        || m_access->accessStatus().state == RegionLists::ListState::Empty)
        loadAccessRegions();
    updateButtons();
}

void MatrixWindow::fillNetworkTypes()
{
    ComboItems::refill(m_ui->networkTypeCombo,
                       CheckText::networkTypeItems(m_origins->originRegion(ComboItems::value(m_ui->originCombo))));
}

void MatrixWindow::loadAccessRegions()
{
    AccessRegionQuery query;
    query.originRegion = ComboItems::value(m_ui->originCombo);
    query.ipVersion = ComboItems::value(m_ui->ipVersionCombo);
    query.packageType = ComboItems::value(m_ui->packageTypeCombo);
    m_access->loadAccessRegions(query);
}

void MatrixWindow::fillAccessRegions()
{
    const RegionLists::ListStatus &status = m_access->accessStatus();
    QString state = CheckText::listState(status, QDateTime::currentDateTimeUtc());
    const QString failure = CheckText::listFailure(status, tr("The access regions could not be loaded."),
                                                   tr("The access regions could not be refreshed."));
    if (!failure.isEmpty())
        state = state.isEmpty() ? failure.toHtmlEscaped() : state + QStringLiteral("<br>") + failure.toHtmlEscaped();
    m_ui->accessStateLabel->setText(state);
    m_ui->accessStateLabel->setVisible(!state.isEmpty());

    QList<std::pair<QString, QVariant>> items;
    QHash<QString, QString> problems;
    for (const AccessRegionDetail &region : m_access->accessRegions()) {
        items.append({tr("%1 (%2)").arg(region.regionName, region.regionId), region.regionId});
        if (!region.isUsable())
            problems.insert(region.regionId, region.problem);
    }
    {
        const QSignalBlocker blocker(m_ui->accessList);
        refillChecks(m_ui->accessList, items, problems);
    }
    fillValueLists();
}

void MatrixWindow::fillValueLists()
{
    bool all = false;
    const QList<QVariant> chosen = checkedValues(m_ui->accessList, &all);
    QList<qint64> bandwidths;
    QList<qint64> concurrents;
    for (const AccessRegionDetail &region : m_access->accessRegions()) {
        if (!chosen.contains(QVariant(region.regionId)))
            continue;
        for (const qint64 value : region.bandwidthList)
            if (!bandwidths.contains(value))
                bandwidths.append(value);
        for (const qint64 value : region.concurrentList)
            if (!concurrents.contains(value))
                concurrents.append(value);
    }
    std::sort(bandwidths.begin(), bandwidths.end());
    std::sort(concurrents.begin(), concurrents.end());
    QList<std::pair<QString, QVariant>> bandwidthItems;
    for (const qint64 value : std::as_const(bandwidths))
        bandwidthItems.append({CheckText::bandwidth(value), QVariant(value)});
    QList<std::pair<QString, QVariant>> concurrentItems;
    for (const qint64 value : std::as_const(concurrents))
        concurrentItems.append({CheckText::concurrent(value), QVariant(value)});
    {
        const QSignalBlocker blockBandwidths(m_ui->bandwidthList);
        const QSignalBlocker blockConcurrents(m_ui->concurrencyList);
        refillChecks(m_ui->bandwidthList, bandwidthItems);
        refillChecks(m_ui->concurrencyList, concurrentItems);
    }
    updateButtons();
}

std::optional<MatrixRequest> MatrixWindow::request() const
{
    MatrixRequest request;
    request.originRegion = ComboItems::value(m_ui->originCombo);
    request.ipVersion = ComboItems::value(m_ui->ipVersionCombo);
    request.packageType = ComboItems::value(m_ui->packageTypeCombo);
    request.networkType = ComboItems::value(m_ui->networkTypeCombo);
    const AccessRegionQuery &query = m_access->accessQuery();
    if (request.originRegion.isEmpty() || request.networkType.isEmpty() || query.originRegion != request.originRegion
        || query.ipVersion != request.ipVersion || query.packageType != request.packageType)
        return std::nullopt;
    bool all = false;
    const QList<QVariant> access = checkedValues(m_ui->accessList, &all);
    for (const AccessRegionDetail &region : m_access->accessRegions()) {
        if (access.contains(QVariant(region.regionId)))
            request.accessRegions.append(region);
    }
    const QList<QVariant> bandwidths = checkedValues(m_ui->bandwidthList, &all);
    if (!all)
        request.bandwidths = numbers(bandwidths);
    const QList<QVariant> concurrents = checkedValues(m_ui->concurrencyList, &all);
    if (!all)
        request.concurrents = numbers(concurrents);
    if (request.accessRegions.isEmpty() || bandwidths.isEmpty() || concurrents.isEmpty())
        return std::nullopt;
    return request;
}

void MatrixWindow::clearGrids()
{
    qDeleteAll(m_grids);
    m_grids.clear();
}

void MatrixWindow::start()
{
    const std::optional<MatrixRequest> chosen = request();
    if (!chosen || (m_run && m_run->isRunning()))
        return;
    if (m_run) {
        m_run->disconnect(this);
        delete m_run;
    }
    clearGrids();
    m_run = new MatrixRun(m_api, *chosen, this);
    // One grid per access region, with the values its cells really use.
    for (const AccessRegionDetail &region : chosen->accessRegions) {
        const MatrixAxes axes = MatrixAxes::of(m_run->cells(), region.regionId);
        auto *grid = new MatrixGrid(region.regionId, tr("%1 (%2)").arg(region.regionName, region.regionId),
                                    axes.bandwidths, axes.concurrents, m_ui->gridContainer);
        m_ui->gridLayout->addWidget(grid);
        m_grids.append(grid);
    }
    connect(m_run, &MatrixRun::cellChanged, this, &MatrixWindow::cellChanged);
    connect(m_run, &MatrixRun::progress, this, &MatrixWindow::showProgress);
    connect(m_run, &MatrixRun::finished, this, &MatrixWindow::runFinished);
    m_ui->statusLabel->clear();
    m_run->start();
    showSummaries();
    showProgress();
    updateButtons();
}

void MatrixWindow::showSummaries()
{
    const QList<MatrixSummary> summaries = m_run->summaries();
    for (MatrixGrid *grid : std::as_const(m_grids)) {
        for (const MatrixSummary &summary : summaries)
            if (summary.accessRegion == grid->accessRegion())
                grid->setSummary(summary, m_run->isRunning());
    }
}

void MatrixWindow::cancel()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
}

void MatrixWindow::recheckFailed()
{
    if (!m_run)
        return;
    m_ui->statusLabel->clear();
    m_run->recheckFailed();
    showSummaries();
    showProgress();
    updateButtons();
}

void MatrixWindow::cellChanged(int index)
{
    const MatrixCell &cell = m_run->cells().at(index);
    for (MatrixGrid *grid : std::as_const(m_grids)) {
        if (grid->accessRegion() != cell.accessRegion)
            continue;
        grid->setCell(cell);
        if (cell.isDone()) {
            const QList<MatrixSummary> summaries = m_run->summaries();
            for (const MatrixSummary &summary : summaries)
                if (summary.accessRegion == cell.accessRegion)
                    grid->setSummary(summary, m_run->isRunning());
        }
    }
    if (cell.isDone() && m_history) {
        HistoryEntry entry = HistoryRecording::fromCell(m_run->request(), cell, m_profile, m_endpoint);
        if (m_history->record(entry))
            Q_EMIT historyRecorded();
    }
}

void MatrixWindow::showProgress()
{
    if (!m_run) {
        m_ui->progressLabel->setText(tr("Choose an origin and press Start."));
        return;
    }
    const int done = m_run->doneCount();
    const int total = m_run->totalCount();
    m_ui->progressBar->setRange(0, std::max(total, 1));
    m_ui->progressBar->setValue(done);
    QString text = tr("%1 / %2").arg(done).arg(total);
    if (const auto left = m_run->eta(); left && m_run->isRunning()) {
        const auto seconds = static_cast<qint64>(std::ceil(static_cast<double>(left->count()) / 1000.0));
        text = tr("%1 / %2 · about %3 s left").arg(done).arg(total).arg(seconds);
    }
    m_ui->progressLabel->setText(text);
    m_ui->progressBar->setAccessibleDescription(text);
    updateButtons();
}

void MatrixWindow::runFinished()
{
    showProgress();
    showSummaries(); // "so far" no more
    m_ui->statusLabel->setText(finishedText());
    updateButtons();
}

QString MatrixWindow::finishedText() const
{
    int errors = 0;
    for (const MatrixCell &cell : m_run->cells())
        errors += cell.state == MatrixCell::State::Error ? 1 : 0;
    if (m_run->wasCancelled())
        return tr("Cancelled: %1 of %n cell(s) checked; the others stay empty.", nullptr, m_run->totalCount())
            .arg(m_run->doneCount());
    if (errors > 0)
        return tr("Finished with %n failed cell(s): Re-check failed cells sends them again.", nullptr, errors);
    return tr("Finished: all %n cell(s) checked.", nullptr, m_run->totalCount());
}

void MatrixWindow::updateButtons()
{
    const bool running = m_run && m_run->isRunning();
    bool failed = false;
    if (m_run) {
        for (const MatrixCell &cell : m_run->cells())
            failed = failed || cell.state == MatrixCell::State::Error;
    }
    m_ui->startButton->setEnabled(!running && request().has_value());
    m_ui->cancelButton->setEnabled(running);
    m_ui->recheckButton->setEnabled(failed);
    m_ui->exportButton->setEnabled(hasCells());
}
