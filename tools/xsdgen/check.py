#!/usr/bin/env python3
"""Dev-time verification of the generated schemas against the public reference data.

    python3 tools/xsdgen/check.py [--shared DIR] [--keep DIR] [--quick] [-v]

Reads the reference XSDs and example messages from ../shared/external/i-Sociaal-Lab+jaapjunior
(next to the repository; --shared points elsewhere). Nothing is copied into the project.

1. Structure: every element declaration (name, type, minOccurs/maxOccurs, facets,
   enumerations) of our schemas is compared with the reference schema. iWmo 302/325 have
   no reference: they are compared with the iJw twin after renaming namespaces and codes.
2. Examples: the reference messages validate against our schemas.
3. Parity under mutation: every seed message is mutated many times (one change at a time:
   removed / duplicated / swapped / renamed elements, wrong namespaces, unknown elements and
   attributes, and some 150 replacement values on every leaf: empty, whitespace, too long,
   out of range, outside a code list, dates with time zone, impossible dates, letters in
   digit fields, ...). Our schema's verdict must equal the reference schema's verdict for
   every mutant. iWmo 302/325 mutants are rewritten to their iJw twin (namespaces, BerichtCode,
   product category; a one-to-one mapping that keeps validity) and judged by the iJw reference.

Needs xmllint (libxml2-utils). Exit status 0 when all is equal, 1 otherwise.
"""

import argparse
import copy
import hashlib
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)

from facts import codelists  # noqa: E402

XS = "{http://www.w3.org/2001/XMLSchema}"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


def ns(std, msg):
    return "http://www.istandaarden.nl/%s/3_2/%s/schema" % (std, msg)


BASIS = {"ijw": ns("ijw", "basisschema"), "iwmo": ns("iwmo", "basisschema")}
for _p, _u in (("ijw", BASIS["ijw"]), ("iwmo", BASIS["iwmo"]), ("xsi", XSI)):
    ET.register_namespace(_p, _u)
for _n in ("301", "302", "323", "325"):
    ET.register_namespace("jw" + _n, ns("ijw", "jw" + _n))
    ET.register_namespace("wmo" + _n, ns("iwmo", "wmo" + _n))

WMO_TO_JW_CODE = {"414": "436", "415": "437", "484": "490", "485": "491"}


# =========================================================================== 1. structure

def schema_model(path, rename=None):
    """Normalised model of a schema: a sorted list of lines describing every declaration."""
    root = ET.parse(path).getroot()
    out = []

    def q(v):
        return rename(v) if (rename and v) else v

    def facets(r):
        fs = []
        for c in r:
            tag = c.tag.replace(XS, "")
            if tag in ("annotation",):
                continue
            fs.append((tag, q(c.get("value")) if tag == "pattern" else c.get("value")))
        return sorted(fs)

    for imp in root.findall(XS + "import"):
        out.append("import %s %s" % (q(imp.get("namespace")), imp.get("schemaLocation")))
    out.append("schema tns=%s efd=%s" % (q(root.get("targetNamespace")),
                                         root.get("elementFormDefault")))
    for el in root.findall(XS + "element"):
        out.append("global %s : %s" % (el.get("name"), q(el.get("type"))))
    for ct in root.findall(XS + "complexType"):
        seq = ct.find(XS + "sequence")
        kids = list(seq) if seq is not None else []
        for i, e in enumerate([k for k in kids if k.tag == XS + "element"]):
            line = "ct %s %02d %s : %s [%s..%s]" % (
                ct.get("name"), i, e.get("name"), q(e.get("type")),
                e.get("minOccurs", "1"), e.get("maxOccurs", "1"))
            st = e.find(XS + "simpleType")
            if st is not None:
                r = st.find(XS + "restriction")
                line += " local %s %s" % (q(r.get("base")), facets(r))
            out.append(line)
        other = [k.tag for k in ct if k.tag not in (XS + "sequence", XS + "annotation")]
        if other:
            out.append("ct %s has %s" % (ct.get("name"), other))
    for st in root.findall(XS + "simpleType"):
        r = st.find(XS + "restriction")
        out.append("st %s %s %s" % (st.get("name"), r.get("base"), facets(r)))
    return sorted(out)


