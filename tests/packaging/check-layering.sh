#!/usr/bin/env bash
# The layering of the product code (app/ and ui/, every .h, .cpp and .h.in, and the headers Designer
# forms (.ui) make their generated ui_*.h include), checked from the #include lines:
#
#   bash tests/packaging/check-layering.sh [--core-links <file>] <source-root> [<qt-include-dir>...]
#
# Rules (one line per violation, "file:line: rule: explanation", then a summary; exit 1 on any):
#   core-no-gui      app/core (and app/cli, a QCoreApplication program) includes no GUI or widget header in
#                    any spelling: <QWidget>, <QtWidgets/QWidget>, <QtWidgets>, <qwidget.h>, <QtGui/...>,
#                    <QIcon>, ... The names come from the installed Qt include directories of QtGui,
#                    QtWidgets and the other GUI modules, case-insensitively. gaapcore links no GUI module:
#                    app/core/CMakeLists.txt names none, and with --core-links (the link graph CMake writes at
#                    configure time, see tests/CMakeLists.txt) none is reached through another library.
#   layer-direction  core layers, lowest first: common api gaap settings credentials session history; a core
#                    file includes "core/<L>/..." only for L at or below its own layer, and nothing of ui/,
#                    cli/ or the tests. app/cli includes core (and cli), never ui. app/main.cpp includes core
#                    and ui. ui includes core and ui, never cli; a ui area (common check matrix find history watch
#                    settings) includes only its own area and ui/common; only ui/mainwindow.* includes
#                    several areas. No product file includes "support/..." or a test header.
#   layer-path       every project include is spelled with its layer path, in quotes: "core/...", "cli/...",
#                    "ui/..." (include roots: app/ for core and cli, the repository root for ui), and names a
#                    header that exists. A quoted include without a slash is only for files generated next to
#                    the source (ui_*.h, *.moc, moc_*.cpp). No "../", no <core/...>.
#   include-cycle    no cycle of includes between project headers (the cycle is printed).
#
# <qt-include-dir>: Qt's include root (e.g. /usr/include/x86_64-linux-gnu/qt6) or a module's directory
# (.../qt6/QtGui, .../QtGui.framework/Headers); a ;-separated list is split. Without one, the script asks
# qtpaths6/qmake6 or looks in /usr/include/*/qt6. Plain bash, coreutils, find, sort and awk (mawk is enough).
# `#include MACRO(...)` lines are out of scope.
set -euo pipefail

readonly CORE_LAYERS="common api gaap settings credentials session history"
readonly UI_AREAS="common check matrix find history settings watch"
# Qt modules whose headers core must not include (those installed are used), and the modules whose header
# names are subtracted from that list (a name both have is not a GUI name).
readonly GUI_MODULES="QtGui QtWidgets QtOpenGL QtOpenGLWidgets QtPrintSupport QtSvg QtSvgWidgets QtQuick
    QtQuickWidgets QtQuickControls2 QtUiTools QtUiPlugin QtDesigner QtMultimediaWidgets QtWebEngineWidgets
    QtCharts QtDataVisualization QtWaylandClient QtXcbQpa QtGuiPrivate QtWidgetsPrivate"
readonly NON_GUI_MODULES="QtCore QtNetwork QtSql QtDBus QtConcurrent QtXml QtTest QtCore5Compat"
# The link check: CMake target names of the GUI modules (Qt6::Gui, Qt::Widgets, Qt6::GuiPrivate, ...).
# shellcheck disable=SC2016 # ${...} is CMake's, not the shell's: Qt${QT_VERSION_MAJOR}::Widgets
readonly GUI_LINK_REGEX='Qt[A-Za-z0-9_${}]*::(Gui|Widgets|OpenGL|PrintSupport|Svg|Quick|UiTools|UiPlugin|Designer|MultimediaWidgets|WebEngineWidgets|Charts|DataVisualization)|(^|[^A-Za-z0-9_])(-l|lib)Qt[0-9]*(Gui|Widgets|OpenGL|PrintSupport|Svg)([^A-Za-z]|$)'

