#!/usr/bin/env bash
# berichtd under a real systemd: builds the Debian package (dist/deb.sh), boots a minimal Debian
# bookworm with its own systemd (systemd-nspawn -b; this machine's PID 1 need not be systemd),
# installs the package with apt and checks the service and the package lifecycle. Needs root.
#
#   tools/systemd-test.sh
#
# Environment:
#   BERICHTD_DEB=PAD     test this .deb instead of building one
#   BERICHTD_UNIT=PAD    after installing, put this unit in /etc/systemd/system (to show that the
#                        test catches a broken unit, e.g. the one before issue 17)
#   BERICHTD_CI_CACHE    where the debootstrap root is cached (default /var/cache/berichtd-ci)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
[ "$(id -u)" -eq 0 ] || { echo "tools/systemd-test.sh moet als root draaien" >&2; exit 2; }
begin=$SECONDS

stap() { printf '\n== %s (%d s)\n' "$*" $((SECONDS - begin)); }
faal() { echo "MISLUKT: $*" >&2; exit 1; }

# ---------------------------------------------------------------- host tools
nodig=()
command -v debootstrap >/dev/null 2>&1 || nodig+=(debootstrap)
command -v systemd-nspawn >/dev/null 2>&1 || nodig+=(systemd-container)
command -v dpkg-shlibdeps >/dev/null 2>&1 || nodig+=(dpkg-dev)
command -v lintian >/dev/null 2>&1 || nodig+=(lintian)
if [ ${#nodig[@]} -gt 0 ]; then
  stap "pakketten op de host: ${nodig[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${nodig[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq "${nodig[@]}" >/dev/null; }
fi

werk=$(mktemp -d /var/tmp/berichtd-systemd-test.XXXXXX)
nspawn=""
pid1=""
opruimen() {
  local code=$?
  if [ -n "$pid1" ] && kill -0 "$pid1" 2>/dev/null; then kill -KILL "$pid1" 2>/dev/null || true; fi
  if [ -n "$nspawn" ]; then
    kill -TERM "$nspawn" 2>/dev/null || true
    timeout 20 tail --pid="$nspawn" -f /dev/null 2>/dev/null || kill -KILL "$nspawn" 2>/dev/null || true
  fi
  case "$werk" in /var/tmp/berichtd-systemd-test.*) rm -rf --one-file-system "$werk" ;; esac
  [ $code -eq 0 ] || echo "systemd-test: MISLUKT (exit $code) na $((SECONDS - begin)) s" >&2
  exit $code
}
trap opruimen EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- the package
if [ -n "${BERICHTD_DEB:-}" ]; then
  deb=$(realpath "$BERICHTD_DEB")
else
  stap "pakket bouwen (dist/deb.sh)"
  deb=$(dist/deb.sh --uitvoer "$werk")
fi
[ -f "$deb" ] || faal "geen pakket: $deb"
versie=$(dpkg-deb -f "$deb" Version)
echo "pakket: $(basename "$deb") ($(du -h "$deb" | cut -f1)); Depends: $(dpkg-deb -f "$deb" Depends)"

stap "lintian"
lintian --fail-on error --info "$deb" || faal "lintian meldt fouten"

# The upgrade: the same package with a higher version.
install -d "$werk/upgrade"
dpkg-deb -R "$deb" "$werk/upgrade/pkg"
sed -i "s/^Version: .*/Version: $versie+1/" "$werk/upgrade/pkg/DEBIAN/control"
deb2="$werk/upgrade/berichtd_${versie}+1_$(dpkg-deb -f "$deb" Architecture).deb"
dpkg-deb --root-owner-group -Zxz --build "$werk/upgrade/pkg" "$deb2" >/dev/null

# ---------------------------------------------------------------- reference on the host
# The packaged binary itself answers the same inputs with `berichtd process`; the service must
# write the same retours. `batch` is what is dropped later while berichtd is killed: every
# example 20 times under another name (all duplicates of the first round: 9056 retours), enough
# that the first kill lands mid-batch on an idle machine too.
stap "referentie: berichtd process op de host"
dpkg-deb -x "$deb" "$werk/bin"
bin="$werk/bin/usr/bin/berichtd"
# One modification time for all: berichtd takes files by time, then name, so the order is the names'.
install -d "$werk/voorbeelden" "$werk/batch"
cp examples/*.xml "$werk/voorbeelden/"
for n in $(seq -w 1 "${BERICHTD_KOPIEEN:-20}"); do
  for f in examples/*.xml; do cp "$f" "$werk/batch/k$n-$(basename "$f")"; done
done
touch -d '2026-01-01 00:00:00' "$werk"/voorbeelden/*.xml "$werk"/batch/*.xml
ref="$werk/ref"
install -d "$ref/in"
cp -p "$werk"/voorbeelden/*.xml "$ref/in/"
"$bin" process --spool "$ref" --config config/regio.toml --xsd xsd --rust 0 >"$werk/ref-1.txt"
cp -r "$ref/out" "$werk/ref-out-1"
cp -p "$werk"/batch/*.xml "$ref/in/"
"$bin" process --spool "$ref" --config config/regio.toml --xsd xsd --rust 0 >"$werk/ref-2.txt"
tail -n 1 "$werk/ref-1.txt"
tail -n 1 "$werk/ref-2.txt"
inhoud() { (cd "$1" && find . -type f -printf '%P\n' | sort | xargs -r -d '\n' sha256sum); }
inhoud "$werk/ref-out-1" >"$werk/ref-out-1.sha"
inhoud "$ref/out" >"$werk/ref-out-2.sha"
[ "$(wc -l <"$werk/ref-out-1.sha")" -gt 0 ] || faal "de referentie schreef geen retours"

# ---------------------------------------------------------------- bookworm root
# The mirror this machine's apt uses (deb822 or one-line sources), never a name in the repository.
spiegel=$(
  { cat /etc/apt/sources.list.d/*.sources 2>/dev/null; echo; } | awk '
    /^[[:space:]]*$/ { if (uri != "" && suites ~ /(^| )bookworm( |$)/) { print uri; exit } uri = ""; suites = ""; next }
    /^URIs:/ { uri = $2 } /^Suites:/ { $1 = ""; suites = $0 " " }'
)
if [ -z "$spiegel" ]; then
  spiegel=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
    | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i ~ /:\/\//) { if ($(i + 1) == "bookworm") { print $i; exit } } }')
fi
[ -n "$spiegel" ] || faal "geen bookworm-spiegel in de apt-bronnen van deze machine"
veiligheid=$(
  { cat /etc/apt/sources.list.d/*.sources 2>/dev/null; echo; } | awk '
    /^[[:space:]]*$/ { if (uri != "" && suites ~ /bookworm-security/) { print uri; exit } uri = ""; suites = ""; next }
    /^URIs:/ { uri = $2 } /^Suites:/ { $1 = ""; suites = $0 " " }'
)

insluiten=systemd,systemd-sysv,dbus
cache=${BERICHTD_CI_CACHE:-/var/cache/berichtd-ci}
sleutel=$(printf '%s\n' "bookworm minbase $insluiten $spiegel $(dpkg-query -W -f '${Version}' debootstrap)" | sha256sum | cut -c1-16)
basis="$cache/bookworm-$sleutel"
install -d -m 0700 "$cache"
# One builder at a time; the finished root is renamed into place, so a half root is never used.
exec 9>"$cache/slot"
timeout 600 flock 9 || faal "de cache $cache bleef op slot"
if [ ! -f "$basis/.klaar" ]; then
  stap "debootstrap bookworm (wordt bewaard in $basis)"
  rm -rf "$basis.bouw"
  timeout 900 debootstrap --variant=minbase --include="$insluiten" bookworm "$basis.bouw" "$spiegel" >"$werk/debootstrap.log" 2>&1 \
    || { tail -n 20 "$werk/debootstrap.log"; faal "debootstrap"; }
  rm -f "$basis.bouw"/var/cache/apt/archives/*.deb
  touch "$basis.bouw/.klaar"
  rm -rf "$basis"
  mv "$basis.bouw" "$basis"
else
  stap "bookworm-root uit de cache ($basis)"
fi
root="$werk/root"
cp -a "$basis" "$root"
exec 9>&-

{
  echo "deb $spiegel bookworm main"
  echo "deb $spiegel bookworm-updates main"
  [ -z "$veiligheid" ] || echo "deb $veiligheid bookworm-security main"
} >"$root/etc/apt/sources.list"
echo berichtd-test >"$root/etc/hostname"
rm -f "$root/etc/machine-id"
: >"$root/etc/machine-id"
# Nothing in the container needs a login prompt or the network setup.
ln -sf /dev/null "$root/etc/systemd/system/console-getty.service"
ln -sf /dev/null "$root/etc/systemd/system/systemd-networkd.service"
install -d "$root/srv/test"
cp "$deb" "$deb2" "$root/srv/test/"
cp -rp "$werk/batch" "$werk/voorbeelden" "$root/srv/test/"
if [ -n "${BERICHTD_UNIT:-}" ]; then cp "$BERICHTD_UNIT" "$root/srv/test/berichtd.service"; fi

# ---------------------------------------------------------------- boot
stap "bookworm opstarten met systemd-nspawn -b"
systemd-nspawn -q -b --register=no --keep-unit --console=passive -M "berichtd-test-$$" -D "$root" \
  >"$werk/nspawn.log" 2>&1 &
nspawn=$!
for _ in $(seq 1 100); do
  for kind in $(ps -o pid= --ppid "$nspawn" 2>/dev/null); do
    if [ "$(cat "/proc/$kind/comm" 2>/dev/null)" = systemd ]; then pid1=$kind; fi
  done
  [ -z "$pid1" ] || break
  kill -0 "$nspawn" 2>/dev/null || { cat "$werk/nspawn.log"; faal "systemd-nspawn stopte"; }
  sleep 0.2
done
[ -n "$pid1" ] || { cat "$werk/nspawn.log"; faal "geen systemd als PID 1 in de container"; }

binnen() {
  nsenter -t "$pid1" -a -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 SYSTEMD_PAGER= SYSTEMD_COLORS=0 \
    DEBIAN_FRONTEND=noninteractive "$@"
}
eigenschap() { binnen systemctl show -P "$1" berichtd; }
# wacht SECONDS DESCRIPTION COMMAND...: until COMMAND succeeds, or fail.
wacht() {
  local seconden=$1 wat=$2 grens=$((SECONDS + $1))
  shift 2
  until "$@"; do
    [ $SECONDS -lt $grens ] || faal "$wat (na $seconden s)"
    sleep 0.2
  done
}
# is-system-running fails until systemd's private socket exists, so ask again.
opgestart() {
  staat=$(timeout 10 nsenter -t "$pid1" -a -- systemctl is-system-running 2>/dev/null) || true
  case "$staat" in running | degraded) return 0 ;; *) return 1 ;; esac
}
wacht 120 "systemd in de container kwam niet op" opgestart
echo "systeem: $staat (systemd $(binnen systemctl --version | head -n 1 | cut -d' ' -f2))"

# ---------------------------------------------------------------- install
stap "apt install ./$(basename "$deb")"
timeout 300 nsenter -t "$pid1" -a -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  apt-get update -qq >"$werk/apt.log" 2>&1 || { tail "$werk/apt.log"; faal "apt-get update"; }
timeout 300 nsenter -t "$pid1" -a -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  apt-get install -y "/srv/test/$(basename "$deb")" >"$werk/apt.log" 2>&1 || { tail -n 30 "$werk/apt.log"; faal "apt install"; }
grep -A2 '^The following NEW' "$werk/apt.log" || true
grep 'berichtd:' "$werk/apt.log" || true
binnen id berichtd
[ "$(binnen stat -c %a /var/spool/berichtd/in)" = 2770 ] || faal "spool/in heeft niet de rechten uit tmpfiles.d"
bestandsstaat=$(eigenschap UnitFileState)
[ "$bestandsstaat" = disabled ] || faal "een verse installatie hoort de dienst niet aan te zetten (UnitFileState=$bestandsstaat)"
if [ -f "$root/srv/test/berichtd.service" ]; then
  echo "unit vervangen door $BERICHTD_UNIT"
  binnen cp /srv/test/berichtd.service /etc/systemd/system/berichtd.service
  binnen systemctl daemon-reload
fi

# ---------------------------------------------------------------- start
stap "systemctl enable --now berichtd"
t0=$SECONDS
timeout 90 nsenter -t "$pid1" -a -- systemctl enable --now berichtd >/dev/null 2>&1 || true
binnen systemctl status --no-pager -n 0 berichtd | head -n 12 || true
if binnen journalctl -q -u berichtd --no-pager | grep -E 'status=31/SYS|code=killed'; then
  faal "berichtd werd gedood (SIGSYS: systeemaanroepfilter)"
fi
[ "$(eigenschap ActiveState)" = active ] || { binnen journalctl -q -u berichtd --no-pager | tail -n 20; faal "berichtd is niet actief"; }
echo "READY na $((SECONDS - t0)) s"
[ $((SECONDS - t0)) -le 30 ] || faal "READY kwam pas na $((SECONDS - t0)) s"
eerste_pid=$(eigenschap MainPID)

prom=/var/lib/node_exporter/textfile_collector/berichtd.prom

# ---------------------------------------------------------------- the examples
# Inputs in a spool folder (rejected/ holds a .reason next to each).
# Drops files into spool/in with one rename(2) each (as a backoffice should). mv sometimes failed
# with "cannot stat" on a file berichtd had already claimed from in/.
drop() {
  binnen perl -e 'for (glob "$ARGV[0]/*.xml") { (my $n = $_) =~ s{.*/}{}; rename($_, "/var/spool/berichtd/in/$n") or die "$_: $!\n" }' "$1"
}
aantal() { find "$root/var/spool/berichtd/$1" -type f ! -name '.*' ! -name '*.reason' | wc -l; }
klaar() { echo $(($(aantal archive) + $(aantal rejected))); }
leeg() { [ "$(aantal in)" -eq 0 ] && [ "$(aantal work)" -eq 0 ]; }
verwerkt() { [ "$(klaar)" -ge "$1" ] && leeg; }
verder() { [ "$(klaar)" -ge "$1" ] || leeg; }
status_bevat() { eigenschap StatusText | grep -q "$1"; }
metriek() { binnen grep -Eq "^$1(\.0)?\$" "$prom" 2>/dev/null; }
herstart() { [ "$(eigenschap ActiveState)" = active ] && [ "$(eigenschap NRestarts)" -ge "$1" ]; }
voorbeelden=$(ls "$root/srv/test/voorbeelden" | wc -l)
stap "$voorbeelden voorbeelden in /var/spool/berichtd/in"
drop /srv/test/voorbeelden
wacht 120 "de voorbeelden zijn niet allemaal verwerkt" verwerkt "$voorbeelden"
inhoud "$root/var/spool/berichtd/out" >"$werk/uit-1.sha"
diff "$werk/ref-out-1.sha" "$werk/uit-1.sha" || faal "de retours van de dienst verschillen van berichtd process"
echo "$(wc -l <"$werk/uit-1.sha") retours, byte-gelijk aan berichtd process; STATUS: $(eigenschap StatusText)"

