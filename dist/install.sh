#!/usr/bin/env bash
# Builds the Debian package (dist/deb.sh) and installs it with apt on this machine; run as root
# from anywhere. On a server without a Swift toolchain: copy the .deb there and `apt install ./…deb`.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(dist/deb.sh)
apt-get install -y "$(realpath "$deb")"
