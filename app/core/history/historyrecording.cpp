#include "core/history/historyrecording.h"

HistoryEntry HistoryRecording::fromCheck(const CheckOutcome &outcome, const QString &profile, const Endpoint &endpoint)
{
    HistoryEntry entry;
    entry.checkedAt = (outcome.sentAt.isValid() ? outcome.sentAt : QDateTime::currentDateTimeUtc()).toUTC();
    entry.profile = profile;
    entry.endpoint = endpoint.toString();
    entry.request = outcome.request;
    if (outcome.result) {
        entry.canCreate = outcome.result->canCreate;
        entry.requestId = outcome.result->requestId;
    } else {
        entry.errorCode = outcome.error.code();
        entry.requestId = outcome.error.requestId();
    }
    entry.source = QStringLiteral("check");
    return entry;
}

QList<HistoryEntry> HistoryRecording::fromWatch(const CheckRequest &request,
                                                const std::optional<Requirement> &requirement,
                                                const WatchAnswer &answer, const QString &profile,
                                                const Endpoint &endpoint)
{
    QList<HistoryEntry> entries;
    if (requirement) {
        for (const SearchCandidate &candidate : answer.candidates) {
            if (std::optional<HistoryEntry> entry = fromCandidate(*requirement, candidate, profile, endpoint)) {
                entry->source = QStringLiteral("watch");
                entries.append(*entry);
            }
        }
        return entries;
    }
    if (answer.error.refusedBeforeSending())
        return entries;
    HistoryEntry entry;
    entry.checkedAt = (answer.checkedAt.isValid() ? answer.checkedAt : QDateTime::currentDateTimeUtc()).toUTC();
    entry.profile = profile;
    entry.endpoint = endpoint.toString();
    entry.request = request;
    entry.requestId = answer.requestId;
    if (answer.state == WatchAnswer::State::Failed)
        entry.errorCode = answer.error.code();
    else
        entry.canCreate = answer.state == WatchAnswer::State::CanCreate;
    entry.source = QStringLiteral("watch");
    entries.append(entry);
    return entries;
}

std::optional<HistoryEntry> HistoryRecording::fromCandidate(const Requirement &requirement,
                                                            const SearchCandidate &candidate, const QString &profile,
                                                            const Endpoint &endpoint)
{
    const bool answered =
        candidate.state == SearchCandidate::State::CanCreate || candidate.state == SearchCandidate::State::CannotCreate;
    const bool failed = candidate.state == SearchCandidate::State::Failed && !candidate.error.refusedBeforeSending();
    if (!answered && !failed)
        return std::nullopt;
    HistoryEntry entry;
    entry.checkedAt = (candidate.checkedAt.isValid() ? candidate.checkedAt : QDateTime::currentDateTimeUtc()).toUTC();
    entry.profile = profile;
    entry.endpoint = endpoint.toString();
    entry.request = candidate.checkRequest(requirement);
    if (failed)
        entry.errorCode = candidate.error.code();
    else
        entry.canCreate = candidate.state == SearchCandidate::State::CanCreate;
    entry.requestId = candidate.requestId;
    entry.source = QStringLiteral("find");
    return entry;
}

HistoryEntry HistoryRecording::fromCell(const MatrixRequest &request, const MatrixCell &cell, const QString &profile,
                                        const Endpoint &endpoint)
{
    HistoryEntry entry;
    entry.checkedAt = (cell.checkedAt.isValid() ? cell.checkedAt : QDateTime::currentDateTimeUtc()).toUTC();
    entry.profile = profile;
    entry.endpoint = endpoint.toString();
    entry.request = request.checkFor(cell);
    if (cell.state == MatrixCell::State::Error)
        entry.errorCode = cell.error.code();
    else
        entry.canCreate = cell.state == MatrixCell::State::CanCreate;
    entry.requestId = cell.requestId;
    entry.source = QStringLiteral("matrix");
    return entry;
}
