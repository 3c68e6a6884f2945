#pragma once

#include "core/api/endpoint.h"
#include "core/history/historystore.h"
#include "core/session/checksession.h"
#include "core/session/matrixrun.h"

#include <QString>

// What a single check or one matrix cell writes into the history: the parameters, the profile's
// name and the endpoint URL, the outcome and its RequestId. Never a secret.
namespace HistoryRecording {

[[nodiscard]] HistoryEntry fromCheck(const CheckOutcome &outcome, const QString &profile, const Endpoint &endpoint);
[[nodiscard]] HistoryEntry fromCell(const MatrixRequest &request, const MatrixCell &cell, const QString &profile,
                                    const Endpoint &endpoint);

} // namespace HistoryRecording
