#!/usr/bin/env bash
# The C++ formatting: `clang-format --dry-run --Werror` with the root .clang-format on every tracked .cpp and .h
# (git ls-files; without git or outside a clone, every .cpp and .h below the root except build*/ and .git/).
# Prints the files that differ and a one-line command that fixes them; exits 1 when any differ.
#
#   bash packaging/check-format.sh [<source-root>]      (default: this checkout)
#
# Only the clang-format major version .clang-format pins ("# Pinned version: clang-format N") checks: other
# versions format some lines differently, so their verdict would be noise. The script uses clang-format-N, or
# clang-format when that is version N, or only $CLANG_FORMAT when that is set. When it finds none it says so
# and does not check (exit 0), except under CI=true, where that is an error (exit 2).
# `bash packaging/dev.sh deps` installs clang-format-N.
set -euo pipefail

ROOT="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}" && pwd -P)"
readonly ROOT
# Files never checked: generated or third-party code, if any ever lands in the tree (extended regex on the path).
readonly EXCLUDE='^(build[^/]*|third_party|3rdparty|external)/'

note() { echo "check-format: $*"; }
die() {
    echo "check-format: $*" >&2
    exit 2
}

[[ -f "${ROOT}/.clang-format" ]] || die "no .clang-format in ${ROOT}"
PINNED="$(sed -n 's/^# Pinned version: clang-format \([0-9][0-9]*\).*/\1/p' "${ROOT}/.clang-format" | head -n 1)"
[[ -n "${PINNED}" ]] || die "${ROOT}/.clang-format names no '# Pinned version: clang-format N'"

major_of() { "$1" --version 2>/dev/null | sed -n 's/.*clang-format version \([0-9][0-9]*\)\..*/\1/p' | head -n 1; }

# The pinned clang-format, or nothing.
find_clang_format() {
    local candidate
    local candidates=("clang-format-${PINNED}" clang-format)
    [[ -z "${CLANG_FORMAT:-}" ]] || candidates=("${CLANG_FORMAT}")
    for candidate in "${candidates[@]}"; do
        command -v "${candidate}" >/dev/null || continue
        if [[ "$(major_of "${candidate}")" == "${PINNED}" ]]; then
            echo "${candidate}"
            return 0
        fi
    done
    return 0
}

CF="$(find_clang_format)"
if [[ -z "${CF}" ]]; then
    found=""
    candidate="${CLANG_FORMAT:-clang-format}"
    command -v "${candidate}" >/dev/null && found="${candidate} of version $(major_of "${candidate}")"
    message="formatting NOT checked: .clang-format pins clang-format ${PINNED} (other versions format some lines differently) and this system has ${found:-no clang-format}; install clang-format-${PINNED} (bash packaging/dev.sh deps)"
    if [[ "${CI:-}" == true ]]; then
        die "${message}"
    fi
    note "${message}"
    exit 0
fi
VERSION="$("${CF}" --version | sed -n 's/.*clang-format version \([0-9.]*\).*/\1/p' | head -n 1)"

cd "${ROOT}"
FILES=()
if command -v git >/dev/null && [[ "$(git rev-parse --show-toplevel 2>/dev/null || true)" == "${ROOT}" ]]; then
    source_of_list="tracked"
    LIST_ALL="git ls-files -z -- '*.cpp' '*.h'"
    while IFS= read -r -d '' file; do
        [[ -f "${file}" ]] && FILES+=("${file}") # a deleted but still tracked file is not checked
    done < <(git ls-files -z -- '*.cpp' '*.h' | grep -zEv "${EXCLUDE}" || true)
else
    source_of_list="found (no git clone)"
    LIST_ALL="find . -type d \\( -name .git -o -name 'build*' \\) -prune -o -type f \\( -name '*.cpp' -o -name '*.h' \\) -print0"
    while IFS= read -r -d '' file; do
        FILES+=("${file#./}")
    done < <(find . -type d \( -name .git -o -name 'build*' \) -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print0 |
        sort -z | sed -z 's|^\./||' | grep -zEv "${EXCLUDE}" || true)
fi
((${#FILES[@]} > 0)) || die "no .cpp or .h files in ${ROOT}"

# One run over all files; each place that differs is reported as "file:line:col: error: code should be
# clang-formatted [-Wclang-format-violations]".
REPORT="$(mktemp)"
trap 'rm -f "${REPORT}"' EXIT
status=0
printf '%s\0' "${FILES[@]}" | xargs -0 "${CF}" --dry-run --Werror --style=file >/dev/null 2>"${REPORT}" || status=$?
mapfile -t PLACES < <(sed -n 's/^\(.*\):\([0-9][0-9]*\):[0-9][0-9]*: \(error\|warning\): code should be clang-formatted.*/\1:\2/p' "${REPORT}")
if ((status != 0 && ${#PLACES[@]} == 0)); then
    cat "${REPORT}" >&2
    die "${CF} failed (status ${status}) without naming a file that differs"
fi
if ((${#PLACES[@]} == 0)); then
    note "ok: ${#FILES[@]} ${source_of_list} .cpp/.h files match clang-format ${VERSION} with .clang-format"
    exit 0
fi

# file -> first place and count, in the order clang-format reported them.
declare -A first count
ORDER=()
for place in "${PLACES[@]}"; do
    file="${place%:*}"
    if [[ -z "${count[${file}]:-}" ]]; then
        ORDER+=("${file}")
        first[${file}]="${place}"
        count[${file}]=0
    fi
    count[${file}]=$((count[${file}] + 1))
done
note "${#ORDER[@]} of ${#FILES[@]} ${source_of_list} .cpp/.h files are not formatted as clang-format ${VERSION} formats them with .clang-format:"
for file in "${ORDER[@]}"; do
    more=$((count[${file}] - 1))
    if ((more > 0)); then
        echo "  ${first[${file}]} (and ${more} more place$( ((more == 1)) || echo s))"
    else
        echo "  ${first[${file}]}"
    fi
done
if ((${#ORDER[@]} <= 12)); then
    note "fix: (cd ${ROOT} && ${CF} -i ${ORDER[*]})"
else
    note "fix: (cd ${ROOT} && ${LIST_ALL} | xargs -0 ${CF} -i)"
fi
exit 1