# The one intended difference: LDT_Commentaar uses an equivalent pattern of our own
# ("contains a non-whitespace character", line breaks allowed). Parity is shown by the
# mutation test (whitespace, tabs, line breaks).
ACCEPTED_STRUCTURE_DIFF = re.compile(r"^st LDT_Commentaar xs:string ")


def wmo_twin_renamer(nummer):
    def rename(v):
        v = v.replace(ns("ijw", "jw" + nummer), ns("iwmo", "wmo" + nummer))
        v = v.replace(BASIS["ijw"], BASIS["iwmo"])
        v = re.sub(r"\bijw:", "iwmo:", v)
        v = re.sub(r"\bjw%s:" % nummer, "wmo%s:" % nummer, v)
        for w, j in WMO_TO_JW_CODE.items():
            if v == j:
                v = w
        return v
    return rename


def check_structure(refxsd):
    print("== 1. structure compared with the reference schemas")
    pairs = []
    for std, pfx in (("ijw", "jw"), ("iwmo", "wmo")):
        d = "%s-3.2" % std
        pairs.append(("%s/basisschema.xsd" % d, os.path.join(refxsd, d, "basisschema.xsd"), None))
        for n in ("301", "302", "323", "325"):
            ours = "%s/%s%s.xsd" % (d, pfx, n)
            ref = os.path.join(refxsd, d, "%s%s.xsd" % (pfx, n))
            rename = None
            if not os.path.exists(ref):
                ref = os.path.join(refxsd, "ijw-3.2", "jw%s.xsd" % n)
                rename = wmo_twin_renamer(n)
            pairs.append((ours, ref, rename))
    bad = 0
    for ours, ref, rename in pairs:
        a = schema_model(ref, rename)
        b = schema_model(os.path.join(REPO, "xsd", ours))
        only_ref = [x for x in a if x not in set(b)]
        only_ours = [x for x in b if x not in set(a)]
        accepted = [x for x in only_ref + only_ours if ACCEPTED_STRUCTURE_DIFF.match(x)]
        real = [x for x in only_ref + only_ours if not ACCEPTED_STRUCTURE_DIFF.match(x)]
        # The iWmo basisschema reference differs from ours only where the lists differ: none.
        twin = " (iJw twin)" if rename else ""
        if real:
            bad += 1
            print("DIFF %s vs %s%s" % (ours, os.path.relpath(ref, refxsd), twin))
            for x in only_ref:
                if not ACCEPTED_STRUCTURE_DIFF.match(x):
                    print("     reference only: %s" % x[:200])
            for x in only_ours:
                if not ACCEPTED_STRUCTURE_DIFF.match(x):
                    print("     ours only:      %s" % x[:200])
        else:
            note = " (accepted: equivalent LDT_Commentaar pattern)" if accepted else ""
            print("ok   %s = %s%s%s" % (ours, os.path.relpath(ref, refxsd), twin, note))
    return bad


# =========================================================================== xmllint

def xmllint_verdicts(schema, files, workdir):
    """{file: True/False} for every file, validated in batches by one xmllint per batch."""
    verdict = {}
    for i in range(0, len(files), 500):
        batch = files[i:i + 500]
        p = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", schema] + batch,
                           cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True)
        for line in p.stderr.splitlines():
            if line.endswith(" validates"):
                verdict[line[:-len(" validates")]] = True
            elif line.endswith(" fails to validate"):
                verdict[line[:-len(" fails to validate")]] = False
    for f in files:
        verdict.setdefault(f, False)  # no verdict line: not even well-formed / schema error
    return verdict


