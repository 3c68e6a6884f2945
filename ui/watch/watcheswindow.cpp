#include "ui/watch/watcheswindow.h"

#include "core/session/watchlist.h"
#include "ui/common/checktext.h"
#include "ui/common/formconventions.h"
#include "ui/common/windowkeys.h"
#include "ui_watcheswindow.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTimer>

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int AnswerColumn = 3;
constexpr int NextCheckColumn = 4;

// "SouthChina → Hongkong · 10 Mbps · 2 × 10,000", or for a search "SouthChina → any access region · at least …".
QString watchedText(const WatchEntry &entry)
{
    if (const std::optional<Requirement> &r = entry.requirement)
        return WatchesWindow::tr("%1 → any access region · at least %2 · at least %3")
            .arg(r->originRegion, CheckText::bandwidth(r->minBandwidth), CheckText::concurrent(r->minConcurrent));
    const CheckRequest &r = entry.request;
    return WatchesWindow::tr("%1 → %2 · %3 · %4")
        .arg(r.originRegion, r.accessRegion, CheckText::bandwidth(r.bandwidth), CheckText::concurrent(r.concurrent));
}

QString answerText(const WatchEntry &entry)
{
    if (!entry.last)
        return WatchesWindow::tr("not checked yet");
    QString verdict;
    QStringList regions;
    for (const CheckRequest &c : entry.last->creatable)
        regions.append(c.accessRegion);
    switch (entry.last->state) {
    case WatchAnswer::State::CanCreate:
        verdict = entry.isSearch()
                      ? WatchesWindow::tr("✓ can be created in %1").arg(regions.join(WatchesWindow::tr(", ")))
                      : WatchesWindow::tr("✓ can be created");
        break;
    case WatchAnswer::State::CannotCreate:
        verdict = entry.isSearch() ? WatchesWindow::tr("✗ no access region can serve this")
                                   : WatchesWindow::tr("✗ cannot be created");
        break;
    case WatchAnswer::State::Failed:
        verdict = WatchesWindow::tr("! check failed (%1)").arg(entry.last->error.code());
        break;
    }
    return WatchesWindow::tr("%1 at %2").arg(verdict, CheckText::localTime(entry.last->checkedAt));
}

// The answer, and for a search the configuration checked in each access region that can serve it, one a line.
QString answerDetails(const WatchEntry &entry)
{
    QStringList lines{answerText(entry)};
    if (entry.isSearch() && entry.last) {
        for (const CheckRequest &c : entry.last->creatable)
            lines.append(
                WatchesWindow::tr("%1: %2 × %3")
                    .arg(c.accessRegion, CheckText::bandwidth(c.bandwidth), CheckText::concurrent(c.concurrent)));
    }
    return lines.join(u'\n');
}

} // namespace

WatchesWindow::WatchesWindow(WatchList *watches, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WatchesWindow>())
    , m_watches(watches)
    , m_clock(new QTimer(this))
{
    m_ui->setupUi(this);
    applyFormConventions(this);
    closeOnEscape(this);
    setWindowFlag(Qt::Window);
    m_ui->watchTable->setColumnCount(5);
    m_ui->watchTable->verticalHeader()->hide();
    m_ui->watchTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->watchTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_watches, &WatchList::listChanged, this, &WatchesWindow::refill);
    connect(m_ui->watchTable, &QTableWidget::itemSelectionChanged, this, &WatchesWindow::selectionChanged);
    connect(m_ui->openButton, &QPushButton::clicked, this, &WatchesWindow::openSelected);
    connect(m_ui->watchTable, &QTableWidget::itemActivated, this, &WatchesWindow::openSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            m_watches->remove(id);
    });
    connect(m_ui->intervalSpin, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (const QString id = selectedId(); !id.isEmpty())
            m_watches->setInterval(id, std::chrono::minutes(minutes));
    });
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &WatchesWindow::showNextChecks);
    m_clock->start();
    refill();
}

WatchesWindow::~WatchesWindow() = default;

void WatchesWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refill();
    }
}

void WatchesWindow::refill()
{
    const QString selected = selectedId();
    const QSignalBlocker blocker(m_ui->watchTable);
    QTableWidget *table = m_ui->watchTable;
    table->setHorizontalHeaderLabels(
        {tr("Connection"), tr("Profile"), tr("Every"), tr("Last answer"), tr("Next check")});
    const QList<WatchEntry> &entries = m_watches->entries();
    table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const WatchEntry &e = entries.at(row);
        const QStringList cells{watchedText(e), e.profile,
                                tr("%n min", nullptr, static_cast<int>(std::max<qint64>(1, e.interval.count() / 60))),
                                answerText(e), nextCheckText(e)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, e.id);
            item->setToolTip(column == AnswerColumn ? answerDetails(e) : cells.at(column)); // long texts are cut
            table->setItem(row, column, item);
        }
        if (e.id == selected)
            table->selectRow(row);
    }
    selectionChanged();
}

QString WatchesWindow::nextCheckText(const WatchEntry &entry) const
{
    if (!m_watches->isRunning(entry.id))
        return tr("waits: profile %1 is not in use").arg(entry.profile);
    if (const QDateTime due = m_watches->nextCheckAt(entry.id); due.isValid())
        return tr("in %n s", nullptr,
                  static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(due))));
    return tr("checking…");
}

void WatchesWindow::showNextChecks()
{
    const QList<WatchEntry> &entries = m_watches->entries();
    for (int row = 0; row < m_ui->watchTable->rowCount() && row < entries.size(); ++row) {
        if (QTableWidgetItem *item = m_ui->watchTable->item(row, NextCheckColumn))
            item->setText(nextCheckText(entries.at(row)));
    }
}

QString WatchesWindow::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_ui->watchTable->selectedItems();
    return items.isEmpty() ? QString() : items.constFirst()->data(IdRole).toString();
}

void WatchesWindow::select(const QString &id)
{
    for (int row = 0; row < m_ui->watchTable->rowCount(); ++row) {
        if (m_ui->watchTable->item(row, 0)->data(IdRole).toString() == id)
            m_ui->watchTable->selectRow(row);
    }
}

void WatchesWindow::selectionChanged()
{
    const WatchEntry *e = m_watches->entry(selectedId());
    m_ui->removeButton->setEnabled(e != nullptr);
    m_ui->intervalSpin->setEnabled(e != nullptr);
    m_ui->openButton->setEnabled(e != nullptr);
    m_ui->openButton->setText(e && e->isSearch() ? tr("&Open in Find Capacity") : tr("&Open in the main window"));
    if (e) {
        const QSignalBlocker blocker(m_ui->intervalSpin);
        m_ui->intervalSpin->setValue(static_cast<int>(std::max<qint64>(1, e->interval.count() / 60)));
    }
}

void WatchesWindow::openSelected()
{
    const WatchEntry *e = m_watches->entry(selectedId());
    if (!e)
        return;
    if (e->requirement)
        Q_EMIT searchRequested(*e->requirement);
    else
        Q_EMIT checkRequested(e->request);
}
