#pragma once

#include "core/session/matrixrun.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QTableWidget;

// The cells of one access region: rows are concurrencies, columns bandwidths. Every cell says its
// answer in words and a sign ("✓ yes", "✗ no", "! error"), coloured as well but never by colour
// alone; its tooltip has the RequestId or the error's full description. Above the table, a summary:
// the largest configuration that can be created.
class MatrixGrid final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixGrid)

public:
    MatrixGrid(const QString &accessRegion, const QString &title, QList<qint64> bandwidths, QList<qint64> concurrents,
               QWidget *parent = nullptr);
    ~MatrixGrid() override;

    [[nodiscard]] QString accessRegion() const { return m_accessRegion; }
    void setCell(const MatrixCell &cell);
    // `running`: cells are still being checked (the heading says so, not "not checked").
    void setSummary(const MatrixSummary &summary, bool running);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }

    static QString cellText(MatrixCell::State state);
    static QString cellToolTip(const MatrixCell &cell);
    static QString summaryText(const MatrixSummary &summary, bool running);

protected:
    void changeEvent(QEvent *event) override; // a language change re-translates the headings and names

private:
    void retranslate();

    QString m_accessRegion;
    QList<qint64> m_bandwidths;
    QList<qint64> m_concurrents;
    QLabel *m_summary;
    QTableWidget *m_table;
};