die() {
    echo "check-layering: $*" >&2
    exit 2
}

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
}

CORE_LINKS=""
while (($# > 0)); do
    case "$1" in
        --core-links)
            (($# >= 2)) || die "--core-links needs a file"
            CORE_LINKS="$2"
            shift 2
            ;;
        -h | --help) usage; exit 0 ;;
        --) shift; break ;;
        -*) usage >&2; die "unknown option '$1'" ;;
        *) break ;;
    esac
done
(($# >= 1)) || { usage >&2; die "name the source root"; }
SOURCE_ROOT="$(cd "$1" && pwd)" || die "no such directory: $1"
shift
[[ -d "${SOURCE_ROOT}/app" || -d "${SOURCE_ROOT}/ui" ]] || die "${SOURCE_ROOT} has neither app/ nor ui/"
if [[ -n "${CORE_LINKS}" && ! -r "${CORE_LINKS}" ]]; then
    die "--core-links ${CORE_LINKS}: no such file (CMake writes it at configure time: reconfigure)"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "${WORK}"' EXIT

# --- Qt's GUI header names ------------------------------------------------------------------------------

# Prints "<module> <dir>" for every Qt module directory reachable from the given include directories.
module_dirs() {
    local arg dir sub base parent
    local -a dirs
    for arg in "$@"; do
        IFS=';' read -r -a dirs <<<"${arg}"
        for dir in "${dirs[@]}"; do
            [[ -n "${dir}" && -d "${dir}" ]] || continue
            dir="$(cd "${dir}" && pwd)"
            base="${dir##*/}"
            if [[ -d "${dir}/QtCore" || -d "${dir}/QtGui" || -d "${dir}/QtWidgets" ]]; then
                # The include root: every module beside it.
                for sub in "${dir}"/Qt*/; do
                    sub="${sub%/}"
                    echo "${sub##*/} ${sub}"
                done
            elif [[ "${base}" == Headers && "${dir}" == *.framework/Headers ]]; then
                # macOS frameworks: .../lib/QtGui.framework/Headers, siblings beside it.
                parent="${dir%/*/Headers}"
                for sub in "${parent}"/Qt*.framework/Headers; do
                    [[ -d "${sub}" ]] || continue
                    base="${sub%.framework/Headers}"
                    echo "${base##*/} ${sub}"
                done
            elif [[ "${base}" == Qt* ]]; then
                echo "${base} ${dir}"
            fi
        done
    done
}

# Qt's include root when none was given.
find_qt_include_dirs() {
    local dir tool
    for tool in qtpaths6 qtpaths qmake6 qmake; do
        command -v "${tool}" >/dev/null || continue
        if [[ "${tool}" == qtpaths* ]]; then
            dir="$("${tool}" --query QT_INSTALL_HEADERS 2>/dev/null || true)"
        else
            dir="$("${tool}" -query QT_INSTALL_HEADERS 2>/dev/null || true)"
        fi
        if [[ -d "${dir}/QtCore" && -f "${dir}/QtCore/qtcoreversion.h" ]] &&
            grep -q 'QTCORE_VERSION_STR "6' "${dir}/QtCore/qtcoreversion.h"; then
            echo "${dir}"
            return 0
        fi
    done
    for dir in /usr/include/*/qt6 /usr/include/qt6 /usr/local/include/qt6; do
        [[ -d "${dir}/QtCore" ]] && echo "${dir}"
    done
    return 0
}

QT_DIRS=("$@")
if ((${#QT_DIRS[@]} == 0)); then
    mapfile -t QT_DIRS < <(find_qt_include_dirs)
fi
module_dirs "${QT_DIRS[@]}" | LC_ALL=C sort -u >"${WORK}/modules"

: >"${WORK}/gui-names"
: >"${WORK}/non-gui-names"
gui_module_list=""
while read -r module dir; do
    is_gui=0
    for name in ${GUI_MODULES}; do [[ "${module}" == "${name}" ]] && is_gui=1; done
    [[ "${module}" == Qt*Widgets ]] && is_gui=1
    is_non_gui=0
    for name in ${NON_GUI_MODULES}; do [[ "${module}" == "${name}" ]] && is_non_gui=1; done
    if ((is_gui)); then
        gui_module_list+=" ${module}"
        { echo "${module}"; find "${dir}/" -maxdepth 1 -type f -printf '%f\n'; } |
            sed "s|^|${module} |" >>"${WORK}/gui-names"
    elif ((is_non_gui)); then
        { echo "${module}"; find "${dir}/" -maxdepth 1 -type f -printf '%f\n'; } |
            sed "s|^|${module} |" >>"${WORK}/non-gui-names"
    fi
done <"${WORK}/modules"
# Without Qt's headers the GUI rule would check only the spellings with a module name: refuse instead.
grep -q '^QtGui QWidget$\|^QtWidgets QWidget$' "${WORK}/gui-names" ||
    die "no Qt 6 GUI headers (QtGui/QtWidgets with QWidget) under: ${QT_DIRS[*]:-(none found)}; pass Qt's include directory"

# --- the project's files and their includes --------------------------------------------------------------

cd "${SOURCE_ROOT}"
# Product files (checked) and test headers (only to recognise a test header included by bare name).
{ find app ui -type f \( -name '*.h' -o -name '*.cpp' -o -name '*.h.in' -o -name '*.ui' \) 2>/dev/null || true; } |
    LC_ALL=C sort >"${WORK}/files"
{ find tests -type f -name '*.h' 2>/dev/null || true; } | LC_ALL=C sort >"${WORK}/test-headers"
{ find app/core -type f \( -name CMakeLists.txt -o -name '*.cmake' \) 2>/dev/null || true; } |
    LC_ALL=C sort >"${WORK}/core-cmake-files"

# One record per include: file <TAB> line <TAB> " or < <TAB> name. Lines inside /* */ comments are skipped;
# a Designer form's <header> and <include> elements count as includes of that form.
: >"${WORK}/includes"
if [[ -s "${WORK}/files" ]]; then
    # shellcheck disable=SC2016 # awk program
    tr '\n' '\0' <"${WORK}/files" | xargs -0 awk '
        FNR == 1 { incomment = 0; isui = (FILENAME ~ /\.ui$/) }
        isui {
            s = $0
            while (match(s, /<(header|include)[^>]*>[^<]*<\/(header|include)>/)) {
                m = substr(s, RSTART, RLENGTH)
                s = substr(s, RSTART + RLENGTH)
                delim = (m ~ /location="global"/) ? "<" : "\""
                sub(/^<[^>]*>/, "", m)
                sub(/<\/.*$/, "", m)
                gsub(/^[ \t]+|[ \t]+$/, "", m)
                if (m != "") print FILENAME "\t" FNR "\t" delim "\t" m
            }
            next
        }
        {
            line = $0
            if (!incomment && match(line, /^[ \t]*#[ \t]*include[ \t]*/)) {
                rest = substr(line, RSTART + RLENGTH)
                c = substr(rest, 1, 1)
                close_delim = (c == "<") ? ">" : (c == "\"" ? "\"" : "")
                if (close_delim != "") {
                    e = index(substr(rest, 2), close_delim)
                    if (e > 0) print FILENAME "\t" FNR "\t" c "\t" substr(rest, 2, e - 1)
                }
            }
            # Block comments: string and character literals first, so that "/*" in them starts none.
            t = line
            gsub(/"([^"\\]|\\.)*"/, "\"\"", t)
            gsub(/\047([^\047\\]|\\.)*\047/, "\047\047", t)
            while (t != "") {
                if (incomment) {
                    p = index(t, "*/")
                    if (p == 0) break
                    t = substr(t, p + 2)
                    incomment = 0
                } else {
                    p = index(t, "/*")
                    q = index(t, "//")
                    if (p == 0 || (q > 0 && q < p)) break
                    t = substr(t, p + 2)
                    incomment = 1
                }
            }
        }' >"${WORK}/includes"
fi
if [[ -n "${CORE_LINKS}" ]]; then cp "${CORE_LINKS}" "${WORK}/core-links"; else : >"${WORK}/core-links"; fi

# --- the rules -------------------------------------------------------------------------------------------

# shellcheck disable=SC2016 # awk program
awk -F '\t' \
    -v CORE_LAYERS="${CORE_LAYERS}" -v UI_AREAS="${UI_AREAS}" -v GUI_LINK_REGEX="${GUI_LINK_REGEX}" \
    -v NON_GUI_NAMES="${WORK}/non-gui-names" -v GUI_NAMES="${WORK}/gui-names" -v FILES="${WORK}/files" \
    -v TEST_HEADERS="${WORK}/test-headers" -v CORE_CMAKE_FILES="${WORK}/core-cmake-files" \
    -v CORE_LINKS="${WORK}/core-links" -v INCLUDES="${WORK}/includes" -v HAVE_LINKS="${CORE_LINKS:+1}" '
function violation(file, line, rule, text) {
    print file ":" line ": " rule ": " text
    violations++
    if (!(file in badfile)) { badfile[file] = 1; badfiles++ }
}
function basename(p) { sub(/^.*\//, "", p); return p }
function dirname(p) { if (p !~ /\//) return ""; sub(/\/[^\/]*$/, "", p); return p }
# The layer of a project path: core:<layer>, cli, main, ui:<area>, ui:shell, tests, or ...:? when unknown.
function classify(p,   a, n) {
    n = split(p, a, "/")
    if (a[1] == "app" && a[2] == "core") return (n >= 4 && (a[3] in corerank)) ? "core:" a[3] : "core:?"
    if (a[1] == "app" && a[2] == "cli") return "cli"
    if (a[1] == "app") return (n == 2) ? "main" : "app:?"
    if (a[1] == "ui") {
        if (n == 2) return (a[2] ~ /^mainwindow\./) ? "ui:shell" : "ui:?"
        return (a[2] in uiarea) ? "ui:" a[2] : "ui:?"
    }
    if (a[1] == "tests") return "tests"
    return "?"
}
function describe(c) {
    if (c ~ /^core:/) return "core/" substr(c, 6) " (core layer " substr(c, 6) ")"
    if (c == "cli") return "the CLI (app/cli)"
    if (c == "main") return "the GUI main (app/main.cpp)"
    if (c == "ui:shell") return "ui/mainwindow"
    if (c ~ /^ui:/) return "ui area " substr(c, 4)
    if (c == "tests") return "the tests"
    return c
}
# The Qt GUI module a header name belongs to, or "".
function gui_module(name,   l, mod, base, slash) {
    l = tolower(name)
    gsub(/\\/, "/", l)
    slash = index(l, "/")
    base = l
    if (slash > 0) {
        mod = substr(l, 1, slash - 1)
        sub(/\.framework$/, "", mod)
        if (mod in guimod) return guimod[mod]
        if (mod in nonguimod) return ""
        base = substr(l, slash + 1)
        sub(/^headers\//, "", base)
        if (base ~ /\//) return ""
    }
    if (base in gui) return gui[base]
    return ""
}
# Whether file class fc may include target class tc; sets why when not.
function allowed(fc, tc,   fl, tl) {
    why = ""
    if (fc ~ /^core:/) {
        if (tc ~ /^core:/) {
            fl = substr(fc, 6); tl = substr(tc, 6)
            if (corerank[tl] <= corerank[fl]) return 1
            why = "core layer " fl " must not include the higher layer " tl " (layers, lowest first: " CORE_LAYERS ")"
            return 0
        }
        why = "core must not include " describe(tc) " (core includes only core)"
        return 0
    }
    if (fc == "cli") {
        if (tc ~ /^core:/ || tc == "cli") return 1
        why = "the CLI must not include " describe(tc) " (the CLI includes core and cli only)"
        return 0
    }
    if (fc == "main") {
        if (tc ~ /^core:/ || tc ~ /^ui:/ || tc == "main") return 1
        why = "the GUI main must not include " describe(tc) " (it includes core and ui only)"
        return 0
    }
    if (fc == "ui:shell") {
        if (tc ~ /^core:/ || tc ~ /^ui:/) return 1
        why = "ui must not include " describe(tc) " (ui includes core and ui only)"
        return 0
    }
    if (fc ~ /^ui:/) {
        if (tc ~ /^core:/ || tc == fc || tc == "ui:common") return 1
        if (tc == "ui:shell")
            why = describe(fc) " must not include ui/mainwindow (the shell includes the areas, not the other way round)"
        else if (tc ~ /^ui:/)
            why = describe(fc) " must not include " describe(tc) ": an area includes its own area and ui/common only; only ui/mainwindow.* puts areas together (move what both need to ui/common)"
        else
            why = "ui must not include " describe(tc) " (ui includes core and ui only)"
        return 0
    }
    return 1
}
# Resolves a path with a layer root to the project path: core/... and cli/... live in app/.
function project_path(n,   first) {
    first = n; sub(/\/.*$/, "", first)
    if (first == "core" || first == "cli") return "app/" n
    if (first == "ui") return n
    if (first == "support") return "tests/" n
    if (first == "tests") return n
    if (first == "app") return n
    return ""
}
# A project path as an include spells it ("core/...", "ui/..."); a list "a, b" becomes a" or "b.
function spelled(p,   parts, n, i, q, out) {
    n = split(p, parts, ", ")
    out = ""
    for (i = 1; i <= n; i++) {
        q = parts[i]
        if (q ~ /^app\/(core|cli)\//) q = substr(q, 5)
        out = out ((i > 1) ? "\" or \"" : "") q
    }
    return out
}
function add_edge(from, to, line) {
    if ((from SUBSEP to) in edgeline) return
    edgeline[from, to] = line
    adj[from] = adj[from] " " to
}
# Depth-first search for cycles; every cycle is printed once.
function dfs(u,   list, n, i, v, j, k, cyc, key, minpos, after) {
    color[u] = 1
    stack[++sp] = u
    n = split(adj[u], list, " ")
    for (i = 1; i <= n; i++) {
        v = list[i]
        if (color[v] == 1) {
            for (j = sp; j >= 1 && stack[j] != v; j--) {}
            # One key per cycle, whatever node it is found from: rotate to its smallest member.
            minpos = j
            for (k = j; k <= sp; k++) if (stack[k] < stack[minpos]) minpos = k
            key = ""
            for (k = minpos; k <= sp; k++) key = key " " stack[k]
            for (k = j; k < minpos; k++) key = key " " stack[k]
            if (key in cycleseen) continue
            cycleseen[key] = 1
            # Printed from its smallest member, at the include of the next member by it: the same place
            # whichever file the search started from.
            after = minpos < sp ? stack[minpos + 1] : stack[j]
            cyc = ""
            for (k = minpos; k <= sp; k++) cyc = cyc spelled(stack[k]) " -> "
            for (k = j; k < minpos; k++) cyc = cyc spelled(stack[k]) " -> "
            cyc = cyc spelled(stack[minpos])
            cycles++
            violation(stack[minpos], edgeline[stack[minpos], after], "include-cycle", cyc)
        } else if (color[v] == 0) {
            dfs(v)
        }
    }
    color[u] = 2
    sp--
}
BEGIN {
    n = split(CORE_LAYERS, a, " ")
    for (i = 1; i <= n; i++) corerank[a[i]] = i
    n = split(UI_AREAS, a, " ")
    for (i = 1; i <= n; i++) uiarea[a[i]] = 1

    while ((getline l < NON_GUI_NAMES) > 0) {
        split(l, a, " ")
        nongui[tolower(a[2])] = 1
        nonguimod[tolower(a[1])] = a[1]
    }
    while ((getline l < GUI_NAMES) > 0) {
        split(l, a, " ")
        guimod[tolower(a[1])] = a[1]
        if (!(tolower(a[2]) in nongui)) gui[tolower(a[2])] = a[1]
    }
    # Project files, by path and by bare name (a .h.in stands for the header generated from it).
    while ((getline p < FILES) > 0) {
        nfiles++
        file[nfiles] = p
        h = p
        sub(/\.in$/, "", h)
        exists[h] = 1
        b = basename(h)
        if (h ~ /\.h$/) { if (b in byname) byname[b] = byname[b] ", " h; else byname[b] = h }
        c = classify(p)
        if (c ~ /:\?$/ || c == "?")
            violation(p, 1, "layer-path", "outside the known layers (core: " CORE_LAYERS "; ui areas: " UI_AREAS "; ui/mainwindow.*; app/cli; app/*.cpp): move it, or add its layer to tests/packaging/check-layering.sh and the CMakeLists.txt comment")
    }
    while ((getline p < TEST_HEADERS) > 0) testname[basename(p)] = p

    # gaapcore links no GUI module: the CMake text of app/core ...
    while ((getline cm < CORE_CMAKE_FILES) > 0) {
        ln = 0
        while ((getline l < cm) > 0) {
            ln++
            sub(/#.*$/, "", l)
            if (l ~ /target_link_libraries[ \t]*\([ \t]*gaapcore/ && !(cm in linkline)) linkline[cm] = ln
            if (match(l, GUI_LINK_REGEX)) {
                m = substr(l, RSTART, RLENGTH)
                textlinked[m] = 1
                violation(cm, ln, "core-no-gui", "gaapcore must not link " m " (core links Qt Core, Network, Sql and QtKeychain only)")
            }
        }
        close(cm)
    }
    # ... and, from the link graph CMake wrote, nothing reaches one through another library.
    # Each line is a chain "gaapcore > A > B"; a chain is reported at its first GUI library.
    if (HAVE_LINKS) {
        where = "app/core/CMakeLists.txt"
        wline = ("app/core/CMakeLists.txt" in linkline) ? linkline["app/core/CMakeLists.txt"] : 1
        nlinks = 0
        while ((getline l < CORE_LINKS) > 0) {
            if (l == "") continue
            nlinks++
            n = split(l, a, " > ")
            first = 0
            for (i = 1; i <= n; i++) if (match(a[i] " ", GUI_LINK_REGEX)) { first = i; break }
            if (first != n) continue
            if (a[n] in textlinked) continue
            chain = a[1]
            for (i = 2; i <= n; i++) chain = chain " > " a[i]
            violation(where, wline, "core-no-gui", "gaapcore links the GUI library " a[n] " (CMake\047s link graph: " chain "; look for target_link_libraries(gaapcore ...) in every CMakeLists.txt)")
        }
        if (nlinks == 0) violation(where, 1, "core-no-gui", "the link graph of gaapcore is empty: reconfigure (tests/CMakeLists.txt writes it)")
    }

    # The includes.
    while ((getline l < INCLUDES) > 0) {
        split(l, a, "\t")
        f = a[1]; line = a[2]; d = a[3]; n = a[4]
        nincludes++
        fc = classify(f)
        show = (d == "<") ? "<" n ">" : "\"" n "\""

        # 1. No GUI header in core or the CLI.
        if (fc ~ /^core:/ || fc == "cli") {
            mod = gui_module(n)
            if (mod == "" && basename(n) ~ /^ui_.*\.h$/) mod = "a Designer form (QtWidgets)"
            if (mod != "") {
                violation(f, line, "core-no-gui", ((fc == "cli") ? "the CLI" : "core") " must not include " show ", a header of " mod " (core and the CLI use Qt Core, Network, Sql and QtKeychain only; widgets belong in ui/)")
                continue
            }
        }

        base = basename(n)
        if (n !~ /\// && n !~ /\\/) {
            # 3. Bare names: only generated files, never a project or test header.
            if (d == "\"" && (n ~ /^ui_[^\/]*\.h$/ || n ~ /\.moc$/ || n ~ /^moc_[^\/]*\.cpp$/)) continue
            if (n in testname) {
                violation(f, line, "layer-direction", "product code must not include the test header " testname[n])
                continue
            }
            if (n in byname) {
                violation(f, line, "layer-path", show " names a project header by its bare name: spell it with its layer path, \"" spelled(byname[n]) "\"")
                continue
            }
            if (d == "\"")
                violation(f, line, "layer-path", "quoted include " show " without a layer path: only files generated next to the source (ui_*.h, *.moc, moc_*.cpp) go without one; a project header is \"core/...\", \"cli/...\" or \"ui/...\", a library header <...>")
            continue
        }

        first = n; sub(/\/.*$/, "", first)
        if (n ~ /\\/ || first == "." || first == ".." || n ~ /\/\.\.?\// ) {
            violation(f, line, "layer-path", show " is a relative path: spell it from its layer root (\"core/...\", \"cli/...\", \"ui/...\")")
            continue
        }
        p = project_path(n)
        if (p == "") {
            # Not a project root: a library header in <...> is fine; in quotes it must not be a project header.
            if (d == "\"")
                violation(f, line, "layer-path", "quoted include " show " does not start with a layer root (core/, cli/, ui/)" ((base in byname) ? ": the project header is \"" spelled(byname[base]) "\"" : ": use <...> for a library header"))
            else if (base in byname && (dirname(n) == "" || index(byname[base], n) > 0))
                violation(f, line, "layer-path", show " names a project header: spell it \"" spelled(byname[base]) "\"")
            continue
        }
        if (first == "app") {
            violation(f, line, "layer-path", show ": the include roots are app/ (core, cli) and the repository root (ui): write \"" substr(n, 5) "\"")
            continue
        }
        tc = classify(p)

        # 2. The direction.
        if (tc == "tests") {
            violation(f, line, "layer-direction", "product code must not include the test support " show " (tests/" (first == "tests" ? substr(n, 7) : n) ")")
            continue
        }
        if (tc ~ /:\?$/ || tc == "?") {
            violation(f, line, "layer-path", show ": no such layer (core: " CORE_LAYERS "; ui areas: " UI_AREAS ")")
            continue
        }
        if (!allowed(fc, tc)) {
            violation(f, line, "layer-direction", "includes " show ": " why)
            continue
        }

        # 3. The spelling: in quotes, and a header that exists.
        if (!(p in exists)) {
            violation(f, line, "layer-path", show ": no such project header (" p ")" ((base in byname) ? "; did you mean \"" spelled(byname[base]) "\"?" : ""))
            continue
        }
        if (d == "<") {
            violation(f, line, "layer-path", show " is a project header: include it in quotes, \"" n "\"")
            continue
        }
        fnode = f
        sub(/\.in$/, "", fnode)
        add_edge(fnode, p, line)
    }

    # 4. No include cycle.
    for (i = 1; i <= nfiles; i++) {
        h = file[i]
        sub(/\.in$/, "", h)
        if (color[h] == 0 && (h in adj)) dfs(h)
    }

    if (violations > 0) {
        printf "check-layering: %d violation%s in %d file%s (%d files and %d includes of app/ and ui/ checked)\n", violations, violations == 1 ? "" : "s", badfiles, badfiles == 1 ? "" : "s", nfiles, nincludes
        exit 1
    }
    printf "check-layering: ok: %d files and %d includes of app/ and ui/ follow the layering%s\n", nfiles, nincludes, HAVE_LINKS ? "; gaapcore links no GUI library" : ""
    exit 0
}' || status=$?
status="${status:-0}"
if ((status == 0)); then
    echo "check-layering: GUI header names from:${gui_module_list} ($(sed -n "s|^QtGui \(.*\)/QtGui$|\1|p" "${WORK}/modules" | head -n 1))"
fi
exit "${status}"