def check_examples(refroot, xmllint_dir):
    print("== 2. reference examples against our schemas")
    cases = [
        ("jw/bronnen/berichten/JW301.xml", "ijw-3.2/jw301.xsd"),
        ("jw/bronnen/berichten/JW302.xml", "ijw-3.2/jw302.xsd"),
        ("jw/bronnen/berichten/JW323.xml", "ijw-3.2/jw323.xsd"),
        ("jw/bronnen/berichten/JW325.xml", "ijw-3.2/jw325.xsd"),
        ("wmo/bronnen/berichten/WMO301.xml", "iwmo-3.2/wmo301.xsd"),
        ("wmo/bronnen/berichten/WMO323.xml", "iwmo-3.2/wmo323.xsd"),
    ]
    bad = 0
    for xml, xsd in cases:
        src = os.path.join(refroot, "packages", "api", xml)
        p = subprocess.run(["xmllint", "--noout", "--nonet", "--schema",
                            os.path.join(REPO, "xsd", xsd), src],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True)
        ok = p.returncode == 0
        bad += 0 if ok else 1
        print("%s %s against xsd/%s" % ("ok  " if ok else "FAIL", os.path.basename(xml), xsd))
        if not ok:
            print("     " + p.stdout.strip().replace("\n", "\n     "))
    return bad


# =========================================================================== seeds

def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def uri(tag):
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def find_children(parent, name):
    return [c for c in parent if local(c.tag) == name]


def insert_after(parent, after_names, new):
    """Insert new after the last child whose local name is in after_names."""
    idx = -1
    for i, c in enumerate(list(parent)):
        if local(c.tag) in after_names:
            idx = i
    if idx < 0:
        raise ValueError("no %s under %s" % (after_names, local(parent.tag)))
    prev = parent[idx]
    new.tail = prev.tail
    parent.insert(idx + 1, new)


def mk(tag, text=None):
    e = ET.Element(tag)
    e.text = text
    return e


def set_ns(root, mapping):
    for e in root.iter():
        u = uri(e.tag)
        if u in mapping:
            e.tag = "{%s}%s" % (mapping[u], local(e.tag))


def augment_301(root, std):
    """Add the optional elements the example lacks, so that mutations reach them too."""
    b = BASIS[std]
    m = uri(root.tag)
    client = root.find("{%s}Client" % m)
    geb = client.find("{%s}Geboortedatum" % m)
    if geb.find("{%s}DatumGebruik" % b) is None:
        geb.append(mk("{%s}DatumGebruik" % b, "1"))
    for tel in root.iter("{%s}Telefoon" % m):
        if tel.find("{%s}Telefoon02" % b) is None:
            t2 = copy.deepcopy(tel.find("{%s}Telefoon01" % b))
            t2.tag = "{%s}Telefoon02" % b
            tel.append(t2)
    for per in root.iter("{%s}Periode" % m):
        if per.find("{%s}Einddatum" % b) is None:
            per.append(mk("{%s}Einddatum" % b, "2018-12-31"))
    tp = root.iter("{%s}ToegewezenProduct" % m).__next__()
    if tp.find("{%s}RedenWijziging" % m) is None:
        insert_after(tp, ("Ingangsdatum", "Einddatum"), mk("{%s}RedenWijziging" % m, "04"))
    if tp.find("{%s}Budget" % m) is None:
        insert_after(tp, ("RedenWijziging", "Omvang"), mk("{%s}Budget" % m, "150000"))
    return root


def augment_323(root, std):
    b = BASIS[std]
    m = uri(root.tag)
    ref = root.iter("{%s}ProductReferentie" % m).__next__()
    if ref.find("{%s}VorigReferentieNummer" % b) is None:
        ref.append(mk("{%s}VorigReferentieNummer" % b, "RN000"))
    pr = root.iter("{%s}Prestatie" % m).__next__()
    if pr.find("{%s}ProductTarief" % m) is None:
        insert_after(pr, ("Eenheid",), mk("{%s}ProductTarief" % m, "1250"))
    return root


