#!/usr/bin/env bash
# Creates benches/.venv with the Python peers from requirements.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/../.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --upgrade pip
"$venv/bin/pip" install -q -r "$here/requirements.txt"
# The newswire Python package itself, for python_api.py.
"$venv/bin/pip" install -q "$here/../../crates/python"
echo "$venv/bin/python"
