#pragma once

#include "core/session/requirementsearch.h"

#include <QByteArray>
#include <QString>

// A requirement search's answer as data for scripts and spreadsheets: the field names are the API's (or plain
// English words), the same in every language, ranked best first.
namespace SearchExport {

// "can", "cannot", "not-offered", "error", "unusable" or "pending".
[[nodiscard]] QString resultWord(const SearchCandidate &candidate);
[[nodiscard]] QByteArray csv(const RequirementSearch &search);
// {"Requirement": {…}, "Results": [{"Rank": 1, "AccessRegion": …}, …]}
[[nodiscard]] QByteArray json(const RequirementSearch &search);

} // namespace SearchExport