def retour_from_301(root, std, nummer_302_ns, code):
    """A full 302 made from a 301: same content, retour header, RetourCodes on each class."""
    m301 = uri(root.tag)
    set_ns(root, {m301: nummer_302_ns})
    m = nummer_302_ns
    b = BASIS[std]
    hdr = root.find("{%s}Header" % m)
    hdr.find("{%s}BerichtCode" % m).text = code
    xv = hdr.find("{%s}XsdVersie" % m)
    tail = xv.tail
    extra = [mk("{%s}IdentificatieRetour" % m, "R2026-000001"),
             mk("{%s}DagtekeningRetour" % m, "2026-04-02"),
             mk("{%s}XsltVersie" % m, "2.10.5")]
    xvr = mk("{%s}XsdVersieRetour" % m)
    xvr.append(mk("{%s}BasisschemaXsdVersie" % b, "1.0.0"))
    xvr.append(mk("{%s}BerichtXsdVersie" % b, "1.0.0"))
    extra.append(xvr)
    extra.append(retourcodes(m, "0200"))
    for e in extra:
        e.tail = tail
        hdr.append(e)

    def add_rc(el, c="0200"):
        rc = retourcodes(m, c)
        rc.tail = el[-1].tail if len(el) else None
        el.append(rc)

    client = root.find("{%s}Client" % m)
    for rel in client.iter("{%s}Relatie" % m):
        add_rc(rel.find("{%s}Contact" % m), "0233")
        add_rc(rel, "0233")
    for con in client.find("{%s}Contactgegevens" % m).findall("{%s}Contact" % m):
        add_rc(con, "0233")
    first = True
    for tp in client.iter("{%s}ToegewezenProduct" % m):
        add_rc(tp, "9332" if first else "0233")
        first = False
    add_rc(client, "0200")
    return root


def retourcodes(m, *codes):
    rc = mk("{%s}RetourCodes" % m)
    for c in codes:
        rc.append(mk("{%s}RetourCode" % m, c))
    return rc


def jw_to_wmo(root, nummer):
    """Rewrite an iJw message into its iWmo twin (namespaces, BerichtCode, categories)."""
    jw2wmo_code = {j: w for w, j in WMO_TO_JW_CODE.items()}
    set_ns(root, {ns("ijw", "jw" + nummer): ns("iwmo", "wmo" + nummer), BASIS["ijw"]: BASIS["iwmo"]})
    wmo_cats = [c for c, _ in codelists.WMO020_PRODUCTCATEGORIE]
    for e in root.iter():
        if local(e.tag) == "BerichtCode" and e.text in jw2wmo_code:
            e.text = jw2wmo_code[e.text]
        if local(e.tag) in ("ProductCategorie", "Categorie"):
            e.text = wmo_cats[1]  # 02 Begeleiding: any valid iWmo category will do
        if local(e.tag) in ("ProductCode", "Code") and e.text:
            e.text = "02" + e.text[2:]
    return root


def wmo_to_jw_mapper(nummer):
    """Maps an iWmo 302/325 document (possibly mutated) to the iJw twin, so that the iJw
    reference schema can judge it. One-to-one on the values that matter, so validity is kept:
    namespaces swapped, BerichtCodes swapped, categories paired (WMO020[i] <-> JZ020[i])."""
    nsmap = {ns("iwmo", "wmo" + nummer): ns("ijw", "jw" + nummer), BASIS["iwmo"]: BASIS["ijw"]}
    nsmap.update({v: k for k, v in list(nsmap.items())})
    codemap = dict(WMO_TO_JW_CODE)
    codemap.update({v: k for k, v in WMO_TO_JW_CODE.items()})
    wmo = [c for c, _ in codelists.WMO020_PRODUCTCATEGORIE]
    jw = [c for c, _ in codelists.JZ020_PRODUCTCATEGORIE]
    catmap = {}
    for w, j in zip(wmo, jw):
        catmap[w] = j
        catmap[j] = w
    for j in jw[len(wmo):]:
        catmap[j] = "!!"  # valid in iJw only: must stay invalid after mapping

    def mapper(root):
        for e in root.iter():
            u = uri(e.tag)
            if u in nsmap:
                e.tag = "{%s}%s" % (nsmap[u], local(e.tag))
            n = local(e.tag)
            if n == "BerichtCode" and e.text in codemap:
                e.text = codemap[e.text]
            if n in ("ProductCategorie", "Categorie") and e.text in catmap:
                e.text = catmap[e.text]
        return root
    return mapper


