#include "ui/history/historywindow.h"

#include "ui/common/formconventions.h"
#include "ui/common/windowkeys.h"
#include "ui/history/historymodel.h"
#include "ui_historywindow.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <climits>

using namespace std::chrono_literals;

HistoryWindow::HistoryWindow(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryWindow>())
    , m_store(store)
    , m_model(new HistoryModel(this))
    , m_reloadTimer(new QTimer(this))
{
    Q_ASSERT(store);
    m_ui->setupUi(this);
    applyFormConventions(this); // helper buttons named, wheel and Alt+letter guarded
    closeOnEscape(this);
    setWindowFlag(Qt::Window);
    for (const HistoryFilter::Outcome outcome : {HistoryFilter::Outcome::Any, HistoryFilter::Outcome::CanCreate,
                                                 HistoryFilter::Outcome::CannotCreate, HistoryFilter::Outcome::Error})
        m_ui->outcomeCombo->addItem(QString(), static_cast<int>(outcome));
    const QDate today = QDate::currentDate();
    m_ui->sinceEdit->setDate(today.addDays(-7));
    m_ui->untilEdit->setDate(today);
    m_ui->historyView->setModel(m_model);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->verticalHeader()->hide();
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200ms);

    connect(m_reloadTimer, &QTimer::timeout, this, &HistoryWindow::reload);
    connect(m_ui->regionEdit, &QLineEdit::textChanged, this, &HistoryWindow::scheduleReload);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &HistoryWindow::reload);
    connect(m_ui->sinceCheck, &QCheckBox::toggled, m_ui->sinceEdit, &QWidget::setEnabled);
    connect(m_ui->untilCheck, &QCheckBox::toggled, m_ui->untilEdit, &QWidget::setEnabled);
    connect(m_ui->sinceCheck, &QCheckBox::toggled, this, &HistoryWindow::reload);
    connect(m_ui->untilCheck, &QCheckBox::toggled, this, &HistoryWindow::reload);
    connect(m_ui->sinceEdit, &QDateEdit::dateChanged, this, &HistoryWindow::reload);
    connect(m_ui->untilEdit, &QDateEdit::dateChanged, this, &HistoryWindow::reload);
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::updateButtons);
    connect(m_ui->historyView, &QAbstractItemView::activated, this, &HistoryWindow::rerunSelected);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &HistoryWindow::rerunSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &HistoryWindow::deleteSelected);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &HistoryWindow::clearAll);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryWindow::exportRequested);
    connect(m_model, &HistoryModel::matchingCountChanged, this, &HistoryWindow::showCount);
    connect(m_model, &HistoryModel::pageRead, this, &HistoryWindow::updateButtons);
    connect(m_model, &HistoryModel::readFailed, this, &HistoryWindow::showProblem);
    m_model->setDatabase(store->isAvailable() ? store->path() : QString());
    retranslate();
    reload();
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HistoryWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->regionEdit->setPlaceholderText(tr("origin or access region"));
    const QStringList outcomes{tr("Any"), tr("✓ Can be created"), tr("✗ Cannot be created"), tr("! Failed")};
    for (int row = 0; row < m_ui->outcomeCombo->count(); ++row)
        m_ui->outcomeCombo->setItemText(row, outcomes.value(row));
    if (!m_store->isAvailable())
        showProblem(unavailableText());
    showCount();
    m_model->retranslate();
}

QString HistoryWindow::unavailableText() const
{
    return tr("History is not available: %1 Checks still work; they are just not recorded.").arg(m_store->problem());
}

HistoryFilter HistoryWindow::filter() const
{
    HistoryFilter filter;
    filter.region = m_ui->regionEdit->text().trimmed();
    filter.outcome = static_cast<HistoryFilter::Outcome>(m_ui->outcomeCombo->currentData().toInt());
    if (m_ui->sinceCheck->isChecked())
        filter.since = m_ui->sinceEdit->date().startOfDay().toUTC();
    if (m_ui->untilCheck->isChecked())
        filter.until = m_ui->untilEdit->date().addDays(1).startOfDay().addMSecs(-1).toUTC();
    return filter;
}

void HistoryWindow::scheduleReload()
{
    m_reloadTimer->start();
}

void HistoryWindow::reload()
{
    m_reloadTimer->stop();
    const bool available = m_store->isAvailable();
    showProblem(available ? QString() : unavailableText());
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->regionEdit), static_cast<QWidget *>(m_ui->outcomeCombo),
                            static_cast<QWidget *>(m_ui->sinceCheck), static_cast<QWidget *>(m_ui->untilCheck),
                            static_cast<QWidget *>(m_ui->historyView)})
        widget->setEnabled(available);
    m_model->setFilter(filter());     // the first page and the count arrive later, read on another thread
    m_ui->historyView->scrollToTop(); // else a view scrolled down clamps to the new first page's end and reads on
    updateButtons();
}

void HistoryWindow::showProblem(const QString &problem)
{
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->problemLabel->setText(problem);
}

void HistoryWindow::showCount()
{
    const std::optional<qint64> matching = m_model->matchingCount();
    m_ui->countLabel->setText(
        matching ? tr("%Ln matching entry(s)", nullptr, static_cast<int>(qMin<qint64>(*matching, INT_MAX)))
                 : tr("Counting the matching entries…"));
    updateButtons();
}

QList<int> HistoryWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->historyView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void HistoryWindow::rerunSelected()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        Q_EMIT rerunRequested(m_model->entry(rows.first()).request);
}

void HistoryWindow::deleteSelected()
{
    QList<qint64> ids;
    for (const int row : selectedRows())
        ids.append(m_model->entry(row).id);
    if (ids.isEmpty())
        return;
    m_store->remove(ids);
    reload();
}

void HistoryWindow::clearAll()
{
    // Opened, not exec()'d: the app keeps running while the question is up.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear History"),
                                tr("Delete every recorded check? This cannot be undone."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("clearHistoryBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_store->clear();
        reload();
    });
    box->open();
}

void HistoryWindow::updateButtons()
{
    const bool available = m_store->isAvailable();
    const bool selected = available && !selectedRows().isEmpty();
    m_ui->rerunButton->setEnabled(selected);
    m_ui->deleteButton->setEnabled(selected);
    m_ui->clearButton->setEnabled(available);
    m_ui->exportButton->setEnabled(available && (m_model->rowCount() > 0 || m_model->matchingCount().value_or(0) > 0));
}
