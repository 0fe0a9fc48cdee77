#!/usr/bin/env bash
# Installs what the integration and UI suites need, offline-friendly: Debian's Chromium, a Node 24
# from the npm registry, and code-server (which bundles a real VS Code). Everything is cached under
# .vscode-test/ (ignored), and each step is skipped when its result is already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.vscode-test"
CODE_SERVER_VERSION=4.139.1
mkdir -p "$cache"

log() { printf '[install-test-tools] %s\n' "$*" >&2; }

# Run from `npm test`, npm's own variables (npm_node_execpath, npm_config_*) would make the nested
# npm installs below run their scripts with the outer Node 20; start from a clean npm environment.
for v in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done

# 1. Chromium (and libkrb5-dev, so code-server's kerberos dependency compiles without a download;
#    a CJK font, so that Chinese text in screenshots is not drawn as boxes).
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev fonts-wqy-microhei >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    log "chromium and libkrb5-dev are missing and this is not root: install them with apt-get"; exit 1
  fi
  log "installing chromium, libkrb5-dev and fonts-wqy-microhei with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium libkrb5-dev fonts-wqy-microhei >/dev/null
fi

# 2. Node 24 (code-server refuses Node 20).
node24="$cache/node24/node_modules/.bin/node"
if [ ! -x "$node24" ]; then
  log "installing node@24 into .vscode-test/node24"
  npm install --prefix "$cache/node24" --no-save --no-audit --no-fund node@24 >/dev/null
fi
nodedir=$(ls -d "$cache"/node24/node_modules/node/node_modules/node-linux-* 2>/dev/null | head -n 1)

# 3. code-server, built with Node 24 against Node 24's headers.
cs="$cache/code-server/node_modules/code-server"
if [ ! -f "$cs/lib/vscode/out/server-main.js" ] || [ ! -f "$cache/code-server/.complete" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into .vscode-test/code-server (a few minutes)"
  rm -rf "$cache/code-server"
  mkdir -p "$cache/code-server"
  PATH="$(dirname "$node24"):$PATH" npm_config_nodedir="$nodedir" \
    npm install --prefix "$cache/code-server" --no-save --no-audit --no-fund \
    "code-server@$CODE_SERVER_VERSION" >/dev/null 2>"$cache/code-server-install.log" || {
      tail -n 40 "$cache/code-server-install.log" >&2; exit 1; }
  touch "$cache/code-server/.complete"
fi
log "ready: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), node $("$node24" -v), code-server $CODE_SERVER_VERSION"