class Seed:
    def __init__(self, name, root, ours, ref, to_ref=None):
        self.name, self.root, self.ours, self.ref, self.to_ref = name, root, ours, ref, to_ref


def build_seeds(refroot):
    api = os.path.join(refroot, "packages", "api")
    refxsd = os.path.join(refroot, "_derived", "cleaned-xsd")

    def load(p):
        return ET.parse(os.path.join(api, p)).getroot()

    def o(p):
        return os.path.join(REPO, "xsd", p)

    def r(p):
        return os.path.join(refxsd, p)

    jw301, wmo301 = load("jw/bronnen/berichten/JW301.xml"), load("wmo/bronnen/berichten/WMO301.xml")
    jw302, jw323 = load("jw/bronnen/berichten/JW302.xml"), load("jw/bronnen/berichten/JW323.xml")
    jw325, wmo323 = load("jw/bronnen/berichten/JW325.xml"), load("wmo/bronnen/berichten/WMO323.xml")

    jw301p = augment_301(copy.deepcopy(jw301), "ijw")
    wmo301p = augment_301(copy.deepcopy(wmo301), "iwmo")
    jw302full = retour_from_301(copy.deepcopy(jw301p), "ijw", ns("ijw", "jw302"), "437")
    wmo302full = retour_from_301(copy.deepcopy(wmo301p), "iwmo", ns("iwmo", "wmo302"), "415")
    wmo302hdr = jw_to_wmo(copy.deepcopy(jw302), "302")
    jw302hdr_x = copy.deepcopy(jw302)
    hdr = jw302hdr_x.find("{%s}Header" % ns("ijw", "jw302"))
    insert_after(hdr, ("DagtekeningRetour",), mk("{%s}XsltVersie" % ns("ijw", "jw302"), "2.10.5"))
    wmo325 = jw_to_wmo(copy.deepcopy(jw325), "325")
    jw325min = copy.deepcopy(jw325)  # header-only 325 (level-2 rejection: 0001)
    for da in jw325min.findall("{%s}DeclaratieAntwoord" % ns("ijw", "jw325")):
        jw325min.remove(da)

    return [
        Seed("JW301.xml", jw301, o("ijw-3.2/jw301.xsd"), r("ijw-3.2/jw301.xsd")),
        Seed("JW301 + optional elements", jw301p, o("ijw-3.2/jw301.xsd"), r("ijw-3.2/jw301.xsd")),
        Seed("JW302.xml", jw302, o("ijw-3.2/jw302.xsd"), r("ijw-3.2/jw302.xsd")),
        Seed("JW302 header + XsltVersie", jw302hdr_x, o("ijw-3.2/jw302.xsd"), r("ijw-3.2/jw302.xsd")),
        Seed("JW302 full (from JW301)", jw302full, o("ijw-3.2/jw302.xsd"), r("ijw-3.2/jw302.xsd")),
        Seed("JW323.xml", jw323, o("ijw-3.2/jw323.xsd"), r("ijw-3.2/jw323.xsd")),
        Seed("JW323 + optional elements", augment_323(copy.deepcopy(jw323), "ijw"),
             o("ijw-3.2/jw323.xsd"), r("ijw-3.2/jw323.xsd")),
        Seed("JW325.xml", jw325, o("ijw-3.2/jw325.xsd"), r("ijw-3.2/jw325.xsd")),
        Seed("JW325 header only", jw325min, o("ijw-3.2/jw325.xsd"), r("ijw-3.2/jw325.xsd")),
        Seed("WMO301.xml", wmo301, o("iwmo-3.2/wmo301.xsd"), r("iwmo-3.2/wmo301.xsd")),
        Seed("WMO301 + optional elements", wmo301p, o("iwmo-3.2/wmo301.xsd"), r("iwmo-3.2/wmo301.xsd")),
        Seed("WMO323.xml", wmo323, o("iwmo-3.2/wmo323.xsd"), r("iwmo-3.2/wmo323.xsd")),
        Seed("WMO323 + optional elements", augment_323(copy.deepcopy(wmo323), "iwmo"),
             o("iwmo-3.2/wmo323.xsd"), r("iwmo-3.2/wmo323.xsd")),
        Seed("WMO302 header (from JW302)", wmo302hdr, o("iwmo-3.2/wmo302.xsd"),
             r("ijw-3.2/jw302.xsd"), wmo_to_jw_mapper("302")),
        Seed("WMO302 full (from WMO301)", wmo302full, o("iwmo-3.2/wmo302.xsd"),
             r("ijw-3.2/jw302.xsd"), wmo_to_jw_mapper("302")),
        Seed("WMO325 (from JW325)", wmo325, o("iwmo-3.2/wmo325.xsd"),
             r("ijw-3.2/jw325.xsd"), wmo_to_jw_mapper("325")),
    ]


