#!/usr/bin/env bash
# Create the project's virtual environment with a Python >= 3.11.
#
#   scripts/bootstrap-venv.sh VENV_DIR [PYTHON]
#
# Picks PYTHON, else python3.11, python3, python3.12, python3.13 (the first >= 3.11).
# On Debian/Ubuntu it installs python3 and the matching pythonX.Y-venv package when
# they are missing (through scripts/system-deps.sh: root, sudo, or the exact command).
set -euo pipefail

venv=${1:?usage: bootstrap-venv.sh VENV_DIR [PYTHON]}
here=$(cd "$(dirname "$0")" && pwd)

good_python() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

find_python() {
    local candidate
    for candidate in ${1:-} python3.11 python3 python3.12 python3.13; do
        if command -v "$candidate" >/dev/null 2>&1 && good_python "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

python=$(find_python "${2:-}" || true)
if [ -z "$python" ]; then
    "$here/system-deps.sh" python3 python3-venv
    python=$(find_python "${2:-}" || true)
fi
if [ -z "$python" ]; then
    echo "error: FaceMood needs Python 3.11 or newer (python3.11 or python3)." >&2
    echo "       Debian 12 / Ubuntu 24.04: sudo apt-get install python3 python3-venv" >&2
    echo "       Ubuntu 22.04: sudo apt-get install python3.11 python3.11-venv" >&2
    exit 1
fi

# Debian splits ensurepip (needed by `python -m venv`) into pythonX.Y-venv.
if ! "$python" -c 'import ensurepip' >/dev/null 2>&1; then
    version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    "$here/system-deps.sh" "python${version}-venv"
fi

echo "Creating $venv with $python ($("$python" --version 2>&1))"
rm -rf "$venv"
"$python" -m venv "$venv"
