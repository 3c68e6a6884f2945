#!/usr/bin/env bash
# Takes the README's screenshots from the running app under Xvfb, against gaap-fake-server:
#   bash packaging/screenshots/take.sh [build-dir]      (default: build/release)
# Needs xvfb, xauth, xdotool and imagemagick (apt-get install xdotool imagemagick). The app runs with a
# throw-away settings directory and the fake server's demo key from the environment, so nothing of
# yours is read or written.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-${ROOT}/build/release}"
OUT="${ROOT}/packaging/screenshots"
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    [[ -z "${SERVER_PID}" ]] || kill "${SERVER_PID}" 2>/dev/null || true
    rm -rf "${WORK}"
}
trap cleanup EXIT

for tool in xvfb-run xdotool import; do
    command -v "${tool}" >/dev/null || { echo "take.sh: ${tool} is missing (apt-get install xvfb xauth xdotool imagemagick)" >&2; exit 1; }
done

"${BUILD}/tests/support/gaap-fake-server" >"${WORK}/url" &
SERVER_PID=$!
for _ in $(seq 100); do [[ -s "${WORK}/url" ]] && break; sleep 0.1; done
URL="$(head -n 1 "${WORK}/url")"
[[ "${URL}" == http://* ]] || { echo "take.sh: the fake server did not start" >&2; exit 1; }

export TENCENTCLOUD_SECRET_ID=AKIDfakeGaapCapacityCheck0000000001
export TENCENTCLOUD_SECRET_KEY=fakeSecretKeyForTheFakeGaapServer01
export XDG_CONFIG_HOME="${WORK}/config" XDG_CACHE_HOME="${WORK}/cache" XDG_DATA_HOME="${WORK}/data"
export GAAP_KEYCHAIN_SERVICE=gaap-capacity-check-screenshots
unset DBUS_SESSION_BUS_ADDRESS

# One screenshot: start the app in LANGUAGE, let it load, press KEYS (xdotool key names), grab the window.
shoot() {
    local language="$1" name="$2" keys="$3" title="${4:-}"
    xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
        "$1/app/gaap-capacity" --endpoint "$2" --language "$3" &
        app=$!
        for _ in $(seq 100); do window=$(xdotool search --name "GAAP Capacity Check" 2>/dev/null | head -n 1) && [[ -n "$window" ]] && break; sleep 0.1; done
        xdotool windowmove "$window" 0 0
        xdotool windowsize "$window" 900 820
        xdotool windowfocus --sync "$window" 2>/dev/null || true
        sleep 2 # the region lists arrive
        for key in $5; do xdotool key "$key"; sleep 0.4; done
        sleep 1.5 # the answer and the price arrive
        if [[ -n "$6" ]]; then # a tool window opened by the keys: that one is the picture
            tool=$(xdotool search --name "$6" 2>/dev/null | tail -n 1)
            xdotool windowmove "$tool" 0 0
            xdotool windowsize "$tool" 1100 560
            xdotool windowfocus --sync "$tool" 2>/dev/null || true
            for key in $7; do xdotool key "$key"; sleep 0.4; done
            sleep 2
            window="$tool"
        fi
        status=0
        [[ -n "$window" ]] && import -window "$window" "$4" || status=1
        kill $app
        exit "$status"
    ' shoot "${BUILD}" "${URL}" "${language}" "${OUT}/${name}.png" "${keys}" "${title}" "${TOOL_KEYS:-}" \
        || { echo "take.sh: could not take ${name}.png (the window did not appear, or import failed)" >&2; exit 1; }
    echo "take.sh: wrote ${OUT}/${name}.png"
}

# The keys that go from the loaded form to an answer (see the README's keyboard walkthrough).
CHECK_KEYS="${CHECK_KEYS:-alt+o Down alt+a Down alt+b Down alt+u Down alt+c}"
shoot en-US main-window-en "${CHECK_KEYS}"
shoot zh-CN main-window-zh "${CHECK_KEYS}"
# Tools > Find Capacity… from the checked form, searched at once (Alt+F).
TOOL_KEYS="alt+f" shoot en-US find-window-en "${CHECK_KEYS} ctrl+f" "Find Capacity"

# The dark palette (Settings > Settings… > Appearance: Dark), from the throw-away settings file.
SETTINGS_DIR="${XDG_CONFIG_HOME}/GAAP Capacity Check"
mkdir -p "${SETTINGS_DIR}"
printf '[preferences]\ncolour-scheme=dark\n' >"${SETTINGS_DIR}/gaap-capacity.conf"
shoot en-US main-window-dark "${CHECK_KEYS}"
