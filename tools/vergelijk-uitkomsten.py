#!/usr/bin/env python3
"""Vergelijkt de uitkomsten van twee berichtd-binaries op dezelfde gegenereerde berichten.

Een refactoring of een versnelling mag geen uitkomst veranderen. Dit script genereert (met de
oude binary, één keer per scenario) de berichten van de benchmark, verwerkt ze met elke
binary in een eigen spool (eerst de 301's, dan de 323's maand voor maand, zoals in productie)
en vergelijkt daarna byte voor byte:

- elke retour in out/ (naam en inhoud);
- elke rij van elke tabel in de opslag, behalve de kolommen die van de klok of het claimtoken
  afhangen (bericht.ontvangen_op, bericht.claim).

    tools/vergelijk-uitkomsten.py --oud OUD --nieuw NIEUW [--scenario klein|regio|historie …]
        [--config REGIO.toml] [--xsd MAP]

Beide binaries krijgen dezelfde configuratie en XSD's (met --config/--xsd die van de oude
versie, als de nieuwe configuratie er niet meer op past).

Scenario's: klein (400 cliënten, 6 maanden, 8 % fouten; een minuut), regio (de regiomaand van
Benchmarks/run.sh: 77.800 cliënten, seed 20261123) en historie (de twaalf maanden van de
benchmark: 5.000 cliënten). Exitcode 0 als alles gelijk is, 1 bij een verschil (de eerste
verschillen worden genoemd).
"""

import argparse
import filecmp
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = {
    "klein": ["--seed", "7", "--clienten", "400", "--maanden", "6", "--vanaf", "2026-01", "--foutaandeel", "0.08"],
    "regio": ["--seed", "20261123", "--clienten", "77800", "--max-bytes", "25MB", "--foutaandeel", "0.01"],
    "historie": ["--seed", "20261123", "--clienten", "5000", "--maanden", "12", "--foutaandeel", "0.01"],
}
CONFIG = ROOT / "config/regio.toml"
XSD = ROOT / "xsd"
KLOKKOLOMMEN = {("bericht", "ontvangen_op"), ("bericht", "claim")}


def draai(opdracht):
    resultaat = subprocess.run(opdracht, capture_output=True, text=True)
    if resultaat.returncode != 0:
        sys.exit(f"mislukt ({resultaat.returncode}): {' '.join(map(str, opdracht))}\n{resultaat.stderr[-2000:]}")
    return resultaat.stdout


def genereer(binary, data, naam):
    map_ = data / f"gen-{naam}"
    opdracht = " ".join(SCENARIOS[naam])
    if (map_ / "samenvatting.txt").exists() and (map_ / "opdracht.txt").read_text() == opdracht:
        return map_
    shutil.rmtree(map_, ignore_errors=True)
    draai([binary, "genereer", "--uit", map_, "--config", CONFIG, *SCENARIOS[naam]])
    (map_ / "opdracht.txt").write_text(opdracht)
    return map_


def verwerk(binary, gen, spool):
    shutil.rmtree(spool, ignore_errors=True)
    (spool / "in").mkdir(parents=True)
    rondes = [sorted((gen / "301").rglob("*.xml"))]
    rondes += [sorted(maand.glob("*.xml")) for maand in sorted((gen / "323").iterdir()) if maand.is_dir()]
    for bestanden in rondes:
        for bestand in bestanden:
            shutil.copy2(bestand, spool / "in" / bestand.name)
        draai([binary, "process", "--spool", spool, "--config", CONFIG,
               "--xsd", XSD, "--rust", "0"])


def rijen(opslag):
    db = sqlite3.connect(f"file:{opslag}?mode=ro", uri=True)
    tabellen = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'grdb_%' ORDER BY name")]
    uitkomst = {}
    for tabel in tabellen:
        kolommen = [r[1] for r in db.execute(f'PRAGMA table_info("{tabel}")') if (tabel, r[1]) not in KLOKKOLOMMEN]
        lijst = ", ".join(f'"{k}"' for k in kolommen)
        uitkomst[tabel] = (kolommen, [tuple(r) for r in db.execute(f'SELECT {lijst} FROM "{tabel}" ORDER BY {lijst}')])
    return uitkomst


def vergelijk(oud, nieuw):
    verschillen = []
    bestanden = {}
    for label, spool in (("oud", oud), ("nieuw", nieuw)):
        bestanden[label] = {p.relative_to(spool / "out") for p in (spool / "out").rglob("*") if p.is_file()}
    verschillen += [f"alleen oud: out/{n}" for n in sorted(bestanden["oud"] - bestanden["nieuw"])]
    verschillen += [f"alleen nieuw: out/{n}" for n in sorted(bestanden["nieuw"] - bestanden["oud"])]
    gedeeld = sorted(bestanden["oud"] & bestanden["nieuw"])
    verschillen += [f"retour anders: out/{n}" for n in gedeeld
                    if not filecmp.cmp(oud / "out" / n, nieuw / "out" / n, shallow=False)]
    retours = len(gedeeld)
    a, b = rijen(oud / "state/berichtd.sqlite"), rijen(nieuw / "state/berichtd.sqlite")
    for tabel in sorted(set(a) | set(b)):
        if tabel not in a or tabel not in b:
            # A table a migration added (or dropped) counts only when it holds rows.
            alleen = a.get(tabel) or b.get(tabel)
            if alleen[1]:
                verschillen.append(f"tabel {tabel} alleen in {'nieuw' if tabel in b else 'oud'} ({len(alleen[1])} rijen)")
        elif a[tabel] != b[tabel]:
            (ka, ra), (kb, rb) = a[tabel], b[tabel]
            reden = f"kolommen {ka} ≠ {kb}" if ka != kb else f"{len(ra)} ≠ {len(rb)} rijen of andere waarden"
            verschillen.append(f"tabel {tabel}: {reden}")
    samenvatting = {t: len(r) for t, (_, r) in a.items() if r}
    vingerafdruk = hashlib.sha256(repr(sorted(a.items())).encode()).hexdigest()[:16]
    return verschillen, retours, samenvatting, vingerafdruk


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--oud", required=True, type=Path)
    parser.add_argument("--nieuw", required=True, type=Path)
    parser.add_argument("--scenario", action="append", choices=sorted(SCENARIOS))
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "berichtd-vergelijk")
    parser.add_argument("--config", type=Path, help="regioconfiguratie voor beide (standaard config/regio.toml)")
    parser.add_argument("--xsd", type=Path, help="XSD-map voor beide (standaard xsd/)")
    args = parser.parse_args()
    global CONFIG, XSD
    CONFIG = (args.config or CONFIG).resolve()
    XSD = (args.xsd or XSD).resolve()
    fouten = 0
    for naam in args.scenario or ["klein"]:
        gen = genereer(args.oud.resolve(), args.data, naam)
        spools = {label: args.data / f"{label}-{naam}" for label in ("oud", "nieuw")}
        verwerk(args.oud.resolve(), gen, spools["oud"])
        verwerk(args.nieuw.resolve(), gen, spools["nieuw"])
        verschillen, retours, samenvatting, vingerafdruk = vergelijk(spools["oud"], spools["nieuw"])
        tabellen = ", ".join(f"{t} {n}" for t, n in sorted(samenvatting.items()))
        if verschillen:
            fouten += 1
            print(f"{naam}: {len(verschillen)} verschil(len)")
            for regel in verschillen[:20]:
                print(f"  {regel}")
        else:
            print(f"{naam}: gelijk — {retours} retours byte voor byte; rijen: {tabellen}; vingerafdruk {vingerafdruk}")
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())
