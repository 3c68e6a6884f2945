#!/usr/bin/env bash
# Developer entry point for GAAP Capacity Check on Debian 12 and 13 and Ubuntu 24.04: install dependencies,
# build, run, test, demo.
# Works from any directory; run without arguments for the list of commands.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly XVFB_SERVER_ARGS="-screen 0 1280x800x24"
# The fake server's demo key pair (test-only strings, accepted by nothing but tests/support).
readonly DEMO_SECRET_ID="AKIDfakeGaapCapacityCheck0000000001"
readonly DEMO_SECRET_KEY="fakeSecretKeyForTheFakeGaapServer01"
TEMP_DIR=""        # removed on exit
FAKE_SERVER_PID="" # stopped on exit

# What the build, the app and the tests need, by Debian package name. Debian 12, Debian 13 and Ubuntu 24.04
# share these names; what differs between them is in distro_packages below.
COMMON_PACKAGES=(
    # Compiler and build tools
    cmake ninja-build g++
    # Qt 6 development: Widgets/Network/Sql/Test, Linguist (lupdate/lrelease), QtKeychain
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
    # Runtime plugins: SQLite driver (history), SVG icons, Qt's own translations of standard dialogs
    libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n
    # Headless runs and tests: virtual X display, private D-Bus session, Secret Service keyring
    xvfb xauth dbus-daemon dbus-bin gnome-keyring libsecret-1-0
    # Fonts: Latin plus CJK (without a CJK font, Chinese text renders as boxes)
    fonts-dejavu-core fonts-wqy-microhei
    # Fuzzing (dev.sh fuzz, and the CI smoke run): clang; its libFuzzer runtime is in distro_packages
    clang
    # Benchmarks (tests/bench/run-all.sh): /usr/bin/time -v for the peak memory
    time
    # Formatting check (packaging/check-format.sh, run by `test`): the clang-format version .clang-format pins;
    # Debian 12 and 13 both ship 19.1.7 under this name (Debian 12's plain clang-format is 14, which formats
    # some lines differently)
    clang-format-19
    # TLS root certificates for the real Tencent Cloud endpoints
    ca-certificates
    # Packaging test (ctest -L packaging): cpack -G DEB needs dpkg-dev (dpkg-shlibdeps), then lintian and
    # the desktop-file and AppStream validators check the .deb
    lintian desktop-file-utils appstream dpkg-dev
)

# The systems whose package names this script knows; each is tested (see the README).
readonly KNOWN_SYSTEMS="Debian 12 (bookworm), Debian 13 (trixie), Ubuntu 24.04 (noble)"

# Prints "debian-12", "debian-13", "ubuntu-24.04" or "other" for the running system, from os-release(5)
# (GAAP_OS_RELEASE names another file, for trying this script's choices).
distro_id() {
    local file id="" version=""
    file="$(os_release_file)"
    if [[ -r "${file}" ]]; then
        id="$(os_release_field ID "${file}")"
        version="$(os_release_field VERSION_ID "${file}")"
    fi
    case "${id}-${version}" in
        debian-12 | debian-13 | ubuntu-24.04) echo "${id}-${version}" ;;
        *) echo other ;;
    esac
}

# The os-release file to read: GAAP_OS_RELEASE, /etc/os-release, or /usr/lib/os-release when /etc has none.
os_release_file() {
    local file="${GAAP_OS_RELEASE:-/etc/os-release}"
    [[ -r "${file}" || -n "${GAAP_OS_RELEASE:-}" ]] || file=/usr/lib/os-release
    echo "${file}"
}

# One field of an os-release file, without its quotes.
os_release_field() {
    local value
    value="$(sed -n "s/^$1=//p" "$2" | head -n 1)"
    value="${value#[\"\']}"
    echo "${value%[\"\']}"
}

# The packages for this system; nothing for an unknown one.
distro_packages() {
    local clang_runtime
    case "$(distro_id)" in
        debian-12) clang_runtime=libclang-rt-14-dev ;;    # clang 14
        debian-13) clang_runtime=libclang-rt-19-dev ;;    # clang 19
        ubuntu-24.04) clang_runtime=libclang-rt-18-dev ;; # clang 18
        *) return 0 ;;
    esac
    printf '%s\n' "${COMMON_PACKAGES[@]}" "${clang_runtime}"
}