# ---------------------------------------------------------------- metrics
stap "metrics als een andere gebruiker (nobody)"
wacht 30 "geen metrics met de voorbeelden" metriek 'berichtd_messages_total.* [0-9]+'
binnen runuser -u nobody -- cat "$prom" >"$werk/metrics.txt" || faal "nobody kan $prom niet lezen"
echo "$(binnen stat -c '%A %U:%G' "$prom") $prom"
grep -m 4 -E '^berichtd_(messages_total|config_valid)' "$werk/metrics.txt" || true

# ---------------------------------------------------------------- reload
stap "reload met een ongeldige en daarna een geldige configuratie"
binnen cp /etc/berichtd/regio.toml /srv/test/regio.toml.goed
binnen sh -c "printf '\n[[onbekende_sectie]]\nnaam = \"kapot\"\n' >>/etc/berichtd/regio.toml"
if timeout 60 nsenter -t "$pid1" -a -- systemctl reload berichtd 2>"$werk/reload.txt"; then
  faal "systemctl reload gaf 0 met een ongeldige configuratie"
fi
echo "systemctl reload (ongeldig): $(head -n 1 "$werk/reload.txt")"
binnen journalctl -q -u berichtd -n 3 --no-pager -o cat
[ "$(eigenschap ActiveState)" = active ] || faal "berichtd stopte na een geweigerde reload"
# The file can change between the check and the signal: berichtd itself refuses it as well.
binnen systemctl kill -s HUP berichtd
wacht 20 "STATUS zegt niet dat het herladen is geweigerd" status_bevat 'herladen geweigerd'
echo "STATUS: $(eigenschap StatusText)"
wacht 30 "berichtd_config_valid werd niet 0" metriek 'berichtd_config_valid 0'
binnen cp /srv/test/regio.toml.goed /etc/berichtd/regio.toml
timeout 60 nsenter -t "$pid1" -a -- systemctl reload berichtd \
  || { binnen journalctl -q -u berichtd -n 15 --no-pager; faal "systemctl reload met een geldige configuratie"; }
