#include "ui/matrix/matrixgrid.h"

#include "ui/common/checktext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace {

// Light backgrounds with dark text, so a cell reads the same in light and dark palettes.
QColor background(MatrixCell::State state)
{
    switch (state) {
    case MatrixCell::State::CanCreate: return {0xc8, 0xe6, 0xc9};
    case MatrixCell::State::CannotCreate: return {0xff, 0xcd, 0xd2};
    case MatrixCell::State::Error: return {0xff, 0xe0, 0x82};
    case MatrixCell::State::Pending:
    case MatrixCell::State::Running: break;
    }
    return {0xee, 0xee, 0xee};
}

} // namespace

MatrixGrid::MatrixGrid(const QString &accessRegion, const QString &title, QList<qint64> bandwidths,
                       QList<qint64> concurrents, QWidget *parent)
    : QGroupBox(title, parent)
    , m_accessRegion(accessRegion)
    , m_bandwidths(std::move(bandwidths))
    , m_concurrents(std::move(concurrents))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(static_cast<int>(m_concurrents.size()), static_cast<int>(m_bandwidths.size()), this))
{
    setObjectName(QStringLiteral("grid_") + accessRegion);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_table->setObjectName(QStringLiteral("cellTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    retranslate();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            auto *item = new QTableWidgetItem(cellText(MatrixCell::State::Pending));
            item->setTextAlignment(Qt::AlignCenter);
            item->setForeground(QColor(Qt::black));
            item->setBackground(background(MatrixCell::State::Pending));
            m_table->setItem(row, column, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    const int height = m_table->horizontalHeader()->sizeHint().height() + m_table->verticalHeader()->length()
                       + 2 * m_table->frameWidth() + 2;
    m_table->setMinimumHeight(height);
    m_table->setMaximumHeight(height + 20);
    setSummary(MatrixSummary{accessRegion, 0, 0, 0, {}}, false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
}

MatrixGrid::~MatrixGrid() = default;

void MatrixGrid::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MatrixGrid::retranslate()
{
    m_summary->setAccessibleName(tr("Summary for %1").arg(title()));
    m_table->setAccessibleName(tr("Capacity of %1: rows concurrency, columns bandwidth").arg(title()));
    QStringList columns;
    for (const qint64 bandwidth : std::as_const(m_bandwidths))
        columns.append(CheckText::bandwidth(bandwidth));
    QStringList rows;
    for (const qint64 concurrent : std::as_const(m_concurrents))
        rows.append(CheckText::concurrent(concurrent));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels(rows);
}

void MatrixGrid::setCell(const MatrixCell &cell)
{
    const auto row = m_concurrents.indexOf(cell.concurrent);
    const auto column = m_bandwidths.indexOf(cell.bandwidth);
    if (cell.accessRegion != m_accessRegion || row < 0 || column < 0)
        return;
    QTableWidgetItem *item = m_table->item(static_cast<int>(row), static_cast<int>(column));
    item->setText(cellText(cell.state));
    item->setBackground(background(cell.state));
    item->setToolTip(cellToolTip(cell));
}

void MatrixGrid::setSummary(const MatrixSummary &summary, bool running)
{
    m_summary->setText(summaryText(summary, running));
}

QString MatrixGrid::cellText(MatrixCell::State state)
{
    switch (state) {
    case MatrixCell::State::Pending: return tr("· not yet");
    case MatrixCell::State::Running: return tr("… checking");
    case MatrixCell::State::CanCreate: return tr("✓ yes");
    case MatrixCell::State::CannotCreate: return tr("✗ no");
    case MatrixCell::State::Error: return tr("! error");
    }
    return {};
}

QString MatrixGrid::cellToolTip(const MatrixCell &cell)
{
    const QString what =
        tr("%1 · %2 · %3")
            .arg(cell.accessRegion, CheckText::bandwidth(cell.bandwidth), CheckText::concurrent(cell.concurrent));
    switch (cell.state) {
    case MatrixCell::State::CanCreate:
    case MatrixCell::State::CannotCreate:
        return tr("%1\n%2\nChecked at %3\nRequestId: %4")
            .arg(what, cell.state == MatrixCell::State::CanCreate ? tr("Can be created") : tr("Cannot be created"),
                 CheckText::localTime(cell.checkedAt), cell.requestId);
    case MatrixCell::State::Error: return tr("%1\n%2").arg(what, cell.error.describe());
    case MatrixCell::State::Pending:
    case MatrixCell::State::Running: break;
    }
    return what;
}

QString MatrixGrid::summaryText(const MatrixSummary &summary, bool running)
{
    const QString counts =
        tr("%1 yes, %2 no, %n error(s)", nullptr, summary.errors).arg(summary.canCreate).arg(summary.cannotCreate);
    if (summary.largest.size() == 1) {
        const auto [bandwidth, concurrent] = summary.largest.constFirst();
        return tr("Largest that can be created: %1 × %2 (%3)")
            .arg(CheckText::bandwidth(bandwidth), CheckText::concurrent(concurrent), counts);
    }
    if (!summary.largest.isEmpty()) {
        QStringList sizes;
        for (const auto &[bandwidth, concurrent] : summary.largest)
            sizes.append(tr("%1 × %2").arg(CheckText::bandwidth(bandwidth), CheckText::concurrent(concurrent)));
        return tr("Largest that can be created, none larger than another in both: %1 (%2)")
            .arg(sizes.join(QStringLiteral("; ")), counts);
    }
    if (summary.answered() == 0)
        return running ? tr("Checking…") : tr("Not checked yet");
    // Only failures: no answer from Tencent Cloud, so no verdict either way.
    if (summary.canCreate + summary.cannotCreate == 0)
        return running ? tr("No answer so far: %n check(s) failed", nullptr, summary.errors)
                       : tr("No answer: %n check(s) failed; see the cells, then Re-check failed cells", nullptr,
                            summary.errors);
    return running ? tr("None of the answers so far can be created (%1)").arg(counts)
                   : tr("None of the checked configurations can be created (%1)").arg(counts);
}