# On a system whose package names are unknown: what to install, in words, before the build is tried.
explain_unknown_system() {
    local file name=""
    file="$(os_release_file)"
    [[ -r "${file}" ]] && name="$(os_release_field PRETTY_NAME "${file}")"
    cat >&2 <<EOF
dev.sh: dev.sh knows the package names of ${KNOWN_SYSTEMS};
        this system is ${name:-not identified by /etc/os-release}, so nothing is installed. Install:
  - CMake 3.25 or later, Ninja, a C++17 compiler (GCC 12 or later, or Clang 14 or later)
  - Qt 6.4 or later: Core, Gui, Widgets, Network, Sql with the SQLite driver, Svg, Test, DBus, the
    Linguist tools (lupdate, lrelease) and Qt's own translations
  - QtKeychain for Qt 6 (0.13 or later) and libsecret
  - for the tests: Xvfb and xauth, dbus-daemon (dbus-run-session), gnome-keyring, a CJK font
    (WenQuanYi Micro Hei or Noto CJK)
  - for fuzzing: clang with its libFuzzer runtime; benchmarks: GNU time; the .deb check: dpkg-dev,
    lintian, desktop-file-utils, appstream; the formatting check: clang-format 19
  On Debian 13 these are the packages: ${COMMON_PACKAGES[*]} libclang-rt-19-dev
EOF
}

usage() {
    cat <<'EOF'
Usage: bash packaging/dev.sh <command> [arguments]

  deps            install missing Debian packages (skips apt when nothing is missing)
  packages        print the packages this system needs, one per line (on an unknown system: what to
                  install, in words, on stderr)
  build [preset]  configure and build a preset into build/<preset> (default: dev)
  run [args...]   build the app (release preset) and start it with the given arguments
  test [--with-asan] [args...]
                  build the ci preset and run ctest (extra arguments go to ctest) in a private
                  D-Bus session with a throw-away unlocked keyring. With --with-asan, or when
                  CI=true, it also builds the asan preset (ASan + UBSan) and runs
                  `ctest --preset asan -LE packaging` in the same session, and (CI=true only)
                  a fuzz smoke run (see fuzz); several minutes more. Then the formatting check
                  (packaging/check-format.sh, clang-format 19); either failing fails the command
  fuzz [seconds]  build the fuzz preset (clang, libFuzzer + ASan + UBSan) and run every fuzz target
                  for the given time each (default 10); fails on a crash
  demo [args...]  build the app, the CLI and the fake GAAP server (release preset), start the fake
                  server and the app against it
  help            show this text

Presets: dev, release, ci, asan, fuzz (CMakePresets.json). Without DISPLAY or WAYLAND_DISPLAY,
run and demo start the app on a virtual display (xvfb-run).
EOF
}

die() { echo "dev.sh: $*" >&2; exit 1; }
note() { echo "dev.sh: $*" >&2; }

as_root() {
    if [[ ${EUID} -eq 0 ]]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "need root (or sudo) to run: $*"; fi
}

missing_packages() {
    local package
    for package in $(distro_packages); do
        [[ "$(dpkg-query -W -f='${Status}' "${package}" 2>/dev/null)" == "install ok installed" ]] || echo "${package}"
    done
}

install_deps() {
    local missing
    if [[ "$(distro_id)" == other ]]; then
        explain_unknown_system
        note "trying the build anyway"
        return 0
    fi
    mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) && return 0
    note "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

cleanup() {
    if [[ -n "${FAKE_SERVER_PID}" ]]; then
        kill "${FAKE_SERVER_PID}" 2>/dev/null || true
        wait "${FAKE_SERVER_PID}" 2>/dev/null || true
    fi
    [[ -z "${TEMP_DIR}" ]] || rm -rf "${TEMP_DIR}"
}

