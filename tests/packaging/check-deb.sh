#!/usr/bin/env bash
# Builds the .deb with CPack and checks it the way a Debian user would meet it: lintian (no errors),
# the control fields, the installed desktop file and AppStream metainfo, and both executables run from
# the unpacked package (--version; the GUI on the offscreen platform).
# Usage: check-deb.sh <build dir> <project version> [cpack executable]   (run by CTest, label packaging)
set -euo pipefail

readonly BUILD_DIR="$1"
readonly VERSION="$2"
readonly CPACK="${3:-cpack}"
readonly APP_ID="io.github.gaap_capacity_check.GaapCapacity"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# check <description> <command...>: passes when the command succeeds.
check() {
    local what="$1"
    shift
    if "$@"; then pass "${what}"; else fail "${what}"; fi
}

for tool in lintian dpkg-deb desktop-file-validate appstreamcli; do
    command -v "${tool}" >/dev/null || { echo "FAIL: ${tool} is not installed (bash packaging/dev.sh deps)" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "${WORK}"' EXIT

# 1. Build the package into a temporary directory (the build tree stays clean).
"${CPACK}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK}/out" >"${WORK}/cpack.log" 2>&1 ||
    { cat "${WORK}/cpack.log" >&2; echo "FAIL: cpack -G DEB" >&2; exit 1; }
mapfile -t debs < <(find "${WORK}/out" -maxdepth 1 -name '*.deb')
((${#debs[@]} == 1)) || { cat "${WORK}/cpack.log" >&2; echo "FAIL: expected one .deb, found ${#debs[@]}" >&2; exit 1; }
readonly DEB="${debs[0]}"
arch="$(dpkg --print-architecture)"
check "file name $(basename "${DEB}") is gaap-capacity_${VERSION}_${arch}.deb" \
    test "$(basename "${DEB}")" = "gaap-capacity_${VERSION}_${arch}.deb"

# 2. lintian: errors fail the test, warnings and notes are only shown.
lintian --tag-display-limit 0 "${DEB}" >"${WORK}/lintian.log" 2>&1 || true
cat "${WORK}/lintian.log"
if grep -q '^E:' "${WORK}/lintian.log"; then
    fail "lintian reported errors"
else
    pass "lintian: no errors ($(grep -c '^W:' "${WORK}/lintian.log" || true) warnings)"
fi

# 3. Control fields.
depends="$(dpkg-deb -f "${DEB}" Depends)"
echo "Depends: ${depends}"
echo "Recommends: $(dpkg-deb -f "${DEB}" Recommends)"
for needed in qt6-qpa-plugins libsecret-1-0 libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libqt6widgets6 \
    libqt6keychain1; do
    check "Depends has ${needed}" grep -Eq "(^|, )${needed}( |,|$)" <<<"${depends}"
done
# Each dependency names a package of the distribution it was built on (Debian 13 renamed many libraries,
# libqt6core6 -> libqt6core6t64): at least one alternative of every group is known to this system's apt.
unknown=""
IFS=',' read -r -a groups <<<"${depends}"
for group in "${groups[@]}"; do
    known=0
    IFS='|' read -r -a alternatives <<<"${group}"
    for alternative in "${alternatives[@]}"; do
        name="$(sed -e 's/(.*)//' -e 's/[[:space:]]//g' <<<"${alternative}")"
        if apt-cache show --no-all-versions "${name}" >/dev/null 2>&1; then known=1; fi
    done
    ((known)) || unknown="${unknown}${group# } "
done
check "every dependency is a package of this distribution${unknown:+ (unknown: ${unknown})}" test -z "${unknown}"
check "Version $(dpkg-deb -f "${DEB}" Version) is ${VERSION}" test "$(dpkg-deb -f "${DEB}" Version)" = "${VERSION}"
check "Package is gaap-capacity" test "$(dpkg-deb -f "${DEB}" Package)" = gaap-capacity

# 4. Contents: the files of a desktop application, and nothing of the tests.
ROOT="${WORK}/root"
dpkg-deb -x "${DEB}" "${ROOT}"
for file in usr/bin/gaap-capacity usr/bin/gaap-capacity-cli \
    "usr/share/applications/${APP_ID}.desktop" "usr/share/metainfo/${APP_ID}.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg" "usr/share/icons/hicolor/48x48/apps/${APP_ID}.png" \
    usr/share/doc/gaap-capacity/copyright usr/share/doc/gaap-capacity/changelog.gz; do
    check "contains /${file}" test -f "${ROOT}/${file}"
done
unexpected="$(dpkg-deb -c "${DEB}" | grep -Ei 'fake|tst_|bench' || true)"
check "no test programs in the package ${unexpected}" test -z "${unexpected}"

# 5. Validators on the installed files.
check "desktop-file-validate" desktop-file-validate "${ROOT}/usr/share/applications/${APP_ID}.desktop"
check "appstreamcli validate --no-net" appstreamcli validate --no-net "${ROOT}/usr/share/metainfo/${APP_ID}.metainfo.xml"
check "metainfo has release ${VERSION}" \
    grep -q "<release version=\"${VERSION}\"" "${ROOT}/usr/share/metainfo/${APP_ID}.metainfo.xml"

# 6. The installed programs run from the package (system Qt, no RPATH into the build tree), in a
#    throw-away home so nothing of the user's is read or written.
mkdir -m 700 "${WORK}/home" "${WORK}/runtime"
run() { env -i PATH=/usr/bin:/bin HOME="${WORK}/home" XDG_RUNTIME_DIR="${WORK}/runtime" LC_ALL=C.UTF-8 "$@"; }
for program in gaap-capacity gaap-capacity-cli; do
    if readelf -d "${ROOT}/usr/bin/${program}" | grep -Eq 'R(UN)?PATH'; then
        fail "${program} has an RPATH"
    fi
done
cli_out="$(run "${ROOT}/usr/bin/gaap-capacity-cli" --version)" || fail "gaap-capacity-cli --version exited $?"
check "gaap-capacity-cli --version printed '${cli_out}'" test "${cli_out}" = "gaap-capacity-cli ${VERSION}"
gui_out="$(run QT_QPA_PLATFORM=offscreen "${ROOT}/usr/bin/gaap-capacity" --version)" ||
    fail "gaap-capacity --version exited $?"
check "gaap-capacity --version printed '${gui_out}'" test "${gui_out}" = "gaap-capacity ${VERSION}"

((failures == 0)) || { echo "${failures} check(s) failed" >&2; exit 1; }
echo "all package checks passed: $(basename "${DEB}")"
