#pragma once

// HistoryStore, HistoryReader and ResultExport: recording, filters and export (tst_history.cpp); the history
// at scale, that is the indexes behind every filter, paging, the schema upgrade and the reading thread
// (tst_history_scale.cpp).
#include "core/history/historystore.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class tst_History final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recordsAndFilters();
    void schemaHoldsNoSecret();
    void damagedFileIsReported();
    void unwritableLocationIsReported();
    void lockedFileIsReported();
    void historyJsonRoundTrip();
    void historyCsvRoundTrip();
    void matrixExports();
    void malformedCsvIsRefused();
    void streamedExportIsTheWholeExport();
    void concurrentWritersLoseNothing();
    void killedWriterLeavesEveryRecordedEntry();
    void csvFieldsCannotRunFormulas_data();
    void csvFieldsCannotRunFormulas();
    void historyCsvNeutralisesFormulas();

    // tst_history_scale.cpp
    void filtersUseIndexes_data();
    void filtersUseIndexes();
    void pagesNeitherSkipNorRepeat_data();
    void pagesNeitherSkipNorRepeat();
    void schemaOneIsUpgraded();
    void newerSchemaIsRefused();
    void readerAnswersOnItsCallersThread();
    void exportWritesEveryMatchingEntry();

private:
    QList<HistoryEntry> sample() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};