make_temp_dir() {
    TEMP_DIR="$(mktemp -d)"
    trap cleanup EXIT
}

# cmake --build --preset and ctest --preset read CMakePresets.json from the working directory.
in_root() { (cd "${ROOT}" && "$@"); }

# build_preset <preset> [target...]: configures, then builds the given targets (default: all of the preset).
build_preset() {
    local preset="$1"
    shift
    in_root cmake --preset "${preset}"
    if (($# > 0)); then
        in_root cmake --build --preset "${preset}" --target "$@"
    else
        in_root cmake --build --preset "${preset}"
    fi
}

# Runs a GUI program; on a machine without a display, on a virtual one.
run_gui() {
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        note "no DISPLAY or WAYLAND_DISPLAY: the window is on a virtual display (Xvfb) you cannot see"
        xvfb-run -a -s "${XVFB_SERVER_ARGS}" "$@"
    else
        "$@"
    fi
}

# Fresh XDG directories, a private bus and an unlocked throw-away keyring: tests never touch the
# user's configuration or keyring. With a DISPLAY a keyring prompt could open where nobody sees it
# and hang the keychain job forever, so tests run without one (they use the offscreen platform).
cmd_test() {
    local with_asan=0
    if [[ "${1:-}" == --with-asan ]]; then
        with_asan=1
        shift
    fi
    [[ "${CI:-}" != true ]] || with_asan=1
    build_preset ci
    ((with_asan == 0)) || build_preset asan
    make_temp_dir
    mkdir -m 700 "${TEMP_DIR}"/{data,config,cache,runtime}
    export XDG_DATA_HOME="${TEMP_DIR}/data" XDG_CONFIG_HOME="${TEMP_DIR}/config"
    export XDG_CACHE_HOME="${TEMP_DIR}/cache" XDG_RUNTIME_DIR="${TEMP_DIR}/runtime"
    unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DBUS_SESSION_BUS_ADDRESS # no prompt, no KWallet
    # dbus-run-session exits with ctest's status. The formatting check runs after the tests whatever they
    # said, so that neither hides the other; the command fails with the tests' status, else the check's.
    local status=0 format_status=0
    GAAP_TEST_ASAN="${with_asan}" dbus-run-session -- bash "${ROOT}/packaging/dev.sh" _session-ctest "$@" || status=$?
    bash "${ROOT}/packaging/check-format.sh" || format_status=$?
    ((status != 0)) || status=${format_status}
    ((status == 0)) || exit "${status}"
    # CI: a bounded libFuzzer smoke run (15 s per target; about 2 min with the clang build).
    [[ "${CI:-}" != true ]] || cmd_fuzz 15
}

# Runs inside cmd_test's private D-Bus session.
session_ctest() {
    printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    local keyring_pid status=0
    keyring_pid="$(secret_service_pid)"
    in_root ctest --preset ci "$@" || status=$?
    # The asan preset sets ASAN_OPTIONS (detect_leaks=0) itself. The packaging test is left out: it
    # repeats cpack on a sanitized build and checks nothing the ci run has not checked.
    if [[ "${GAAP_TEST_ASAN:-0}" == 1 ]]; then
        note "sanitizer run: ctest --preset asan -LE packaging"
        in_root ctest --preset asan -LE packaging "$@" || status=$?
    fi
    kill "${keyring_pid}" 2>/dev/null || true
    return "${status}"
}

# gnome-keyring-daemon returns before it owns org.freedesktop.secrets. Until it does, tests can miss
# it, and if the bus ends first it never exits. Waits (at most 5 s) and prints the owner's process id.
secret_service_pid() {
    local reply tries=0
    until reply="$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null)"; do
        ((tries++ < 100)) || die "gnome-keyring-daemon did not provide the Secret Service within 5 s"
        sleep 0.05
    done
    echo "${reply##* }"
}

# Builds the fuzz preset and runs every libFuzzer target for $1 seconds (default 10), starting from its
# seed corpus (tests/fuzz/corpus/<target>, only read) plus what earlier runs found (build/fuzz/corpus/,
# where new inputs go). Fails on the first crash, sanitizer report or timeout; the input that caused it
# is left in build/fuzz/artifacts/ and the run's log in build/fuzz/<target>.log.
readonly FUZZ_TARGETS=(fuzz_apienvelope fuzz_gaapparser fuzz_cliparser)
cmd_fuzz() {
    local seconds="${1:-10}" target corpus log
    [[ "${seconds}" =~ ^[0-9]+$ ]] || die "fuzz: seconds must be a whole number, not '${seconds}'"
    build_preset fuzz
    mkdir -p "${ROOT}/build/fuzz/artifacts"
    for target in "${FUZZ_TARGETS[@]}"; do
        corpus="${ROOT}/build/fuzz/corpus/${target#fuzz_}"
        mkdir -p "${corpus}"
        note "fuzzing ${target} for ${seconds} s"
        log="${ROOT}/build/fuzz/${target}.log"
        if ! ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
            QT_LOGGING_RULES="*.debug=false;*.warning=false" \
            "${ROOT}/build/fuzz/tests/fuzz/${target}" -max_total_time="${seconds}" -timeout=10 \
            -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
            -artifact_prefix="${ROOT}/build/fuzz/artifacts/${target}-" \
            "${corpus}" "${ROOT}/tests/fuzz/corpus/${target#fuzz_}" >"${log}" 2>&1; then
            tail -n 60 "${log}" >&2
            die "${target} crashed or failed (full log: ${log}; input: build/fuzz/artifacts/)"
        fi
        grep -E '^(#[0-9]+ +DONE|stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb))' "${log}" >&2 || true
        note "${target}: corpus $(find "${corpus}" -type f | wc -l) files, 0 crashes"
    done
    note "fuzz: no crash in ${#FUZZ_TARGETS[@]} targets x ${seconds} s"
}

# Starts the fake server in the background; sets FAKE_SERVER_PID and FAKE_SERVER_URL.
start_fake_server() {
    local url_file="${TEMP_DIR}/url" tries=0
    "${ROOT}/build/release/tests/support/gaap-fake-server" >"${url_file}" &
    FAKE_SERVER_PID=$!
    until [[ "$(wc -l <"${url_file}")" -ge 1 ]]; do
        kill -0 "${FAKE_SERVER_PID}" 2>/dev/null || die "the fake GAAP server exited before printing its URL"
        ((tries++ < 100)) || die "the fake GAAP server printed no URL within 10 s"
        sleep 0.1
    done
    FAKE_SERVER_URL="$(head -n 1 "${url_file}")"
    [[ "${FAKE_SERVER_URL}" == http://* ]] || die "unexpected first line from the fake GAAP server: ${FAKE_SERVER_URL}"
}

cmd_demo() {
    build_preset release gaap-capacity gaap-capacity-cli gaap-fake-server
    make_temp_dir
    start_fake_server
    note "fake GAAP server: ${FAKE_SERVER_URL} (stopped when the app exits)"
    note "build/release/app/cli/gaap-capacity-cli can be pointed at ${FAKE_SERVER_URL} too (same demo key pair)"
    export TENCENTCLOUD_SECRET_ID="${DEMO_SECRET_ID}" TENCENTCLOUD_SECRET_KEY="${DEMO_SECRET_KEY}"
    run_gui "${ROOT}/build/release/app/gaap-capacity" --endpoint "${FAKE_SERVER_URL}" "$@"
}

main() {
    local command="${1:-help}"
    (($# > 0)) && shift
    case "${command}" in
        deps) install_deps ;;
        packages) if [[ "$(distro_id)" == other ]]; then explain_unknown_system; else distro_packages; fi ;;
        build) install_deps; build_preset "${1:-dev}" ;;
        run) install_deps; build_preset release gaap-capacity; run_gui "${ROOT}/build/release/app/gaap-capacity" "$@" ;;
        test) install_deps; cmd_test "$@" ;;
        demo) install_deps; cmd_demo "$@" ;;
        fuzz) install_deps; cmd_fuzz "$@" ;;
        _session-ctest) session_ctest "$@" ;; # internal: see cmd_test
        help | -h | --help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