# =========================================================================== mutations

def leaf_values(orig):
    """Replacement values for a leaf. Generic on purpose: every value goes into every leaf."""
    vals = [
        "", " ", "   ", "\t", "\n", "a\nb", "a\tb", " x", "x ", ".", "-",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
        "00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13",
        "14", "15", "16", "17", "18", "19", "20", "21", "23", "24", "25", "26", "30", "31",
        "36", "38", "39", "40", "45", "50", "55", "56", "80", "82", "83", "84", "85", "99",
        "AB", "BY", "TO", "WW", "XX", "ZZ", "NL", "nl", "BE", "DE", "UK", "C", "D", "c", "d",
        "X", "ab",
        "436", "437", "490", "491", "414", "415", "484", "485", "303", "304", "3 ", " 3", "03",
        "0001", "0200", "0233", "8001", "9332", "S300", "S329", "0000", "9999", "s300",
        "-1", "+1", "-0", "+0", "1.0", "1.5", "1e3", "0x1", "007",
        "99", "100", "99999", "100000", "99999999", "100000000", "999999999", "1000000000",
        "999999999999", "1000000000000", "-99999999",
        "0384", "384", "03840", "038a", "12345678", "1234567", "123456789", "1234567a",
        "999900006", "99990000", "9999000061", "99990000X", "0201234567", "020-1234567",
        "1234567890123456", "123456789012345",
        "A", "Ab", "ABCDEF", "ABCDEFG", "A.B", "A B", "\u00c0", "\u00e9", "\u1ef3", "\u1ef4",
        "\u00bf", "\u0100", "A1",
        "x" * 2, "x" * 3, "x" * 4, "x" * 5, "x" * 6, "x" * 7, "x" * 8, "x" * 9, "x" * 10,
        "x" * 11, "x" * 12, "x" * 13, "x" * 20, "x" * 21, "x" * 24, "x" * 25, "x" * 26,
        "x" * 35, "x" * 36, "x" * 37, "x" * 64, "x" * 65, "x" * 80, "x" * 81, "x" * 200,
        "x" * 201, "x" * 1000, " " * 12 + "x", "x" + " " * 11, "x" * 11 + " ",
        "1.0.0", "0.1.0", "1.0", "01.0.0", "1.0.0.0", "1.0.0 ", "10.20.30", "1..0", "a.b.c",
        "2023-01-01", "2026-02-30", "2023-02-29", "2024-02-29", "2023-13-01", "2023-1-01",
        "2023-01-01Z", "2023-01-01+01:00", "2023-01-01-05:00", "2023-01-01T00:00:00",
        "-2023-01-01", "12023-01-01", "0000-01-01", " 2023-01-01 ", "01-01-2023",
        "12:00:00", "12:00:00Z", "12:00:00+01:00", "12:00:00-01:00", "24:00:00", "25:00:00",
        "12:00", "12:00:00.5", "12:60:00", " 12:00:00",
        "RN001", "DN001", "DN-001", "DN 001", "x@y.nl", "9999XX", "9999 XX",
        "55A11", "45A03", "02A01", "55A111", "Zweeds",
    ]
    if orig:
        vals += [orig + "X", "X" + orig[1:], orig[:-1], orig + "0", orig * 2, " " + orig,
                 orig + " ", "-" + orig, orig + "\n"]
    seen, out = set(), []
    for v in vals:
        if v != orig and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def describe(path, what):
    return "%s: %s" % (path, what)


