#!/usr/bin/env bash
# Installs the Debian packages of Jupyter that the kernel's tests and the tour drive
# (jupyter_client, server, notebook, console, nbclient, nbconvert, jupyter_kernel_test,
# ipykernel to compare with, and Chromium, the browser the Notebook UI test drives),
# quietly, and only those that are missing. They run
# on Debian's /usr/bin/python3, not on the python3 (the oracle) found on PATH.
set -euo pipefail
packages=(jupyter-client jupyter-server jupyter-notebook jupyter-console python3-nbclient
  jupyter-nbconvert python3-jupyter-kernel-test python3-ipykernel chromium)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
echo "Installing Debian's Jupyter packages: ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
