#!/usr/bin/env bash
# Proves that packaging/check-format.sh catches what it is for, whatever the state of the real tree: copies
# .clang-format, app/ and ui/ to a temporary directory (a git clone of its own when git is there, as in a
# checkout), formats the copy with the pinned clang-format, expects the check to pass, plants badly formatted
# lines one at a time and expects it to fail naming the file and a fix command, then to pass again. Also: a
# clang-format of another major version is refused out loud, and under CI=true that fails.
#
#   bash tests/packaging/check-format-selftest.sh <source-root>
set -uo pipefail

CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/packaging/check-format.sh"
(($# == 1)) || {
    echo "usage: $0 <source-root>" >&2
    exit 2
}
SOURCE_ROOT="$(cd "$1" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "${WORK}"' EXIT
TREE="${WORK}/tree"
mkdir "${TREE}"
cp "${SOURCE_ROOT}/.clang-format" "${TREE}/"
cp -R "${SOURCE_ROOT}/app" "${SOURCE_ROOT}/ui" "${TREE}/"

failures=0
checks=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
indent() { sed "s/^/    /"; }

PINNED="$(sed -n 's/^# Pinned version: clang-format \([0-9][0-9]*\).*/\1/p' "${TREE}/.clang-format" | head -n 1)"
CF=""
for candidate in "clang-format-${PINNED}" clang-format; do
    if command -v "${candidate}" >/dev/null &&
        "${candidate}" --version | grep -q "clang-format version ${PINNED}\."; then
        CF="${candidate}"
        break
    fi
done
if [[ -z "${PINNED}" || -z "${CF}" ]]; then
    echo "FAIL: needs clang-format ${PINNED:-(no '# Pinned version' in .clang-format)}: install clang-format-${PINNED} (bash packaging/dev.sh deps)"
    exit 1
fi

# The copy, formatted (only the copy: the real tree is never touched).
find "${TREE}" -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 "${CF}" -i --style=file
if command -v git >/dev/null; then
    if ! { git -C "${TREE}" init -q && git -C "${TREE}" add -A; }; then
        fail "git init/add in the copy"
    fi
fi

# run [env...]: the check on the copy; output in OUT, status in STATUS.
run() {
    OUT="$(env "$@" bash "${CHECK}" "${TREE}" 2>&1)"
    STATUS=$?
}

run
if ((STATUS == 0)); then
    echo "ok: the formatted copy passes: ${OUT}"
else
    fail "the copy formatted with ${CF} does not pass (status ${STATUS}):"
    indent <<<"${OUT}"
    exit 1
fi

# plant <label> <file> <text>: appends a badly formatted <text> to <file> in the copy; the check must exit 1,
# name <file> at the appended line and print a fix command; without the plant it must pass again.
plant() {
    local label="$1" file="$2" text="$3" path="${TREE}/$2" line
    checks=$((checks + 1))
    cp "${path}" "${WORK}/saved"
    line=$(($(wc -l <"${path}") + 1))
    printf '%s\n' "${text}" >>"${path}"
    run
    if ((STATUS != 1)); then
        fail "${label}: exit status ${STATUS}, not 1:"
        indent <<<"${OUT}"
    elif ! grep -q "^  ${file}:${line}\( \|$\)" <<<"${OUT}" || ! grep -q "^check-format: fix: .* -i ${file}" <<<"${OUT}"; then
        fail "${label}: the output does not name ${file}:${line} and its fix:"
        indent <<<"${OUT}"
    else
        echo "ok: ${label}"
        indent <<<"${OUT}"
    fi
    cp "${WORK}/saved" "${path}"
    run
    ((STATUS == 0)) || {
        fail "${label}: the check does not pass again after the plant is removed (status ${STATUS}):"
        indent <<<"${OUT}"
    }
}

plant "a badly formatted line in a .cpp" app/core/api/endpoint.cpp 'int  gaapSelfTestBadlyFormatted( int x ){return x;}'
plant "a tab-indented line in a .h" ui/check/checkform.h $'namespace GaapSelfTest {\n\tinline int answer() { return 42; }\n}'
plant "includes out of order" app/cli/clitable.cpp $'#include <QString>\n#include <QByteArray>'

# Another major version: not checked, and it says so; under CI=true that is an error.
checks=$((checks + 1))
cat >"${WORK}/clang-format-other" <<'EOF'
#!/bin/sh
echo "Debian clang-format version 1.0.0"
EOF
chmod +x "${WORK}/clang-format-other"
run CLANG_FORMAT="${WORK}/clang-format-other" CI=
if ((STATUS == 0)) && grep -q "formatting NOT checked: .clang-format pins clang-format ${PINNED}" <<<"${OUT}"; then
    echo "ok: without clang-format ${PINNED} the check says it did not check"
    indent <<<"${OUT}"
else
    fail "without clang-format ${PINNED}: status ${STATUS}, expected 0 and 'formatting NOT checked':"
    indent <<<"${OUT}"
fi
checks=$((checks + 1))
run CLANG_FORMAT="${WORK}/clang-format-other" CI=true
if ((STATUS == 2)); then
    echo "ok: without clang-format ${PINNED} under CI=true the check fails (status 2)"
else
    fail "without clang-format ${PINNED} under CI=true: status ${STATUS}, expected 2:"
    indent <<<"${OUT}"
fi

if ((failures > 0)); then
    echo "${failures} of ${checks} formatting self-checks failed"
    exit 1
fi
echo "all ${checks} formatting self-checks passed"
