#!/usr/bin/env bash
# Every benchmark, one command; prints the figures (not a pass/fail test). Takes several minutes once built (the history benchmark alone a few).
#   bash tests/bench/run-all.sh [build-dir]      (default: build/release; configured with the release
#                                                 preset and the benchmark targets built when needed)
# Figures: Tc3Signer::sign cost per request; CheckSession::check() round trip against the in-process fake
# server; one-shot `gaap-capacity-cli check` wall time and peak memory (10 runs); matrix pacing against
# the 20 requests/s ceiling; three matrices at once on one key (the shared budget); GUI cold start (the real
# gaap-capacity, offscreen) to a window populated from the region cache, and its peak memory (10 runs); a history
# of 1,000,000 entries: each filter, the History window (offscreen), typing a region into it, recording a check
# and exporting it all (5 runs, cold and warm).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-${ROOT}/build/release}"
if [[ ! -f "${BUILD}/CMakeCache.txt" ]]; then
    [[ $# -eq 0 ]] || { echo "run-all.sh: ${BUILD} is not a CMake build directory" >&2; exit 1; }
    (cd "${ROOT}" && cmake --preset release)
fi
grep -q '^CMAKE_BUILD_TYPE:STRING=Debug' "${BUILD}/CMakeCache.txt" \
    && echo "run-all.sh: note: ${BUILD} is a Debug build; the README's figures are from build/release" >&2
cmake --build "${BUILD}" --target bench_sign bench_check bench_matrix bench_find bench_budget bench_gui_start bench_history \
    gaap-capacity-cli gaap-fake-server
BUILD="$(cd "${BUILD}" && pwd)"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

echo "== $(nproc) cores, $(uname -m), build ${BUILD}, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
"${BUILD}/tests/bench/bench_sign" 100000
echo "== CheckSession::check() against the in-process fake server"
"${BUILD}/tests/bench/bench_check" 30
echo "== one-shot gaap-capacity-cli check against gaap-fake-server"
bash "${ROOT}/tests/bench/bench_cli.sh" "${BUILD}" 10
echo "== matrix pacing against the fake server's 20 requests/s ceiling"
"${BUILD}/tests/bench/bench_matrix"
echo "== find: every origin with at least 8 access regions, against 1.2 x (requests / 20 per action) s"
"${BUILD}/tests/bench/bench_find"
echo "== three matrices at once on one key (the budget processes share), then a fourth with its own"
"${BUILD}/tests/bench/bench_budget"
echo "== GUI cold start (gaap-capacity, offscreen) to a window populated from the region cache"
"${BUILD}/tests/bench/bench_gui_start" 10
echo "== history of 1,000,000 entries: filters, the History window, typing a region, recording, export"
"${BUILD}/tests/bench/bench_history" 1000000 5
