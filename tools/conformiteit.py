#!/usr/bin/env python3
"""Generates docs/conformiteit.md: for every TR/CD/CS/OP/IV rule of iJw 3.2 that concerns the 301, the
retour (302), the 323 or the 325, whether berichtd checks it (and where, and which tests fail and pass
it), or why it does not apply or cannot be checked.

Inputs, all read at run time (nothing of the standard is copied into the repository):
  - the standard's rule export: ../shared/external/<bron>/packages/api/data/ (found relative to the
    repository; `--extern` overrides), the CSVs "Regels iStandaarden iJw versie 3.2.csv" (type, title,
    retourcode, control level) and "Regels per data-element in een bericht.csv" (which message);
  - our catalogue: Sources/Berichten/Rules/Regelcatalogus*.swift (code, level, retourcode, meaning) and
    the Swift files that use each rule (`Regelcatalogus.<naam>`);
  - the tests' own tables: Tests/BerichtenTests/Fixtures/README.md (level 2) and
    Tests/BerichtenTests/Fixtures/regels/README.md (levels 3/4 and the local rules);
  - docs/conformiteit-keuzes.toml: the status and reason of every rule that is not in the catalogue, and
    the readings we chose where the standard can be read two ways.

  python3 tools/conformiteit.py            writes docs/conformiteit.md
  python3 tools/conformiteit.py --check    fails (exit 1) when docs/conformiteit.md is not what this
                                           script generates now, when a catalogue rule has no row or no
                                           failing/passing case, or when a row names a missing file,
                                           fixture or scenario
Standard library only (tomllib: Python 3.11+).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "conformiteit.md"
KEUZES = ROOT / "docs" / "conformiteit-keuzes.toml"
CATALOGUS = sorted((ROOT / "Sources" / "Berichten" / "Rules").glob("Regelcatalogus*.swift"))
FIXTURES = ROOT / "Tests" / "BerichtenTests" / "Fixtures"
NIVEAU2_TEST = "Tests/BerichtenTests/Rules/BerichtinhoudTests.swift"
SCENARIO_TEST = "Tests/BerichtenTests/Rules/RegelscenarioTests.swift"
REGELS_CSV = "Regels iStandaarden iJw versie 3.2.csv"
PER_ELEMENT_CSV = "Regels per data-element in een bericht.csv"

# The export's message names, and ours.
BERICHTEN = {"JW301": "301", "JW Retour": "302", "JW305": "305", "JW307": "307", "JW323": "323", "JW325": "325"}
SOORTEN = ("TR", "CD", "CS", "OP", "IV")
NIVEAUS = {
    "berichtformaat (xsd)": "1 berichtformaat",
    "bericht inhoud (xslt)": "2 berichtinhoud",
    "berichtoverstijgend": "3 berichtoverstijgend",
    "externe bron": "4 externe bron",
    "": "—",
}
ONZE_NIVEAUS = {
    "berichtformaat": "1 berichtformaat",
    "berichtinhoud": "2 berichtinhoud",
    "berichtoverstijgend": "3 berichtoverstijgend",
    "externeBron": "4 externe bron",
}
RETOURCODE_NAMEN = {"technischeFout": "0001", "geenOpmerking": "0200", "nietBeoordeeld": "0233", "volledigToegekend": "8001"}
STATUSSEN = ("gecontroleerd", "niet van toepassing", "niet controleerbaar")


class Fout(Exception):
    pass


# MARK: - Reading the inputs


def vind_export(extern: str | None) -> Path:
    """The folder with the rule export: under ../shared/external/ next to the repository."""
    basis = Path(extern) if extern else ROOT.parent / "shared" / "external"
    kandidaten = sorted(p.parent for p in basis.glob(f"*/packages/api/data/{REGELS_CSV}"))
    kandidaten += sorted(p.parent for p in basis.glob(f"packages/api/data/{REGELS_CSV}"))
    if not kandidaten:
        raise Fout(f"geen regelexport gevonden: {basis}/*/packages/api/data/{REGELS_CSV} bestaat niet "
                   "(verwacht ../shared naast de repository, of geef --extern)")
    return kandidaten[0]


def toon_pad(pad: Path) -> str:
    """A path as the document shows it: relative to the repository (`../shared/...`), without
    resolving symbolic links (a CI checkout may link ../shared), so every checkout shows the same."""
    return os.path.relpath(pad, ROOT)


@dataclass
class ExportRegel:
    code: str
    soort: str
    titel: str
    retourcode: str
    niveau: str
    berichten: set[str] = field(default_factory=set)


def lees_export(map_: Path) -> dict[str, ExportRegel]:
    regels: dict[str, ExportRegel] = {}
    with open(map_ / REGELS_CSV, encoding="utf-8-sig", newline="") as f:
        for rij in csv.DictReader(f):
            code = rij["Regelcode"].strip()
            if not code.startswith(SOORTEN):
                continue
            titel = " ".join(rij["Titel"].split())
            titel = re.sub(rf"^{code}:\s*", "", titel)
            retour = rij["Retourcode"].strip()
            regels[code] = ExportRegel(code, rij["Type"].strip(), titel, retour, NIVEAUS.get(rij["Controleniveau"].strip(), rij["Controleniveau"]))
    with open(map_ / PER_ELEMENT_CSV, encoding="utf-8-sig", newline="") as f:
        for rij in csv.DictReader(f):
            code, bericht = rij["Regelcode"].strip(), rij["Bericht"].strip()
            if bericht not in BERICHTEN or not code.startswith(SOORTEN):
                continue
            if code not in regels:
                titel = re.sub(rf"^{code}:\s*", "", " ".join(rij["Regel"].split()))
                regels[code] = ExportRegel(code, "", titel, rij["Retourcode"].strip(), "—")
            regels[code].berichten.add(BERICHTEN[bericht])
            if not regels[code].retourcode and rij["Retourcode"].strip():
                regels[code].retourcode = rij["Retourcode"].strip()
    return {code: r for code, r in regels.items() if r.berichten}


@dataclass
class CatalogusRegel:
    naam: str
    code: str
    niveau: str
    retourcode: str
    geldt_voor: str
    betekenis: str
    bestanden: list[str] = field(default_factory=list)


def lees_catalogus() -> dict[str, CatalogusRegel]:
    patroon = re.compile(
        r'static let (\w+) = Regel\(\s*code:\s*"(\w+)",\s*niveau:\s*\.(\w+),\s*retourCode:\s*([^,]+),\s*'
        r'geldtVoor:\s*"([^"]*)",\s*betekenis:\s*"([^"]*)"\s*\)')
    regels: dict[str, CatalogusRegel] = {}
    for pad in CATALOGUS:
        for naam, code, niveau, retour, geldt, betekenis in patroon.findall(pad.read_text(encoding="utf-8")):
            m = re.fullmatch(r'RetourCode\("(\w+)"\)', retour.strip())
            retourcode = m.group(1) if m else RETOURCODE_NAMEN.get(retour.strip().lstrip("."), "")
            if not retourcode:
                raise Fout(f"{pad.name}: retourcode van {code} onleesbaar: {retour}")
            regels[code] = CatalogusRegel(naam, code, ONZE_NIVEAUS[niveau], retourcode, geldt, betekenis)
    if not regels:
        raise Fout("geen regels gevonden in Sources/Berichten/Rules/Regelcatalogus*.swift")
    # Which Swift files under Rules/ check each rule (the generator in Generator/ also names rules, to
    # produce faulty test data; it checks nothing).
    bronnen = [p for p in sorted((ROOT / "Sources" / "Berichten" / "Rules").rglob("*.swift")) if p not in CATALOGUS]
    teksten = {p: p.read_text(encoding="utf-8") for p in bronnen}
    for regel in regels.values():
        gebruik = re.compile(rf"Regelcatalogus\.{regel.naam}\b")
        regel.bestanden = [str(p.relative_to(ROOT)) for p, t in teksten.items() if gebruik.search(t)]
    return regels


def tabelrijen(pad: Path, prefix: str) -> list[list[str]]:
    if not pad.exists():
        raise Fout(f"{pad.relative_to(ROOT)} ontbreekt")
    rijen = []
    for regel in pad.read_text(encoding="utf-8").splitlines():
        if regel.startswith(prefix):
            rijen.append([c.strip() for c in regel.strip().strip("|").split("|")])
    return rijen


@dataclass
class Niveau2:
    """Level 2: fixture → expected codes, plus the named passing cases without their own -goed fixture."""
    fixtures: dict[str, set[str]]
    slagend: dict[tuple[str, str], list[str]]  # (code, bericht) -> files below Fixtures/


def lees_niveau2() -> Niveau2:
    readme = FIXTURES / "README.md"
    fixtures: dict[str, set[str]] = {}
    for cellen in tabelrijen(readme, "| `berichtinhoud/"):
        naam = cellen[0].strip("`")
        fixtures[naam] = set() if cellen[1] == "geen" else {c.strip() for c in cellen[1].split(",")}
    slagend: dict[tuple[str, str], list[str]] = {}
    for cellen in tabelrijen(readme, "| `S "):
        # | `S CS002 301` | `geldig/jw301.xml`, ... | waarom |
        _, code, bericht = cellen[0].strip("`").split()
        slagend[(code, bericht)] = [b.strip().strip("`") for b in cellen[1].split(",")]
    return Niveau2(fixtures, slagend)


@dataclass
class Scenario:
    naam: str
    stappen: list[str]
    verwacht: set[str]  # rule codes of the last step


def lees_scenarios() -> dict[str, Scenario]:
    scenarios = {}
    for cellen in tabelrijen(FIXTURES / "regels" / "README.md", "| `"):
        if len(cellen) != 5:
            continue
        naam = cellen[0].strip("`")
        stappen = [re.sub(r"\[.*?\]", "", s).strip().strip("`") for s in re.split(r",(?![^\[]*\])", cellen[2])]
        verwacht = set() if cellen[4] == "geen" else {v.split()[0] for v in cellen[4].split(",")}
        scenarios[naam] = Scenario(naam, stappen, verwacht)
    return scenarios


def lees_keuzes() -> dict:
    if not KEUZES.exists():
        raise Fout(f"{KEUZES.relative_to(ROOT)} ontbreekt")
    with open(KEUZES, "rb") as f:
        return tomllib.load(f)


# MARK: - Building the rows


@dataclass
class Rij:
    code: str
    berichten: str
    niveau: str
    retourcode: str
    status: str
    toelichting: str


def bericht_in_fixture(naam: str) -> str:
    m = re.search(r"-(jw|wmo)(301|305|307|323)", naam)
    return m.group(2) if m else ""


def niveau2_gevallen(regel: CatalogusRegel, n2: Niveau2, problemen: list[str]) -> tuple[list[str], list[str]]:
    berichten = sorted(set(re.findall(r"\b(301|305|307|323):", regel.geldt_voor)))
    faalt = sorted(f for f, codes in n2.fixtures.items() if regel.code in codes and f.endswith("-fout.xml"))
    slaagt = []
    for bericht in berichten:
        eigen = sorted(f for f in n2.fixtures
                       if f.endswith("-goed.xml") and Path(f).name.startswith(regel.code + "-") and bericht_in_fixture(f) == bericht)
        genoemd = n2.slagend.get((regel.code, bericht), [])
        if not eigen and not genoemd:
            problemen.append(f"{regel.code} ({bericht}): geen slagend geval (geen -goed-fixture en geen rij `S {regel.code} {bericht}` "
                             "in Tests/BerichtenTests/Fixtures/README.md)")
        if not any(bericht_in_fixture(f) == bericht for f in faalt):
            problemen.append(f"{regel.code} ({bericht}): geen falende fixture")
        slaagt += eigen + genoemd
    for f in faalt + slaagt:
        if not (FIXTURES / f).exists():
            problemen.append(f"{regel.code}: fixture {f} bestaat niet")
    return faalt, slaagt


def scenario_gevallen(regel: CatalogusRegel, scenarios: dict[str, Scenario], problemen: list[str]) -> tuple[list[str], list[str]]:
    eigen = [s for s in scenarios.values() if s.naam.startswith(regel.code + "-")]
    faalt = sorted(s.naam for s in eigen if "goed" not in s.naam and regel.code in s.verwacht)
    if not faalt:
        faalt = sorted(s.naam for s in scenarios.values() if regel.code in s.verwacht)
    slaagt = sorted(s.naam for s in eigen if "goed" in s.naam and regel.code not in s.verwacht)
    if not faalt:
        problemen.append(f"{regel.code}: geen falend scenario")
    if not slaagt:
        problemen.append(f"{regel.code}: geen slagend scenario")
    for naam in faalt + slaagt:
        for stap in scenarios[naam].stappen:
            if not (FIXTURES / "regels" / stap).exists():
                problemen.append(f"{regel.code}: scenario {naam} noemt {stap}, dat niet bestaat")
    return faalt, slaagt


def lijst(items: list[str], code: bool = True) -> str:
    return ", ".join(f"`{i}`" if code else i for i in items)


def catalogus_toelichting(regel: CatalogusRegel, n2: Niveau2, scenarios: dict[str, Scenario], problemen: list[str]) -> str:
    if not regel.bestanden:
        problemen.append(f"{regel.code}: geen Swift-bestand gebruikt Regelcatalogus.{regel.naam}")
    if regel.niveau.startswith("2"):
        faalt, slaagt = niveau2_gevallen(regel, n2, problemen)
        test = f"`{NIVEAU2_TEST}`, fixtures in `Tests/BerichtenTests/Fixtures/`"
    else:
        faalt, slaagt = scenario_gevallen(regel, scenarios, problemen)
        test = f"`{SCENARIO_TEST}`, scenario's in `Tests/BerichtenTests/Fixtures/regels/README.md`"
    return (f"{regel.code} ({regel.betekenis}); controle: {lijst(regel.bestanden)}; test: {test}; "
            f"faalt: {lijst(faalt)}; slaagt: {lijst(slaagt)}")


def verwijzingen_bestaan(code: str, verwijzingen: list[str], scenarios: dict[str, Scenario], problemen: list[str]) -> None:
    for v in verwijzingen:
        if v.startswith("scenario "):
            if v.removeprefix("scenario ") not in scenarios:
                problemen.append(f"{code}: scenario {v.removeprefix('scenario ')} staat niet in Fixtures/regels/README.md")
        elif not (ROOT / v).exists():
            problemen.append(f"{code}: {v} bestaat niet")


def keuze_toelichting(code: str, keuze: dict, scenarios: dict[str, Scenario], problemen: list[str]) -> str:
    status = keuze.get("status")
    if status not in STATUSSEN:
        problemen.append(f"{code}: status '{status}' is niet een van {STATUSSEN}")
    reden = " ".join(str(keuze.get("reden", "")).split())
    if len(reden) < 30:
        problemen.append(f"{code}: de reden is te kort of ontbreekt")
    tekst = reden
    if status == "gecontroleerd":
        controle, faalt, slaagt = keuze.get("controle", []), keuze.get("faalt", []), keuze.get("slaagt", [])
        if not controle or not faalt or not slaagt:
            problemen.append(f"{code}: gecontroleerd zonder controle, falend en slagend geval")
        verwijzingen_bestaan(code, controle + faalt + slaagt, scenarios, problemen)
        tekst += f"; controle: {lijst(controle)}; faalt: {lijst(faalt)}; slaagt: {lijst(slaagt)}"
    else:
        verwijzingen_bestaan(code, keuze.get("zie", []), scenarios, problemen)
        if keuze.get("zie"):
            tekst += f" (zie {lijst(keuze['zie'])})"
    return tekst


def bouw(export: dict[str, ExportRegel], catalogus: dict[str, CatalogusRegel], n2: Niveau2,
         scenarios: dict[str, Scenario], keuzes: dict, bron: Path) -> tuple[str, list[str]]:
    problemen: list[str] = []
    regels_keuzes: dict = keuzes.get("regel", {})
    rijen: list[Rij] = []
    for code in sorted(export, key=lambda c: (c[:2], c)):
        e = export[code]
        berichten = ", ".join(sorted(e.berichten))
        if code in catalogus:
            c = catalogus[code]
            if code in regels_keuzes:
                problemen.append(f"{code} staat in de catalogus én in {KEUZES.name}")
            niveau = e.niveau if c.niveau == e.niveau else f"{e.niveau} (berichtd: {c.niveau})"
            retour = e.retourcode or "—"
            if c.retourcode != e.retourcode:
                retour = f"{retour} (berichtd: {c.retourcode})"
                if not regels_keuzes.get(code, {}).get("afwijking"):
                    afwijking = keuzes.get("afwijking", {}).get(code)
                    if not afwijking:
                        problemen.append(f"{code}: retourcode {c.retourcode} wijkt af van de export ({e.retourcode}) "
                                         f"zonder uitleg in [afwijking] van {KEUZES.name}")
            rijen.append(Rij(code, berichten, niveau, retour, "gecontroleerd",
                             catalogus_toelichting(c, n2, scenarios, problemen)))
        elif code in regels_keuzes:
            k = regels_keuzes[code]
            rijen.append(Rij(code, berichten, e.niveau, e.retourcode or "—", k.get("status", "?"),
                             keuze_toelichting(code, k, scenarios, problemen)))
        else:
            problemen.append(f"{code} ({berichten}: {e.titel[:60]}) heeft geen status: niet in de catalogus en niet in {KEUZES.name}")
    for code in regels_keuzes:
        if code not in export:
            problemen.append(f"{KEUZES.name} noemt {code}, dat niet in de export voor 301/302/305/307/323/325 staat")
    lokaal = []
    for c in catalogus.values():
        if c.code in export:
            continue
        if not c.code.startswith("BD"):
            problemen.append(f"catalogusregel {c.code} heeft geen rij: niet in de export voor 301/302/305/307/323/325 en geen lokale BD-regel")
            continue
        lokaal.append(Rij(c.code, c.geldt_voor, c.niveau, "instelbaar", "gecontroleerd",
                          catalogus_toelichting(c, n2, scenarios, problemen)))

    tellingen = {s: sum(1 for r in rijen if r.status == s) for s in STATUSSEN}
    per_bericht = {b: {s: sum(1 for r in rijen if r.status == s and b in r.berichten.split(", ")) for s in STATUSSEN}
                   for b in ("301", "302", "305", "307", "323", "325")}
    uit: list[str] = []
    w = uit.append
    w("# Conformiteitsverklaring berichtd — iJw/iWmo 3.2")
    w("")
    w("<!-- Gegenereerd door tools/conformiteit.py; niet met de hand bewerken. Redenen en leeswijzen staan in "
      "docs/conformiteit-keuzes.toml. -->")
    w("")
    w("Welke regels van de standaard controleert berichtd, en hoe weten we dat? Deze verklaring zet elke regel "
      "(TR, CD, CS, OP, IV) die de regelexport van iJw 3.2 aan de 301, de 305, de 307, de retour (302/306/308), de 323 of de 325 koppelt "
      "op één rij, met één van drie statussen:")
    w("")
    w("- **gecontroleerd**: berichtd controleert de regel; de rij noemt onze regel, het Swift-bestand dat hem "
      "controleert en de tests die hem laten falen en slagen (CI draait ze allemaal);")
    w("- **niet van toepassing**: de regel geldt niet voor wat berichtd doet (bijvoorbeeld een regel voor de kant van de "
      "aanbieder), met de reden;")
    w("- **niet controleerbaar**: de regel geldt wel, maar berichtd kan hem met wat het ontvangt niet toetsen "
      "(bijvoorbeeld omdat hij 315/317 nodig heeft), met de reden.")
    w("")
    w(f"Bron: `{toon_pad(bron / REGELS_CSV)}` en `{toon_pad(bron / PER_ELEMENT_CSV)}` (de export is die van iJw; "
      "iWmo 3.2 heeft dezelfde regelset, zie de leeswijze over TR056). De RS-regels (restricties: lengte, patroon, "
      "verplichte elementen) staan hier niet per rij: die legt de XSD vast en berichtd valideert elk bericht tegen "
      "zijn XSD (niveau 1) voordat een regel draait.")
    w("")
    w("## Samenvatting")
    w("")
    w(f"{len(rijen)} regels van de standaard: **{tellingen['gecontroleerd']} gecontroleerd**, "
      f"**{tellingen['niet van toepassing']} niet van toepassing**, **{tellingen['niet controleerbaar']} niet controleerbaar**. "
      f"Daarnaast {len(lokaal)} lokale contractregels (BD) van de regio, alle gecontroleerd.")
    w("")
    w("| Bericht | gecontroleerd | niet van toepassing | niet controleerbaar |")
    w("|---|---|---|---|")
    for b, t in per_bericht.items():
        w(f"| {b} | {t['gecontroleerd']} | {t['niet van toepassing']} | {t['niet controleerbaar']} |")
    w("")
    w("Een regel die bij meer berichten hoort, telt in de tabel per bericht mee. De 302 en de 325 schrijft berichtd "
      "zelf: hun eigen regels (IV028, IV087, TR342, TR366 …) zijn voorschriften voor berichtd als verzender en staan "
      "als *niet van toepassing* (de ontvanger controleert ze), met waar berichtd ze volgt. Een gedeelde regel die bij de "
      "325 als *gecontroleerd* telt (zoals CS002 of TR101), controleert berichtd op de 323 waarvan de 325 de waarden "
      "overneemt.")
    w("")
    w("## Leeswijzen")
    w("")
    w("Waar de standaard op twee manieren te lezen is, kozen we de lezing die de eigen teksten van de standaard het best "
      "steunen.")
    w("")
    for lw in keuzes.get("leeswijze", []):
        w(f"### {lw['titel']}")
        w("")
        w(" ".join(lw["vraag"].split()))
        w("")
        for citaat in lw.get("citaten", []):
            w(f"> {' '.join(citaat.split())}")
            w(">")
        if lw.get("citaten"):
            uit.pop()
            w("")
        w(f"**Keuze:** {' '.join(lw['keuze'].split())}")
        w("")
        zie = lw.get("scenarios", [])
        for naam in zie:
            if naam not in scenarios:
                problemen.append(f"leeswijze '{lw['titel']}' noemt scenario {naam}, dat niet bestaat")
        if zie:
            w(f"Vastgelegd in de scenario's {lijst(zie)} (`{SCENARIO_TEST}`).")
            w("")
    afwijkingen = keuzes.get("afwijking", {})
    if afwijkingen:
        w("## Afwijkingen van de export")
        w("")
        for code, tekst in sorted(afwijkingen.items()):
            if code not in catalogus or code not in export:
                problemen.append(f"[afwijking] {code} is geen catalogusregel uit de export")
            w(f"- **{code}**: {' '.join(str(tekst).split())}")
        w("")
    w("## Regels van de standaard")
    w("")
    w("Niveau en retourcode zijn die van de export; waar berichtd iets anders gebruikt, staat dat erbij.")
    w("")
    w("| Regel | Berichten | Niveau | Retourcode | Status | Toelichting |")
    w("|---|---|---|---|---|---|")
    for r in rijen:
        titel = export[r.code].titel.replace("|", "/")
        w(f"| **{r.code}** {titel} | {r.berichten} | {r.niveau} | {r.retourcode} | {r.status} | {r.toelichting.replace('|', '/')} |")
    w("")
    w("## Lokale contractregels")
    w("")
    w("Geen regels van de standaard maar van het contract van de regio; de regioconfiguratie zet ze op `signaleren` "
      "(standaard), `afwijzen` met een gekozen WJ001-code, of `uit`.")
    w("")
    w("| Regel | Geldt voor | Niveau | Retourcode | Status | Toelichting |")
    w("|---|---|---|---|---|---|")
    for r in lokaal:
        w(f"| **{r.code}** | {r.berichten} | {r.niveau} | {r.retourcode} | {r.status} | {r.toelichting.replace('|', '/')} |")
    w("")
    return "\n".join(uit), problemen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="niets schrijven; faal als de verklaring niet klopt")
    parser.add_argument("--extern", help="map met de externe bronnen (standaard: ../shared/external naast de repository)")
    args = parser.parse_args()
    try:
        bron = vind_export(args.extern)
        tekst, problemen = bouw(lees_export(bron), lees_catalogus(), lees_niveau2(), lees_scenarios(), lees_keuzes(), bron)
    except Fout as fout:
        print(f"conformiteit: {fout}", file=sys.stderr)
        return 1
    if args.check:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != tekst:
            problemen.append(f"{DOC.relative_to(ROOT)} is niet wat tools/conformiteit.py nu genereert "
                             "(draai python3 tools/conformiteit.py)")
    else:
        DOC.parent.mkdir(exist_ok=True)
        DOC.write_text(tekst, encoding="utf-8")
    for probleem in problemen:
        print(f"conformiteit: {probleem}", file=sys.stderr)
    if problemen:
        return 1
    if args.check:
        print(f"conformiteit: {DOC.relative_to(ROOT)} klopt")
    else:
        print(f"conformiteit: {DOC.relative_to(ROOT)} geschreven")
    return 0


if __name__ == "__main__":
    sys.exit(main())
