#!/usr/bin/env bash
# dev.sh picks the package names of the running system from os-release(5): checks its choice for each
# known system (with the quoting os-release allows) and its advice on an unknown one, through
# `dev.sh packages` with GAAP_OS_RELEASE pointing at a made-up os-release file.
set -uo pipefail

DEV_SH="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/packaging/dev.sh"
WORK="$(mktemp -d)"
trap 'rm -rf "${WORK}"' EXIT
failures=0
OUT=""
ERR=""
STATUS=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# packages_for <os-release text>: runs `dev.sh packages` for it; stdout in OUT, stderr in ERR, status in STATUS.
packages_for() {
    printf '%s\n' "$1" >"${WORK}/os-release"
    GAAP_OS_RELEASE="${WORK}/os-release" bash "${DEV_SH}" packages >"${WORK}/out" 2>"${WORK}/err"
    STATUS=$?
    OUT="$(cat "${WORK}/out")"
    ERR="$(cat "${WORK}/err")"
}

# expect_known <label> <os-release text> <clang runtime package> [packages it must not name...]
expect_known() {
    local label="$1" text="$2" runtime="$3" package
    shift 3
    packages_for "${text}"
    ((STATUS == 0)) || fail "${label}: exit status ${STATUS}"
    [[ -z "${ERR}" ]] || fail "${label}: unexpected message: ${ERR}"
    for package in "${runtime}" qt6-base-dev qtkeychain-qt6-dev gnome-keyring xvfb fonts-wqy-microhei lintian \
        clang-format-19; do
        grep -qx -- "${package}" <<<"${OUT}" || fail "${label}: ${package} missing from: ${OUT//$'\n'/ }"
    done
    for package in "$@"; do
        grep -qx -- "${package}" <<<"${OUT}" && fail "${label}: names ${package}, which is not for this system"
    done
    grep -q httpserver <<<"${OUT}" && fail "${label}: still asks for QtHttpServer"
    echo "ok: ${label} -> ${runtime} ($(wc -l <<<"${OUT}") packages)"
}

# expect_unknown <label> <os-release text> <text the advice must show>
expect_unknown() {
    packages_for "$2"
    ((STATUS == 0)) || fail "$1: exit status ${STATUS}"
    [[ -z "${OUT}" ]] || fail "$1: printed package names for an unknown system: ${OUT}"
    grep -qF -- "$3" <<<"${ERR}" || fail "$1: the advice does not show '$3': ${ERR}"
    grep -q "Qt 6.4 or later" <<<"${ERR}" || fail "$1: the advice does not say what to install: ${ERR}"
    grep -q "clang-format 19" <<<"${ERR}" || fail "$1: the advice does not name the formatter: ${ERR}"
    echo "ok: $1 -> advice only"
}

expect_known "Debian 12" $'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"' \
    libclang-rt-14-dev libclang-rt-19-dev libclang-rt-18-dev
expect_known "Debian 13" $'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nVERSION_ID="13"\nID=debian' \
    libclang-rt-19-dev libclang-rt-14-dev libclang-rt-18-dev
expect_known "Debian 13, single quotes" $'ID=\'debian\'\nVERSION_ID=\'13\'' libclang-rt-19-dev libclang-rt-14-dev
expect_known "Ubuntu 24.04" $'ID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\nPRETTY_NAME="Ubuntu 24.04.1 LTS"' \
    libclang-rt-18-dev libclang-rt-14-dev libclang-rt-19-dev

expect_unknown "Debian 11" $'PRETTY_NAME="Debian GNU/Linux 11 (bullseye)"\nID=debian\nVERSION_ID="11"' "bullseye"
expect_unknown "Fedora" $'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=41\nPRETTY_NAME="Fedora Linux 41 (Workstation Edition)"' \
    "Fedora Linux 41"
expect_unknown "Ubuntu 22.04" $'ID=ubuntu\nVERSION_ID="22.04"\nPRETTY_NAME="Ubuntu 22.04.5 LTS"' "Ubuntu 22.04.5 LTS"
expect_unknown "empty os-release" "" "not identified"

((failures == 0)) || {
    echo "${failures} check(s) failed"
    exit 1
}
echo "all dev.sh distribution checks passed"
