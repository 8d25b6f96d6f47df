#!/usr/bin/env bash
# Netlify build: make sure a .NET 10 SDK is on PATH (installing it into the build's home when it is
# missing or older), then build the handbook into output/. Safe to run locally: with dotnet 10 present
# it skips the install.
set -euo pipefail
cd "$(dirname "$0")/.."
required_major=10

have_sdk() {
  command -v dotnet >/dev/null 2>&1 || return 1
  local major
  major=$(dotnet --version 2>/dev/null | cut -d. -f1)
  [ -n "$major" ] && [ "$major" -ge "$required_major" ]
}

if ! have_sdk; then
  install_dir="${HOME}/.dotnet"
  echo "Installing the .NET ${required_major} SDK into ${install_dir}..."
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel "${required_major}.0" --install-dir "${install_dir}"
  export PATH="${install_dir}:${PATH}"
  export DOTNET_ROOT="${install_dir}"
else
  echo "Using the installed .NET SDK $(dotnet --version)."
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Netlify sets URL to the site's address: canonical links and link previews use it.
args=()
if [ -n "${URL:-}" ]; then args+=(--base-url "$URL"); fi
# The share version (confidential terms replaced, every file scanned) when the site's environment asks for it;
# with HANDBOOK_PASSPHRASE it is also locked (the build reads the passphrase from the environment, never from here).
if [ "${HANDBOOK_SHARE:-}" = "1" ] || [ -n "${HANDBOOK_PASSPHRASE:-}" ]; then args+=(--share); fi
dotnet run --project src/Handbook -c Release -- build "${args[@]}" "$@"
