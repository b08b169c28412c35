#!/usr/bin/env bash
# Builds berichtd_<version>_<arch>.deb with dpkg-deb from a release build with the Swift runtime
# linked in (--static-swift-stdlib), so the server needs no Swift toolchain, only the Debian
# libraries in Depends:. Run from anywhere; writes the .deb to the repository root (or --uitvoer).
#
#   dist/deb.sh [--versie VERSIE] [--uitvoer MAP]
#
# The version defaults to 0.1.0+git<commit time UTC>.<commit>, so every later commit sorts higher.
set -euo pipefail
umask 022
cd "$(dirname "$0")/.."
repo=$PWD

basisversie=0.1.0
versie=""
uitvoer=$repo
while [ $# -gt 0 ]; do
  case "$1" in
    --versie) versie=$2; shift 2 ;;
    --uitvoer) uitvoer=$(realpath "$2"); shift 2 ;;
    *) echo "gebruik: dist/deb.sh [--versie VERSIE] [--uitvoer MAP]" >&2; exit 2 ;;
  esac
done
if [ -z "$versie" ]; then
  if git -C "$repo" rev-parse --git-dir >/dev/null 2>&1; then
    versie="$basisversie+git$(TZ=UTC git -C "$repo" log -1 --format=%cd --date=format-local:%Y%m%d%H%M%S).$(git -C "$repo" rev-parse --short=7 HEAD)"
  else
    versie=$basisversie
  fi
fi
# Commit time: the man pages' date and the file times in the package do not depend on the build.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$repo" log -1 --format=%ct 2>/dev/null || date +%s)}
arch=$(dpkg --print-architecture)
# .invalid is reserved (RFC 6761): set BERICHTD_ONDERHOUDER to a real contact for a package that leaves the house.
onderhouder=${BERICHTD_ONDERHOUDER:-"berichtd-ontwikkelaars <berichtd@berichtd.invalid>"}

# Everything but the path of the .deb goes to stderr: callers take the last line of stdout.
tools/debian-pakketten.sh >&2
command -v dpkg-shlibdeps >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev >/dev/null

swift build -c release --static-swift-stdlib --product berichtd --scratch-path "$repo/.build-release" >&2
werk=$(mktemp -d)
trap 'rm -rf "$werk"' EXIT

# The manual plugin builds the package in debug, in the debug scratch path `swift test` already
# filled; in .build-release it would relink the binary above without the static runtime. One page
# with every subcommand: pages per subcommand are named "berichtd check", which whatis cannot index.
datum=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
manmap="$repo/.build/plugins/GenerateManual/outputs/berichtd"
rm -rf "$manmap"
swift package --scratch-path "$repo/.build" plugin --allow-writing-to-package-directory generate-manual \
  --date "$datum" --authors "berichtd-ontwikkelaars" >"$repo/.build/generate-manual.log" 2>&1 \
  || { tail -n 30 "$repo/.build/generate-manual.log" >&2; exit 1; }
[ -s "$manmap/berichtd.1" ] || { echo "de manual-plugin schreef geen berichtd.1" >&2; exit 1; }
# generate-manual drops every non-ASCII character (één, geïnstalleerd, —). The plugin built the
# tool; run it once more on the shipped binary's help dump with those characters as ASCII
# placeholders, and turn the placeholders into roff's \[uXXXX] escapes.
cat >"$werk/dump-help" <<SCRIPT
#!/bin/sh
"$repo/.build-release/release/berichtd" "\$@" | python3 -c 'import sys; sys.stdout.write("".join(c if ord(c) < 128 else "QQU%04XQQ" % ord(c) for c in sys.stdin.read()))'
SCRIPT
chmod +x "$werk/dump-help"
install -d "$werk/man"
"$repo/.build/debug/generate-manual-tool" "$werk/dump-help" --date "$datum" --authors "berichtd-ontwikkelaars" \
  --output-directory "$werk/man" >/dev/null
sed -i -E 's/QQU([0-9A-F]{4})QQ/\\[u\1]/g' "$werk/man/berichtd.1"

pkg="$werk/pkg"
install -d "$pkg/DEBIAN" "$pkg/usr/bin" "$pkg/usr/share/berichtd" "$pkg/usr/share/doc/berichtd" \
  "$pkg/usr/share/man/man1" "$pkg/etc/berichtd" "$pkg/lib/systemd/system" \
  "$pkg/usr/lib/sysusers.d" "$pkg/usr/lib/tmpfiles.d"

install -m 0755 "$repo/.build-release/release/berichtd" "$pkg/usr/bin/berichtd"
strip --remove-section=.comment --remove-section=.note --strip-unneeded "$pkg/usr/bin/berichtd"
cp -r xsd "$pkg/usr/share/berichtd/xsd"
install -m 0644 config/* "$pkg/etc/berichtd/"
install -m 0644 dist/berichtd.service "$pkg/lib/systemd/system/berichtd.service"
install -m 0644 dist/debian/sysusers.conf "$pkg/usr/lib/sysusers.d/berichtd.conf"
install -m 0644 dist/debian/tmpfiles.conf "$pkg/usr/lib/tmpfiles.d/berichtd.conf"
for pagina in "$werk/man"/*.1; do
  gzip -9n <"$pagina" >"$pkg/usr/share/man/man1/$(basename "$pagina").gz"
done
install -m 0644 README.md dist/debian/copyright "$pkg/usr/share/doc/berichtd/"
cp -r examples "$pkg/usr/share/doc/berichtd/examples"
{
  echo "berichtd ($versie) unstable; urgency=medium"
  echo
  echo "  * Build of commit $(git -C "$repo" rev-parse HEAD 2>/dev/null || echo onbekend)."
  echo
  echo " -- $onderhouder  $(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n >"$pkg/usr/share/doc/berichtd/changelog.gz"
chmod -R u=rwX,go=rX "$pkg"

install -m 0755 dist/debian/postinst dist/debian/prerm dist/debian/postrm "$pkg/DEBIAN/"
(cd "$pkg" && find etc -type f | sort | sed 's|^|/|') >"$pkg/DEBIAN/conffiles"

# dpkg-shlibdeps wants a source tree: a control file naming the package is enough.
install -d "$werk/bron/debian"
printf 'Source: berichtd\n\nPackage: berichtd\nArchitecture: any\n' >"$werk/bron/debian/control"
shlibs=$(cd "$werk/bron" && dpkg-shlibdeps -O -e"$pkg/usr/bin/berichtd" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || { echo "dpkg-shlibdeps vond geen afhankelijkheden" >&2; exit 1; }

cat >"$pkg/DEBIAN/control" <<EOF
Package: berichtd
Version: $versie
Architecture: $arch
Maintainer: $onderhouder
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Depends: $shlibs, systemd
Suggests: prometheus-node-exporter
Section: misc
Priority: optional
Description: verwerking van iJw/iWmo 3.2-berichten voor gemeenten
 berichtd controleert toewijzingen (301) en declaraties (323) uit het sociaal
 domein tegen de XSD's en de regels van de iStandaarden iJw en iWmo 3.2 en
 schrijft de antwoorden (302, 325). Het draait als systemd-dienst op een
 spoolmap, met productiemonitoring, een afwijzingsrapport en metrics voor
 node_exporter.
EOF
(cd "$pkg" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) >"$pkg/DEBIAN/md5sums"
chmod 0644 "$pkg/DEBIAN/control" "$pkg/DEBIAN/conffiles" "$pkg/DEBIAN/md5sums"
find "$pkg" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

deb="$uitvoer/berichtd_${versie}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null
echo "$deb"
