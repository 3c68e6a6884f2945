#!/usr/bin/env bash
# A newcomer's machine, reproduced: creates a fresh minimal Debian root with debootstrap, clones the
# committed tree into it and runs the README's test command there, as root, as on a new machine.
#
#   bash packaging/check-distro.sh <suite> [--refresh] [--keep] [-- command...]
#
#   suite      bookworm (Debian 12) or trixie (Debian 13)
#   --refresh  make the cached minimal root anew (otherwise it is reused)
#   --keep     keep the root afterwards (its path is printed) instead of removing it
#   command    what to run in the clone instead of the README's test command, e.g. -- bash packaging/dev.sh demo
#
# The cache (GAAP_DISTRO_CACHE, default /var/cache/gaap-capacity-check/distro) holds, per suite, the
# pristine debootstrap root as a tarball and the .deb files apt downloaded, so a second run downloads
# nothing but the package lists. Every run starts from the pristine root: nothing installed by an
# earlier run is there. CI=true is passed on, so CI runs the same CI steps inside the root.
# Everything runs in private mount and PID namespaces: when the run ends, every process started in the
# root is gone and nothing stays mounted, even after a crash or Ctrl-C.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly CACHE="${GAAP_DISTRO_CACHE:-/var/cache/gaap-capacity-check/distro}"
readonly MIRROR="${GAAP_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
readonly SECURITY_MIRROR="${GAAP_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
readonly README_TEST_COMMAND="bash packaging/dev.sh test"
readonly CLONE_IN_ROOT=/root/gaap-capacity-check
WORK="" # the run's root and scratch files, removed on exit unless --keep

die() { echo "check-distro: $*" >&2; exit 1; }
note() { echo "check-distro: $*" >&2; }

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
}

cleanup() {
    [[ -n "${WORK}" && -d "${WORK}" ]] || return 0
    if ((KEEP)); then
        note "kept the root: ${WORK}/root (chroot ${WORK}/root /bin/bash)"
    else
        rm -rf --one-file-system "${WORK}"
    fi
}

# The suite's pristine minimal root, as a tarball in the cache; made with debootstrap when missing.
ensure_minimal_root() {
    local suite="$1" dir="${CACHE}/$1" started=${SECONDS}
    [[ -f "${dir}/minbase.tar" && ${REFRESH} -eq 0 ]] && return 0
    command -v debootstrap >/dev/null || {
        note "installing debootstrap"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap >/dev/null ||
            { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap >/dev/null; }
    }
    note "making a minimal ${suite} root with debootstrap (${MIRROR}); cached in ${dir}"
    rm -rf --one-file-system "${dir}/root.new"
    mkdir -p "${dir}"
    if ! debootstrap --variant=minbase "${suite}" "${dir}/root.new" "${MIRROR}" >"${dir}/debootstrap.log" 2>&1; then
        tail -n 20 "${dir}/debootstrap.log" >&2
        die "debootstrap ${suite} failed (log: ${dir}/debootstrap.log)"
    fi
    # What a freshly installed Debian has and debootstrap leaves out: the updates and security
    # archives, a machine id (D-Bus needs one) and name resolution.
    rm -f "${dir}/root.new/etc/apt/sources.list"
    cat >"${dir}/root.new/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: ${MIRROR}
Suites: ${suite} ${suite}-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${SECURITY_MIRROR}
Suites: ${suite}-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    tr -d '-' </proc/sys/kernel/random/uuid >"${dir}/root.new/etc/machine-id"
    rm -rf "${dir}/root.new/var/cache/apt/archives/"*.deb "${dir}/root.new/var/lib/apt/lists/"*_Packages
    tar --numeric-owner -C "${dir}/root.new" -cf "${dir}/minbase.tar.new" .
    mv "${dir}/minbase.tar.new" "${dir}/minbase.tar"
    rm -rf --one-file-system "${dir}/root.new"
    note "minimal ${suite} root ready in $((SECONDS - started)) s"
}