wacht 20 "STATUS meldt nog een geweigerde reload" eval '! status_bevat geweigerd'
wacht 30 "berichtd_config_valid werd niet weer 1" metriek 'berichtd_config_valid 1'
echo "STATUS: $(eigenschap StatusText)"
[ "$(eigenschap MainPID)" = "$eerste_pid" ] || faal "berichtd is tijdens de reloads herstart"

# ---------------------------------------------------------------- kill -9 mid-batch
stap "systemctl kill -s KILL midden in een batch van $(ls "$root/srv/test/batch" | wc -l) bestanden"
totaal=$(($(ls "$root/srv/test/batch" | wc -l) + voorbeelden))
drop /srv/test/batch
kills=0
for _ in 1 2 3; do
  wacht 60 "berichtd verwerkt niets na de herstart" verder $(($(klaar) + 10))
  leeg && break
  binnen systemctl kill -s KILL berichtd
  kills=$((kills + 1))
  echo "kill $kills na $(($(klaar) - voorbeelden)) van $((totaal - voorbeelden))"
  wacht 30 "berichtd werd niet herstart na kill -9" herstart $kills
done
[ $kills -ge 1 ] || faal "de batch was klaar voordat berichtd gedood kon worden"
wacht 180 "de batch is niet helemaal verwerkt" verwerkt "$totaal"
inhoud "$root/var/spool/berichtd/out" >"$werk/uit-2.sha"
diff "$werk/ref-out-2.sha" "$werk/uit-2.sha" || faal "na kill -9 verschillen de retours van berichtd process (verloren of dubbel)"
[ "$(klaar)" -eq "$totaal" ] || faal "niet elke invoer is precies één keer gearchiveerd of apart gezet"
echo "$kills kills, $(eigenschap NRestarts) herstarts; $totaal invoer, $(wc -l <"$werk/uit-2.sha") retours, byte-gelijk aan berichtd process"

