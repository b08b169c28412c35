#!/usr/bin/env bash
# Installs berichtd as a systemd service on Debian (run as root from the repository root).
# Builds a release binary, creates the berichtd user and directories, installs the XSDs, the
# example region config (only when /etc/berichtd/regio.toml does not exist yet) and the unit.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product berichtd
install -m 0755 .build/release/berichtd /usr/local/bin/berichtd
mkdir -p /usr/local/share/berichtd /usr/local/share/doc/berichtd
rm -rf /usr/local/share/berichtd/xsd && cp -r xsd /usr/local/share/berichtd/xsd
install -m 0644 README.md /usr/local/share/doc/berichtd/README.md
id berichtd >/dev/null 2>&1 || useradd --system --home-dir /var/lib/berichtd --shell /usr/sbin/nologin berichtd
install -d -o berichtd -g berichtd -m 0750 /var/spool/berichtd /var/lib/berichtd
install -d -m 0755 /var/lib/node_exporter/textfile_collector
chown berichtd:berichtd /var/lib/node_exporter/textfile_collector
for map in in work out archive rejected monitoring reports state; do
  install -d -o berichtd -g berichtd -m 0750 "/var/spool/berichtd/$map"
done
if [ ! -e /etc/berichtd/regio.toml ]; then
  install -d -m 0755 /etc/berichtd
  cp config/* /etc/berichtd/
fi
/usr/local/bin/berichtd config check /etc/berichtd/regio.toml
install -m 0644 dist/berichtd.service /etc/systemd/system/berichtd.service
systemctl daemon-reload
echo "geïnstalleerd; start met: systemctl enable --now berichtd"
