#!/usr/bin/env bash
# Installs the Debian packages named in scripts/debian-packages.txt, plus any given as
# arguments, that are not installed yet. Installs nothing (and asks apt nothing) when all are.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t packages < <(grep -v '^\s*#' scripts/debian-packages.txt | grep -v '^\s*$')
packages+=("$@")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# chromedriver reaches the browser it starts as "localhost". Every installed Debian names it in
# /etc/hosts; a bare debootstrap root or container may not, and then every browser session fails
# with "unable to connect to renderer".
if ! getent hosts localhost >/dev/null; then
  echo "localhost does not resolve: adding it to /etc/hosts"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' | $sudo tee -a /etc/hosts >/dev/null
fi