# ---------------------------------------------------------------- clean stop
stap "systemctl stop berichtd"
timeout 90 nsenter -t "$pid1" -a -- systemctl stop berichtd || faal "systemctl stop"
echo "Result=$(eigenschap Result) ExecMainCode=$(eigenschap ExecMainCode) ExecMainStatus=$(eigenschap ExecMainStatus)"
[ "$(eigenschap ExecMainStatus)" = 0 ] && [ "$(eigenschap Result)" = success ] || faal "geen nette stop met exitcode 0"
if binnen journalctl -q -u berichtd --no-pager | grep -E 'status=31/SYS'; then faal "SIGSYS in het journaal"; fi

stap "systemd-analyze security berichtd"
binnen systemd-analyze security --no-pager berichtd | tee "$werk/security.txt"
score=$(sed -n 's/.*Overall exposure level for berichtd.service: \([0-9.]*\).*/\1/p' "$werk/security.txt")
awk -v s="$score" 'BEGIN { exit !(s != "" && s <= 1.0) }' || faal "blootstelling ${score:-onbekend} is hoger dan 1.0"

# ---------------------------------------------------------------- package lifecycle
stap "upgrade naar $versie+1 met een aangepast conffile"
binnen systemctl start berichtd
binnen sh -c 'echo "# lokaal aangepast" >>/etc/berichtd/regio.toml'
voor_pid=$(eigenschap MainPID)
timeout 300 nsenter -t "$pid1" -a -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  apt-get install -y "/srv/test/$(basename "$deb2")" >"$werk/apt.log" 2>&1 || { tail -n 30 "$werk/apt.log"; faal "upgrade"; }
[ "$(binnen dpkg-query -W -f '${Version}' berichtd)" = "$versie+1" ] || faal "de upgrade is niet geïnstalleerd"
binnen grep -q '^# lokaal aangepast' /etc/berichtd/regio.toml || faal "de upgrade overschreef het aangepaste conffile"
[ "$(eigenschap ActiveState)" = active ] && [ "$(eigenschap MainPID)" != "$voor_pid" ] || faal "de upgrade herstartte de dienst niet"
echo "versie $versie+1, conffile behouden, dienst herstart (pid $voor_pid -> $(eigenschap MainPID))"