# Runs inside the private namespaces (see main): mounts what a running system has, then the command.
inside_namespaces() {
    local root="$1" archives="$2"
    shift 2
    mount -t proc proc "${root}/proc"
    mount -t sysfs -o ro sysfs "${root}/sys"
    mount -t tmpfs -o mode=1777 tmpfs "${root}/dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666 devpts "${root}/dev/pts"
    mount --bind "${archives}" "${root}/var/cache/apt/archives"
    cp -L /etc/resolv.conf "${root}/etc/resolv.conf"
    chroot "${root}" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        TERM="${TERM:-dumb}" CI="${CI:-}" \
        /bin/bash -c 'cd "$1" && shift && "$@"; status=$?; apt-get autoclean -qq >/dev/null 2>&1; exit ${status}' \
        bash "${CLONE_IN_ROOT}" "$@"
}

main() {
    local suite="" arg original=("$@")
    REFRESH=0
    KEEP=0
    local command=()
    while (($# > 0)); do
        arg="$1"
        shift
        case "${arg}" in
            bookworm | trixie) suite="${arg}" ;;
            --refresh) REFRESH=1 ;;
            --keep) KEEP=1 ;;
            --) command=("$@"); break ;;
            -h | --help) usage; exit 0 ;;
            *) usage >&2; die "unknown argument '${arg}' (suites: bookworm, trixie)" ;;
        esac
    done
    [[ -n "${suite}" ]] || { usage >&2; die "name a suite: bookworm (Debian 12) or trixie (Debian 13)"; }
    ((${#command[@]} > 0)) || read -r -a command <<<"${README_TEST_COMMAND}"
    [[ ${EUID} -eq 0 ]] || exec sudo --preserve-env=CI,GAAP_DISTRO_CACHE,GAAP_DEBIAN_MIRROR,GAAP_DEBIAN_SECURITY_MIRROR \
        bash "${BASH_SOURCE[0]}" "${original[@]}"
    command -v git >/dev/null || die "git is needed to clone the committed tree"
    [[ -z "$(git -C "${ROOT}" status --porcelain)" ]] ||
        note "the work tree has uncommitted changes: only what is committed (HEAD) is checked"

    mkdir -p "${CACHE}"
    exec 9>"${CACHE}/${suite}.lock"
    flock 9 # one run per suite at a time: they share the cache

    local started=${SECONDS}
    ensure_minimal_root "${suite}"
    mkdir -p "${CACHE}/${suite}/apt-archives/partial"

    WORK="$(mktemp -d "${TMPDIR:-/var/tmp}/gaap-check-${suite}.XXXXXX")"
    trap cleanup EXIT
    mkdir "${WORK}/root"
    tar --numeric-owner -C "${WORK}/root" -xpf "${CACHE}/${suite}/minbase.tar"
    git clone --quiet --no-hardlinks "${ROOT}" "${WORK}/root${CLONE_IN_ROOT}"
    note "${suite}: fresh root ${WORK}/root with $(git -C "${ROOT}" log -1 --format='%h %s') in $((SECONDS - started)) s"
    note "${suite}: running '${command[*]}' as root in ${CLONE_IN_ROOT}"

    local status=0 run_started=${SECONDS}
    unshare --mount --pid --fork --propagation private \
        bash "${BASH_SOURCE[0]}" _inside "${WORK}/root" "${CACHE}/${suite}/apt-archives" "${command[@]}" || status=$?
    if ((status == 0)); then
        note "${suite}: '${command[*]}' passed in $((SECONDS - run_started)) s (all: $((SECONDS - started)) s)"
    else
        note "${suite}: '${command[*]}' FAILED with status ${status} after $((SECONDS - run_started)) s"
    fi
    return "${status}"
}

if [[ "${1:-}" == _inside ]]; then
    shift
    inside_namespaces "$@"
else
    main "$@"
fi