def element_paths(root):
    """[(element, path)] in document order."""
    out = []

    def walk(e, path):
        out.append((e, path))
        counts = {}
        for c in e:
            if not isinstance(c.tag, str):
                continue
            n = local(c.tag)
            counts[n] = counts.get(n, 0) + 1
            walk(c, "%s/%s[%d]" % (path, n, counts[n]))
    walk(root, "/" + local(root.tag))
    return out


def mutants(seed, quick=False):
    """Yield (description, root) for single mutations of seed.root.

    The mutations are applied in place on one working copy and undone after the consumer
    has serialised the yielded tree, so the caller must not keep the tree between steps."""
    root = copy.deepcopy(seed.root)
    msg_ns = uri(root.tag)
    std = msg_ns.split("/")[3]
    basis_ns = BASIS[std]
    parent = {c: p for p in root.iter() for c in p}
    before = serialize(root)

    for i, (e, path) in enumerate(element_paths(root)):
        is_leaf = len(e) == 0
        p = parent.get(e)
        if p is not None:
            idx = list(p).index(e)
            p.remove(e)
            yield describe(path, "removed"), root
            p.insert(idx, e)

            dup = copy.deepcopy(e)
            p.insert(idx + 1, dup)
            yield describe(path, "duplicated"), root
            p.remove(dup)

            if idx + 1 < len(p) and local(p[idx + 1].tag) != local(e.tag):
                p.remove(e)
                p.insert(idx + 1, e)
                yield describe(path, "swapped with next sibling"), root
                p.remove(e)
                p.insert(idx, e)

            if idx + 1 < len(p):
                p.remove(e)
                p.append(e)
                yield describe(path, "moved to the end of its parent"), root
                p.remove(e)
                p.insert(idx, e)

            old = e.tag
            for target in (basis_ns if uri(old) == msg_ns else msg_ns, "urn:onbekend", ""):
                e.tag = ("{%s}%s" % (target, local(old))) if target else local(old)
                yield describe(path, "namespace -> %r" % target), root
            n = local(old)
            e.tag = "{%s}%s" % (uri(old), n[0].lower() + n[1:])
            yield describe(path, "renamed to lower case"), root
            e.tag = old

        e.set("onbekend", "1")
        yield describe(path, "unknown attribute"), root
        del e.attrib["onbekend"]

        e.set("{%s}nil" % XSI, "true")
        yield describe(path, "xsi:nil"), root
        del e.attrib["{%s}nil" % XSI]

        if not is_leaf:
            for where, target in (("first", msg_ns), ("last", msg_ns), ("last", basis_ns),
                                  ("last", "urn:onbekend")):
                extra = mk("{%s}Onbekend" % target, "x")
                if where == "first":
                    e.insert(0, extra)
                else:
                    e.append(extra)
                yield describe(path, "unknown child %s (%s)" % (where, target)), root
                e.remove(extra)

            kids = list(e)
            for c in kids:
                e.remove(c)
            yield describe(path, "all children removed"), root
            for c in kids:
                e.append(c)

            old_text = e.text
            e.text = "x"
            yield describe(path, "text inside complex content"), root
            e.text = old_text

            if p is not None:
                for j, c in enumerate(kids):
                    extra = copy.deepcopy(c)
                    e.append(extra)
                    yield describe(path, "child %d copied to the end" % (j + 1)), root
                    e.remove(extra)
        else:
            old_text = e.text
            values = leaf_values(old_text or "")
            if quick:
                values = values[::7]
            for v in values:
                e.text = v
                yield describe(path, "value %r" % v), root
            e.text = old_text

            extra = mk("{%s}Waarde" % uri(e.tag), "1")
            e.append(extra)
            yield describe(path, "child element inside a leaf"), root
            e.remove(extra)

    if serialize(root) != before:
        raise AssertionError("mutations were not undone for %s" % seed.name)