stap "herinstallatie met een ongeldige configuratie start de dienst niet"
binnen systemctl stop berichtd
binnen sh -c "printf '\n[[onbekende_sectie]]\n' >>/etc/berichtd/regio.toml"
timeout 300 nsenter -t "$pid1" -a -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --reinstall "/srv/test/$(basename "$deb2")" >"$werk/apt.log" 2>&1 || { tail -n 30 "$werk/apt.log"; faal "herinstallatie"; }
grep -q 'is ongeldig; de dienst wordt niet' "$werk/apt.log" || faal "postinst meldt de ongeldige configuratie niet"
[ "$(eigenschap ActiveState)" = inactive ] || faal "postinst startte berichtd met een ongeldige configuratie"
binnen cp /srv/test/regio.toml.goed /etc/berichtd/regio.toml
grep 'is ongeldig' "$werk/apt.log"

stap "apt remove en apt purge"
binnen systemctl start berichtd
timeout 300 nsenter -t "$pid1" -a -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  apt-get remove -y berichtd >"$werk/apt.log" 2>&1 || { tail -n 30 "$werk/apt.log"; faal "apt remove"; }
[ "$(binnen systemctl show -P ActiveState berichtd)" = inactive ] || faal "remove stopte de dienst niet"
[ ! -e "$root/usr/bin/berichtd" ] && [ -f "$root/etc/berichtd/regio.toml" ] || faal "remove: binary nog aanwezig of config weg"
timeout 300 nsenter -t "$pid1" -a -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  apt-get purge -y berichtd >"$werk/apt.log" 2>&1 || { tail -n 30 "$werk/apt.log"; faal "apt purge"; }
grep 'berichtd:' "$werk/apt.log" || true
[ ! -e "$root/etc/berichtd" ] || faal "purge liet /etc/berichtd staan"
[ -z "$(binnen dpkg-query -W -f '${db:Status-Abbrev}' berichtd 2>/dev/null)" ] || faal "berichtd staat nog in dpkg"
[ ! -e "$root/var/lib/node_exporter/textfile_collector/berichtd.prom" ] || faal "purge liet de metrics staan"
[ -z "$(find "$root/etc/systemd" "$root/var/lib/systemd" -name '*berichtd*' 2>/dev/null)" ] || faal "purge liet unitstatus staan: $(find "$root/etc/systemd" "$root/var/lib/systemd" -name '*berichtd*')"
echo "verwijderd; berichten en opslag bewaard: $(aantal archive) in archive/, $(ls "$root/var/lib/berichtd" | tr '\n' ' ')"

stap "klaar: alles geslaagd"
