#!/usr/bin/env bash
# Runs every test of the reactor. First makes sure this machine has what the tests use for real:
# socat (a serial line for the printer tests), Chromium and its driver (the page tests), CJK fonts
# (tickets and kiosk screens in Chinese), espeak-ng (the display board's offline voice),
# PostgreSQL's server programs (the tests start their own PostgreSQL in a temporary directory for
# the city set-up: contract, crash and failover tests). Installs what is missing with apt when it
# can; otherwise stops at once with the exact command to run.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v socat >/dev/null 2>&1 || need+=(socat)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || need+=(fonts-wqy-microhei)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)

if [ ${#need[@]} -gt 0 ]; then
  install="apt-get install -y --no-install-recommends ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    sudo=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo"
  else
    echo "The tests need: ${need[*]}. Install them, then run this again:" >&2
    echo "  sudo apt-get update && sudo $install" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "The tests need: ${need[*]} (Debian/Ubuntu package names); install them and run again." >&2
    exit 1
  fi
  echo "Installing what the tests need: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo $install -qq
fi

exec ./mvnw -B verify "$@"
