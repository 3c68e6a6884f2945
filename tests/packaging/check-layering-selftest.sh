#!/usr/bin/env bash
# Proves that tests/packaging/check-layering.sh catches what it is for: copies app/ and ui/ to a temporary
# directory, checks that the copy passes, then plants one violation at a time (a GUI header or GUI link in
# core, an include against the layer order, a bare or relative include, an include cycle, ...) and expects
# the checker to fail with that rule at that line, and to pass again once the plant is removed.
#
#   bash tests/packaging/check-layering-selftest.sh <source-root> [<qt-include-dir>...]
set -uo pipefail

CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/check-layering.sh"
(($# >= 1)) || {
    echo "usage: $0 <source-root> [<qt-include-dir>...]" >&2
    exit 2
}
SOURCE_ROOT="$(cd "$1" && pwd)"
shift
QT_DIRS=("$@")

WORK="$(mktemp -d)"
trap 'rm -rf "${WORK}"' EXIT
TREE="${WORK}/tree"
mkdir "${TREE}"
cp -R "${SOURCE_ROOT}/app" "${SOURCE_ROOT}/ui" "${TREE}/"
# A link graph as CMake writes it (tests/CMakeLists.txt), without and with a GUI library.
printf '%s\n' gaapcore "gaapcore > Qt6::Core" "gaapcore > Qt6::Network" "gaapcore > Qt6Keychain::Qt6Keychain" \
    "gaapcore > Qt6Keychain::Qt6Keychain > Qt6::DBus" >"${WORK}/links-clean"
{ cat "${WORK}/links-clean"; echo "gaapcore > Qt6Keychain::Qt6Keychain > Qt6::Gui"; } >"${WORK}/links-gui"

failures=0
checks=0
indent() { sed "s/^/    /"; }
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# check [--core-links file]: runs the checker on the copy; output (without its summary lines) in OUT, status in STATUS.
check() {
    bash "${CHECK}" "$@" "${TREE}" "${QT_DIRS[@]}" >"${WORK}/out" 2>&1
    STATUS=$?
    grep -v '^check-layering: ' "${WORK}/out" >"${WORK}/violations" || true
}

check --core-links "${WORK}/links-clean"
BASELINE_STATUS=${STATUS}
cp "${WORK}/violations" "${WORK}/baseline"
if ((STATUS == 0)); then
    echo "ok: the copy of app/ and ui/ passes: $(grep '^check-layering: ok' "${WORK}/out")"
elif ((STATUS == 1)); then
    fail "the copy of app/ and ui/ is not clean (the plants below are checked against these):"
    indent <"${WORK}/out"
else
    fail "the checker failed (status ${STATUS}):"
    indent <"${WORK}/out"
    exit 1
fi

# expect_caught <label> <rule> <file:line> [checker options]: the checker fails, every new violation is of
# <rule>, one of them at <file:line>.
expect_caught() {
    local label="$1" rule="$2" where="$3" new
    shift 3
    checks=$((checks + 1))
    check "$@"
    new="$(grep -vxF -f "${WORK}/baseline" "${WORK}/violations" || true)"
    if ((STATUS != 1)); then
        fail "${label}: the checker exited with ${STATUS}, not 1:"
        indent <"${WORK}/out"
    elif ! grep -q "^${where}: ${rule}: " <<<"${new}"; then
        fail "${label}: no '${where}: ${rule}: ...' among the new violations:"
        indent <<<"${new:-(none)}"
    elif grep -v "^[^:]*:[0-9]*: ${rule}: " <<<"${new}" | grep -q .; then
        fail "${label}: violations of other rules than ${rule}:"
        indent <<<"${new}"
    else
        echo "ok: ${label}"
        grep "^${where}: ${rule}: " <<<"${new}" | sed 's/^/      /'
    fi
}

# expect_baseline <label> [checker options]: the checker says what it said about the unchanged copy.
expect_baseline() {
    local label="$1"
    shift
    check "$@"
    if ((STATUS != BASELINE_STATUS)) || ! cmp -s "${WORK}/baseline" "${WORK}/violations"; then
        fail "${label}: the checker does not give its first verdict again (status ${STATUS}):"
        indent <"${WORK}/out"
        return 1
    fi
}

# plant <label> <rule> <file> <text> [<line>]: inserts <text> (one or more lines) before line <line> (default
# 2; "end" appends; a new file gets it as its content) and expects the checker to report <rule> at the first
# inserted line; then restores the file and expects the first verdict again.
plant() {
    local label="$1" rule="$2" file="$3" text="$4" at="${5:-2}" path="${TREE}/$3" existed=1 line
    if [[ -f "${path}" ]]; then
        cp "${path}" "${WORK}/saved"
    else
        existed=0
        mkdir -p "$(dirname "${path}")"
        : >"${path}"
    fi
    if [[ "${at}" == end || ! -s "${path}" ]]; then
        line=$(($(wc -l <"${path}") + 1))
    else
        line="${at}"
    fi
    PLANT="${text}" awk -v at="${line}" 'NR == at { print ENVIRON["PLANT"] } { print } END { if (NR < at) print ENVIRON["PLANT"] }' \
        "${path}" >"${WORK}/planted"
    cat "${WORK}/planted" >"${path}"
    expect_caught "${label}" "${rule}" "${file}:${line}" --core-links "${WORK}/links-clean"
    if ((existed)); then
        cp "${WORK}/saved" "${path}"
    else
        rm -f "${path}"
        rmdir -p "$(dirname "${path}")" 2>/dev/null || true
    fi
    expect_baseline "${label} (removed)" --core-links "${WORK}/links-clean"
}

# plant_ignored <label> <file> <text>: inserts <text> as plant does and expects no new violation.
plant_ignored() {
    local label="$1" file="$2" text="$3" path="${TREE}/$2"
    checks=$((checks + 1))
    cp "${path}" "${WORK}/saved"
    PLANT="${text}" awk 'NR == 2 { print ENVIRON["PLANT"] } { print }' "${WORK}/saved" >"${path}"
    expect_baseline "${label}" --core-links "${WORK}/links-clean" && echo "ok: ${label}"
    cp "${WORK}/saved" "${path}"
}

# Rule 1: no GUI header in core (any spelling) or the CLI, no GUI library linked by gaapcore.
plant "core/api includes <QtWidgets/QWidget>" core-no-gui app/core/api/endpoint.h '#include <QtWidgets/QWidget>'
plant "core/gaap includes <qpushbutton.h>" core-no-gui app/core/gaap/gaaptypes.cpp '#include <qpushbutton.h>'
plant "core/common includes <QtGui> (a module header)" core-no-gui app/core/common/logging.cpp '#include <QtGui>'
plant "core/session includes <QIcon>" core-no-gui app/core/session/checksession.h '#include <QIcon>'
plant "core/history includes <QtGui/qcolor.h>" core-no-gui app/core/history/historystore.cpp '#  include <QtGui/qcolor.h>'
plant "core/settings includes <QCLIPBOARD> (case-insensitive)" core-no-gui app/core/settings/preferences.cpp \
    '#include <QCLIPBOARD>'
plant "the CLI includes <QGuiApplication>" core-no-gui app/cli/main.cpp '#include <QGuiApplication>'
plant 'core includes a Designer form header, "ui_checkform.h"' core-no-gui app/core/session/regioncache.cpp \
    '#include "ui_checkform.h"'
plant "app/core/CMakeLists.txt links Qt6::Widgets" core-no-gui app/core/CMakeLists.txt \
    'target_link_libraries(gaapcore PRIVATE Qt6::Widgets)' end
checks=$((checks + 1))
expect_caught "gaapcore reaches Qt6::Gui through another library (link graph)" core-no-gui \
    "app/core/CMakeLists.txt:[0-9]*" --core-links "${WORK}/links-gui"
expect_baseline "link graph without Qt6::Gui" --core-links "${WORK}/links-clean"

# Rule 2: the direction of includes.
plant "core/api includes core/session (a higher layer)" layer-direction app/core/api/apiclient.cpp \
    '#include "core/session/checksession.h"'
plant "core/common includes core/api (a higher layer)" layer-direction app/core/common/secretstring.h \
    '#include "core/api/endpoint.h"'
plant "core includes ui" layer-direction app/core/history/resultexport.cpp '#include "ui/common/checktext.h"'
plant "core includes the CLI" layer-direction app/core/session/matrixrun.cpp '#include "cli/clitable.h"'
plant "the CLI includes ui" layer-direction app/cli/clirunner.cpp '#include "ui/mainwindow.h"'
plant "the GUI main includes the CLI" layer-direction app/main.cpp '#include "cli/clirunner.h"'
plant "ui includes the CLI" layer-direction ui/mainwindow.cpp '#include "cli/clitable.h"'
plant "ui/matrix includes ui/check (another area)" layer-direction ui/matrix/matrixgrid.cpp \
    '#include "ui/check/checkform.h"'
plant "ui/common includes ui/history (an area)" layer-direction ui/common/checktext.cpp \
    '#include "ui/history/historymodel.h"'
plant "ui/settings includes ui/mainwindow.h" layer-direction ui/settings/settingsdialog.h '#include "ui/mainwindow.h"'
plant "a Designer form in ui/check promotes a ui/matrix widget" layer-direction ui/check/checkform.ui \
    ' <customwidgets><customwidget><class>MatrixGrid</class><extends>QWidget</extends><header>ui/matrix/matrixgrid.h</header></customwidget></customwidgets>'
plant "ui includes the test support" layer-direction ui/check/checkpage.cpp '#include "support/fakegaapserver.h"'
plant "core includes the test support" layer-direction app/core/credentials/profilemanager.cpp \
    '#include "support/memorycredentialstore.h"'

# Rule 3: the spelling of project includes.
plant 'a bare "apiclient.h"' layer-path app/core/api/apicall.cpp '#include "apiclient.h"'
plant 'a bare "checkform.h" in ui' layer-path ui/check/checkpage.cpp '#include "checkform.h"'
plant 'a relative "../api/endpoint.h"' layer-path app/core/gaap/gaaptypes.h '#include "../api/endpoint.h"'
plant "a project header in <...>" layer-path app/cli/clitable.cpp '#include <core/api/apierror.h>'
plant 'a header that does not exist, "core/api/nosuchheader.h"' layer-path app/core/api/apicall.cpp \
    '#include "core/api/nosuchheader.h"'
plant 'a path from the repository root, "app/core/api/endpoint.h"' layer-path app/cli/clireport.cpp \
    '#include "app/core/api/endpoint.h"'
plant "a file in an unknown core layer" layer-path app/core/network/proxy.h '#pragma once' 1
plant 'a quoted library header, "QString"' layer-path app/core/api/endpoint.cpp '#include "QString"'

# Rule 4: no include cycle (apiresult.h already includes apierror.h).
plant "a two-header cycle" include-cycle app/core/api/apierror.h '#include "core/api/apiresult.h"'
plant "a header that includes itself" include-cycle app/core/api/endpoint.h '#include "core/api/endpoint.h"'

# Not violations: a commented-out include, a generated form header and a moc file.
plant_ignored "an include inside a /* */ comment is ignored" app/core/api/apiclient.cpp \
    $'/*\n#include <QtWidgets/QWidget>\n#include "core/session/checksession.h"\n*/'
plant_ignored "a // comment is ignored" app/core/api/apiclient.cpp '// #include <QWidget>'
plant_ignored '"ui_*.h" and "*.moc" are allowed by bare name' ui/check/checkpage.cpp \
    $'#include "ui_checkpage.h"\n#include "checkpage.moc"'

if ((failures > 0)); then
    echo "${failures} of ${checks} layering self-checks failed"
    exit 1
fi
echo "all ${checks} layering self-checks passed: every planted violation was caught with its rule, and nothing else"
