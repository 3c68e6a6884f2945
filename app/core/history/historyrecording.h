#pragma once

#include "core/api/endpoint.h"
#include "core/history/historystore.h"
#include "core/session/capacitywatch.h"
#include "core/session/checksession.h"
#include "core/session/matrixrun.h"
#include "core/session/requirementsearch.h"

#include <QString>

#include <optional>

// What a single check or one matrix cell writes into the history: the parameters, the profile's
// name and the endpoint URL, the outcome and its RequestId. Never a secret.
namespace HistoryRecording {

[[nodiscard]] HistoryEntry fromCheck(const CheckOutcome &outcome, const QString &profile, const Endpoint &endpoint);
[[nodiscard]] HistoryEntry fromCell(const MatrixRequest &request, const MatrixCell &cell, const QString &profile,
                                    const Endpoint &endpoint);
// The checks of one answer of a watch (source "watch"): of its connection (`request`), or of every access region
// its search (`requirement`) checked; none for a check refused before it was sent.
[[nodiscard]] QList<HistoryEntry> fromWatch(const CheckRequest &request, const std::optional<Requirement> &requirement,
                                            const WatchAnswer &answer, const QString &profile,
                                            const Endpoint &endpoint);
// A check of a requirement search (source "find"); nullopt for a candidate that was not checked, or whose check
// was refused before it was sent.
[[nodiscard]] std::optional<HistoryEntry> fromCandidate(const Requirement &requirement,
                                                        const SearchCandidate &candidate, const QString &profile,
                                                        const Endpoint &endpoint);

} // namespace HistoryRecording
