#!/usr/bin/env bash
# Install Debian/Ubuntu packages that are missing, or say exactly how to.
#
#   scripts/system-deps.sh PACKAGE...
#
# Only packages that are not installed yet are installed, and `apt-get update` runs
# only then, so a second run costs a few dpkg queries. Root uses apt-get directly; a
# user with password-less sudo uses sudo; anyone else gets the exact command to run.
# On systems without apt (macOS, Windows, Fedora...) it prints what FaceMood needs and
# succeeds: the app still runs, without playback, when libVLC is missing.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    echo "note: no apt-get here; install these yourself if FaceMood needs them:" >&2
    echo "      VLC (libVLC and its audio plugins) and Qt's platform libraries; see README.md" >&2
    exit 0
fi

missing=()
for pkg in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [ "$status" != "installed" ]; then
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

command_line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
else
    echo "FaceMood needs these system packages: ${missing[*]}" >&2
    echo "Install them with:" >&2
    echo "    sudo apt-get update && sudo $command_line" >&2
    exit 0
fi

echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