def serialize(root):
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def run_parity(seeds, keep, quick, verbose):
    print("== 3. parity under mutation (our verdict must equal the reference verdict)")
    total = {"n": 0, "valid": 0, "invalid": 0, "mismatch": 0}
    all_mismatches = []
    work = keep or tempfile.mkdtemp(prefix="xsdgen-check-")
    try:
        for si, seed in enumerate(seeds):
            d = os.path.join(work, "seed%02d" % si)
            if os.path.exists(d):
                shutil.rmtree(d)
            os.makedirs(os.path.join(d, "ours"))
            os.makedirs(os.path.join(d, "ref"))
            items = itertools.chain([("unmutated seed", seed.root)], mutants(seed, quick))
            names, descs, seen = [], [], set()
            for k, (desc, root) in enumerate(items):
                data = serialize(root)
                h = hashlib.sha1(data).digest()
                if h in seen:
                    continue
                seen.add(h)
                name = "m%05d.xml" % k
                with open(os.path.join(d, "ours", name), "wb") as f:
                    f.write(data)
                refdata = serialize(seed.to_ref(copy.deepcopy(root))) if seed.to_ref else data
                with open(os.path.join(d, "ref", name), "wb") as f:
                    f.write(refdata)
                names.append(name)
                descs.append(desc)
            ours = xmllint_verdicts(seed.ours, names, os.path.join(d, "ours"))
            ref = xmllint_verdicts(seed.ref, names, os.path.join(d, "ref"))
            n = len(names)
            mism = [(descs[k], ours[nm], ref[nm]) for k, nm in enumerate(names) if ours[nm] != ref[nm]]
            nvalid = sum(1 for nm in names if ours[nm] and ref[nm])
            seed_ok = ours[names[0]] and ref[names[0]]
            total["n"] += n
            total["valid"] += nvalid
            total["invalid"] += n - nvalid - len(mism)
            total["mismatch"] += len(mism)
            print("%s %-30s %6d mutants: %5d valid in both, %6d invalid in both, %d mismatches%s"
                  % ("ok  " if not mism and seed_ok else "FAIL", seed.name, n - 1, nvalid - (1 if seed_ok else 0),
                     n - nvalid - len(mism), len(mism),
                     "" if seed_ok else "  (the unmutated seed is not valid in both!)"))
            for desc, o, r in mism[: (len(mism) if verbose else 15)]:
                print("     ours=%s ref=%s  %s" % ("valid" if o else "invalid",
                                                    "valid" if r else "invalid", desc))
            if not seed_ok:
                total["mismatch"] += 1
            all_mismatches += mism
            if not keep:
                shutil.rmtree(d)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    print("parity: %d documents (seeds + mutants), %d valid in both, %d invalid in both, "
          "%d mismatches" % (total["n"], total["valid"], total["invalid"], total["mismatch"]))
    return total["mismatch"]


# =========================================================================== main

def main():
    ap = argparse.ArgumentParser(description="verify the generated schemas against the reference")
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"),
                    help="the shared folder holding external/i-Sociaal-Lab+jaapjunior")
    ap.add_argument("--keep", help="keep the mutants in this directory")
    ap.add_argument("--quick", action="store_true", help="fewer replacement values per leaf")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    args = ap.parse_args()

    if shutil.which("xmllint") is None:
        print("xmllint missing (apt-get install libxml2-utils)")
        return 2
    refroot = os.path.normpath(os.path.join(args.shared, "external", "i-Sociaal-Lab+jaapjunior"))
    if not os.path.isdir(refroot):
        print("reference data not found at %s (use --shared)" % refroot)
        return 2
    refxsd = os.path.join(refroot, "_derived", "cleaned-xsd")

    bad = check_structure(refxsd)
    bad += check_examples(refroot, None)
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    bad += run_parity(build_seeds(refroot), args.keep, args.quick, args.verbose)
    print("check: %s" % ("all equal" if bad == 0 else "%d problem(s)" % bad))
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
