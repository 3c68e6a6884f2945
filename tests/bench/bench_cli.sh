#!/usr/bin/env bash
# One-shot `gaap-capacity-cli check` against gaap-fake-server: wall time and peak memory (max RSS,
# /usr/bin/time -v) over N runs (default 10), median and worst. Prints figures; not a pass/fail test.
#   bash tests/bench/bench_cli.sh [build-dir] [runs]     (build-dir default: build/release)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$(cd "${1:-${ROOT}/build/release}" && pwd)"
RUNS="${2:-10}"
CLI="${BUILD}/app/cli/gaap-capacity-cli"
SERVER="${BUILD}/tests/support/gaap-fake-server"
[[ -x "${CLI}" && -x "${SERVER}" ]] || { echo "bench_cli.sh: build ${BUILD} first (needs the CLI and the fake server)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench_cli.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() { [[ -z "${SERVER_PID}" ]] || kill "${SERVER_PID}" 2>/dev/null || true; rm -rf "${WORK}"; }
trap cleanup EXIT
"${SERVER}" >"${WORK}/url" &
SERVER_PID=$!
for _ in $(seq 100); do [[ -s "${WORK}/url" ]] && break; sleep 0.1; done
URL="$(head -n 1 "${WORK}/url")"
[[ "${URL}" == http://* ]] || { echo "bench_cli.sh: the fake server printed no URL" >&2; exit 1; }

# The CLI's settings, caches and history go to a throw-away home; credentials come from the environment.
export XDG_CONFIG_HOME="${WORK}/config" XDG_DATA_HOME="${WORK}/data" XDG_CACHE_HOME="${WORK}/cache"
export TENCENTCLOUD_SECRET_ID=AKIDfakeGaapCapacityCheck0000000001
export TENCENTCLOUD_SECRET_KEY=fakeSecretKeyForTheFakeGaapServer01
export LC_ALL=C.UTF-8
: >"${WORK}/times"
for i in $(seq "${RUNS}"); do
    /usr/bin/time -v -o "${WORK}/time.${i}" "${CLI}" check --endpoint "${URL}" --origin-region SouthChina \
        --access-region Hongkong --bandwidth 10 --concurrent 2 >"${WORK}/out" 2>&1 \
        || { cat "${WORK}/out" >&2; echo "bench_cli.sh: the check failed" >&2; exit 1; }
    wall="$(sed -n 's/.*Elapsed (wall clock) time.*: \([0-9:.]*\)$/\1/p' "${WORK}/time.${i}" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.0f", s * 1000 }')"
    rss="$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\)$/\1/p' "${WORK}/time.${i}")"
    echo "${wall} ${rss}" >>"${WORK}/times"
done
# Median and worst of each column (sort -n; mawk has no asort).
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
worst() { sort -n | tail -n 1; }
wall_median="$(cut -d' ' -f1 "${WORK}/times" | median)"
wall_worst="$(cut -d' ' -f1 "${WORK}/times" | worst)"
rss_median="$(cut -d' ' -f2 "${WORK}/times" | median)"
rss_worst="$(cut -d' ' -f2 "${WORK}/times" | worst)"
awk -v r="${RUNS}" -v wm="${wall_median}" -v ww="${wall_worst}" -v rm="${rss_median}" -v rw="${rss_worst}" 'BEGIN {
    printf "cli check: %d runs, wall median %.0f ms (max %.0f ms), max RSS median %.1f MiB (max %.1f MiB)\n",
        r, wm, ww, rm / 1024, rw / 1024 }'
