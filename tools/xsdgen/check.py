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
import ctypes
import ctypes.util
import hashlib
import itertools
import multiprocessing
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

# Directory of the schemas under test (our generated xsd/ unless --xsd is given).
XSD_DIR = [os.path.join(REPO, "xsd")]

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
ACCEPTED_REF = "st LDT_Commentaar xs:string %s" % [("minLength", "1"),
                                                     ("pattern", r"([.\s]*\S+[.\s]*)+")]
ACCEPTED_OURS = "st LDT_Commentaar xs:string %s" % [("minLength", "1"),
                                                      ("pattern", r"\s*\S[\s\S]*")]


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
        b = schema_model(os.path.join(XSD_DIR[0], ours))
        only_ref = [x for x in a if x not in set(b)]
        only_ours = [x for x in b if x not in set(a)]
        accepted = ACCEPTED_REF in only_ref and ACCEPTED_OURS in only_ours
        if accepted:
            only_ref.remove(ACCEPTED_REF)
            only_ours.remove(ACCEPTED_OURS)
        twin = " (iJw twin)" if rename else ""
        if only_ref or only_ours:
            bad += 1
            print("DIFF %s vs %s%s" % (ours, os.path.relpath(ref, refxsd), twin))
            for x in only_ref:
                print("     reference only: %s" % x[:200])
            for x in only_ours:
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


def check_examples(refroot):
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
                            os.path.join(XSD_DIR[0], xsd), src],
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


class WmoToJw:
    """Maps an iWmo 302/325 document (possibly mutated) to its iJw twin, so that the iJw
    reference schema can judge it. The mapping is one-to-one on everything that decides
    validity: namespaces swapped, BerichtCodes swapped (415<->437, 485<->491), product
    categories paired (WMO020[i] <-> JZ020[i]; JZ020 codes without a partner become an
    invalid value). A valid iWmo document thus maps to a valid iJw one and vice versa."""

    def __init__(self, nummer):
        self.nsmap = {ns("iwmo", "wmo" + nummer): ns("ijw", "jw" + nummer),
                      BASIS["iwmo"]: BASIS["ijw"]}
        self.nsmap.update({v: k for k, v in list(self.nsmap.items())})
        self.codemap = dict(WMO_TO_JW_CODE)
        self.codemap.update({v: k for k, v in WMO_TO_JW_CODE.items()})
        wmo = [c for c, _ in codelists.WMO020_PRODUCTCATEGORIE]
        jw = [c for c, _ in codelists.JZ020_PRODUCTCATEGORIE]
        self.catmap = {}
        for w, j in zip(wmo, jw):
            self.catmap[w] = j
            self.catmap[j] = w
        for j in jw[len(wmo):]:
            self.catmap[j] = "!!"

    def value(self, name, v):
        if name == "BerichtCode":
            return self.codemap.get(v, v)
        if name in ("ProductCategorie", "Categorie"):
            return self.catmap.get(v, v)
        return v

    def tree(self, root):
        for e in root.iter():
            u = uri(e.tag)
            if u in self.nsmap:
                e.tag = "{%s}%s" % (self.nsmap[u], local(e.tag))
            if e.text is not None:
                e.text = self.value(local(e.tag), e.text)
        return root


class Seed:
    """A valid message to mutate. ours/ref: schema paths. to_ref: WmoToJw for iWmo 302/325.
    full_values: in the default mode, try every replacement value on this seed's leaves
    (seeds that only repeat another seed's leaves get a sample)."""

    def __init__(self, name, root, ours, ref, to_ref=None, full_values=True):
        self.name, self.root, self.ours, self.ref = name, root, ours, ref
        self.to_ref, self.full_values = to_ref, full_values


def build_seeds(refroot):
    api = os.path.join(refroot, "packages", "api")
    refxsd = os.path.join(refroot, "_derived", "cleaned-xsd")

    def load(p):
        return ET.parse(os.path.join(api, p)).getroot()

    def o(p):
        return os.path.join(XSD_DIR[0], p)

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
        Seed("JW301.xml", jw301, o("ijw-3.2/jw301.xsd"), r("ijw-3.2/jw301.xsd"),
             full_values=False),
        Seed("JW301 + optional elements", jw301p, o("ijw-3.2/jw301.xsd"), r("ijw-3.2/jw301.xsd")),
        Seed("JW302.xml", jw302, o("ijw-3.2/jw302.xsd"), r("ijw-3.2/jw302.xsd")),
        Seed("JW302 header + XsltVersie", jw302hdr_x, o("ijw-3.2/jw302.xsd"), r("ijw-3.2/jw302.xsd")),
        Seed("JW302 full (from JW301)", jw302full, o("ijw-3.2/jw302.xsd"), r("ijw-3.2/jw302.xsd")),
        Seed("JW323.xml", jw323, o("ijw-3.2/jw323.xsd"), r("ijw-3.2/jw323.xsd"),
             full_values=False),
        Seed("JW323 + optional elements", augment_323(copy.deepcopy(jw323), "ijw"),
             o("ijw-3.2/jw323.xsd"), r("ijw-3.2/jw323.xsd")),
        Seed("JW325.xml", jw325, o("ijw-3.2/jw325.xsd"), r("ijw-3.2/jw325.xsd")),
        Seed("JW325 header only", jw325min, o("ijw-3.2/jw325.xsd"), r("ijw-3.2/jw325.xsd")),
        Seed("WMO301.xml", wmo301, o("iwmo-3.2/wmo301.xsd"), r("iwmo-3.2/wmo301.xsd"),
             full_values=False),
        Seed("WMO301 + optional elements", wmo301p, o("iwmo-3.2/wmo301.xsd"), r("iwmo-3.2/wmo301.xsd")),
        Seed("WMO323.xml", wmo323, o("iwmo-3.2/wmo323.xsd"), r("iwmo-3.2/wmo323.xsd"),
             full_values=False),
        Seed("WMO323 + optional elements", augment_323(copy.deepcopy(wmo323), "iwmo"),
             o("iwmo-3.2/wmo323.xsd"), r("iwmo-3.2/wmo323.xsd")),
        Seed("WMO302 header (from JW302)", wmo302hdr, o("iwmo-3.2/wmo302.xsd"),
             r("ijw-3.2/jw302.xsd"), WmoToJw("302")),
        Seed("WMO302 full (from WMO301)", wmo302full, o("iwmo-3.2/wmo302.xsd"),
             r("ijw-3.2/jw302.xsd"), WmoToJw("302")),
        Seed("WMO325 (from JW325)", wmo325, o("iwmo-3.2/wmo325.xsd"),
             r("ijw-3.2/jw325.xsd"), WmoToJw("325")),
    ]


# =========================================================================== mutations

def leaf_values(orig, extra=()):
    """Replacement values for a leaf: generic ones (every value goes into every leaf), values
    derived from the original, and extra (type-aware) ones."""
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
    vals += list(extra)
    seen, out = set(), []
    for v in vals:
        if v != orig and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def reference_leaf_types(xsd):
    """{generic leaf path: facets} for a message schema (read with its imports), e.g.
    "/Bericht/Client/Bsn" -> {"maxLength": 9, ...}. Used to add type-aware values (every
    enumeration value of the reference, length and range boundaries) to the generic ones."""
    cts, sts, glob = {}, {}, {}

    def load(path):
        root = ET.parse(path).getroot()
        for imp in root.findall(XS + "import"):
            load(os.path.join(os.path.dirname(path), imp.get("schemaLocation")))
        for ct in root.findall(XS + "complexType"):
            cts[ct.get("name")] = [e for e in ct.iter(XS + "element")]
        for st in root.findall(XS + "simpleType"):
            sts[st.get("name")] = st.find(XS + "restriction")
        for el in root.findall(XS + "element"):
            glob[el.get("name")] = el.get("type")
    load(xsd)

    def facets(restriction, acc):
        base = restriction.get("base", "").split(":")[-1]
        if base in sts:
            facets(sts[base], acc)
        for c in restriction:
            tag = c.tag.replace(XS, "")
            if tag == "enumeration":
                acc.setdefault("enumeration", []).append(c.get("value"))
            elif tag != "annotation":
                acc[tag] = c.get("value")
        return acc

    out = {}

    def walk(path, typename):
        for e in cts[typename]:
            p = "%s/%s" % (path, e.get("name"))
            t = (e.get("type") or "").split(":")[-1]
            if t in cts:
                walk(p, t)
            elif t in sts:
                out[p] = facets(sts[t], {})
            else:
                out[p] = facets(e.find(XS + "simpleType").find(XS + "restriction"), {})
    for name, t in glob.items():
        walk("/" + name, t.split(":")[-1])
    return out


def typed_values(f):
    vals = list(f.get("enumeration", []))
    for key in ("length", "minLength", "maxLength"):
        if key in f:
            n = int(f[key])
            for k in (n - 1, n, n + 1):
                if k >= 0:
                    vals += ["x" * k, "9" * k, "A" * k]
    for key in ("minInclusive", "maxInclusive"):
        if key in f:
            n = int(f[key])
            vals += [str(n - 1), str(n), str(n + 1)]
    return vals


def describe(path, what):
    return "%s: %s" % (path, what)


def element_paths(root):
    """[(element, path)] in document order; path like /Bericht/Client[1]/Bsn[1]."""
    out = []

    def walk(e, path):
        out.append((e, path))
        counts = {}
        for c in e:
            n = local(c.tag)
            counts[n] = counts.get(n, 0) + 1
            walk(c, "%s/%s[%d]" % (path, n, counts[n]))
    walk(root, "/" + local(root.tag))
    return out


def serialize(root):
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def esc(v):
    """Text escaping as ElementTree does it."""
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


PLACEHOLDER = "\ue000\ue001\ue000"
PLACEHOLDER_BYTES = PLACEHOLDER.encode("utf-8")


def mutants(seed, mode):
    """Yield (description, document for our schema, document for the reference schema) for
    single mutations of seed.root.

    Structural mutations are applied in place on one working copy and undone after the
    documents are serialised. Leaf values are spliced into a serialisation made once per leaf
    with a placeholder. mode: "full" = every value on every leaf; "quick" = every 7th value;
    "default" = every value on the first occurrence of each leaf path of a seed marked
    full_values, every 7th value elsewhere."""
    root = copy.deepcopy(seed.root)
    msg_ns = uri(root.tag)
    basis_ns = BASIS[msg_ns.split("/")[3]]
    parent = {c: p for p in root.iter() for c in p}
    before = serialize(root)
    to_ref = seed.to_ref
    seen_paths = set()
    leaf_types = reference_leaf_types(seed.ref)

    def emit(desc):
        ours = serialize(root)
        ref = serialize(to_ref.tree(copy.deepcopy(root))) if to_ref else ours
        return desc, ours, ref

    for e, path in element_paths(root):
        is_leaf = len(e) == 0
        p = parent.get(e)
        if p is not None:
            idx = list(p).index(e)
            p.remove(e)
            yield emit(describe(path, "removed"))
            p.insert(idx, e)

            dup = copy.deepcopy(e)
            p.insert(idx + 1, dup)
            yield emit(describe(path, "duplicated"))
            p.remove(dup)

            if idx + 1 < len(p) and local(p[idx + 1].tag) != local(e.tag):
                p.remove(e)
                p.insert(idx + 1, e)
                yield emit(describe(path, "swapped with next sibling"))
                p.remove(e)
                p.insert(idx, e)

            if idx + 1 < len(p):
                p.remove(e)
                p.append(e)
                yield emit(describe(path, "moved to the end of its parent"))
                p.remove(e)
                p.insert(idx, e)

            old = e.tag
            for target in (basis_ns if uri(old) == msg_ns else msg_ns, "urn:onbekend", ""):
                e.tag = ("{%s}%s" % (target, local(old))) if target else local(old)
                yield emit(describe(path, "namespace -> %r" % target))
            n = local(old)
            e.tag = "{%s}%s" % (uri(old), n[0].lower() + n[1:])
            yield emit(describe(path, "renamed to lower case"))
            e.tag = old

        e.set("onbekend", "1")
        yield emit(describe(path, "unknown attribute"))
        del e.attrib["onbekend"]

        e.set("{%s}nil" % XSI, "true")
        yield emit(describe(path, "xsi:nil"))
        del e.attrib["{%s}nil" % XSI]

        if not is_leaf:
            for where, target in (("first", msg_ns), ("last", msg_ns), ("last", basis_ns),
                                  ("last", "urn:onbekend")):
                extra = mk("{%s}Onbekend" % target, "x")
                if where == "first":
                    e.insert(0, extra)
                else:
                    e.append(extra)
                yield emit(describe(path, "unknown child %s (%s)" % (where, target)))
                e.remove(extra)

            kids = list(e)
            for c in kids:
                e.remove(c)
            yield emit(describe(path, "all children removed"))
            for c in kids:
                e.append(c)

            old_text = e.text
            e.text = "x"
            yield emit(describe(path, "text inside complex content"))
            e.text = old_text

            if p is not None:
                for j, c in enumerate(kids):
                    extra = copy.deepcopy(c)
                    e.append(extra)
                    yield emit(describe(path, "child %d copied to the end" % (j + 1)))
                    e.remove(extra)
        else:
            extra = mk("{%s}Waarde" % uri(e.tag), "1")
            e.append(extra)
            yield emit(describe(path, "child element inside a leaf"))
            e.remove(extra)

            old_text = e.text
            generic = re.sub(r"\[\d+\]", "", path)
            values = leaf_values(old_text or "", typed_values(leaf_types.get(generic, {})))
            if mode == "quick" or (mode == "default" and (not seed.full_values
                                                          or generic in seen_paths)):
                values = values[::7]
            seen_paths.add(generic)
            e.text = PLACEHOLDER
            o_pre, o_suf = serialize(root).split(PLACEHOLDER_BYTES)
            if to_ref:
                r_pre, r_suf = serialize(to_ref.tree(copy.deepcopy(root))).split(PLACEHOLDER_BYTES)
            e.text = old_text
            name = local(e.tag)
            for v in values:
                ours = o_pre + esc(v).encode("utf-8") + o_suf
                ref = (r_pre + esc(to_ref.value(name, v)).encode("utf-8") + r_suf) if to_ref else ours
                yield describe(path, "value %r" % v), ours, ref

    if serialize(root) != before:
        raise AssertionError("mutations were not undone for %s" % seed.name)


# =========================================================================== libxml2

class Libxml2:
    """Schema validation in-process through the system libxml2 (the library xmllint uses),
    so that hundreds of thousands of mutants need no files and no processes."""

    OPTIONS = 32 | 64 | 2048  # XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET

    def __init__(self):
        name = ctypes.util.find_library("xml2") or "libxml2.so.2"
        lib = ctypes.CDLL(name)
        vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        self.errfunc_type = ctypes.CFUNCTYPE(None, vp, vp)
        for fn, res, args in (
                ("xmlSchemaNewParserCtxt", vp, [cp]),
                ("xmlSchemaParse", vp, [vp]),
                ("xmlSchemaNewValidCtxt", vp, [vp]),
                ("xmlReadMemory", vp, [cp, ci, cp, cp, ci]),
                ("xmlSchemaValidateDoc", ci, [vp, vp]),
                ("xmlFreeDoc", None, [vp]),
                ("xmlSchemaSetParserStructuredErrors", None, [vp, self.errfunc_type, vp]),
                ("xmlSchemaSetValidStructuredErrors", None, [vp, self.errfunc_type, vp]),
                ("xmlSetStructuredErrorFunc", None, [vp, self.errfunc_type])):
            f = getattr(lib, fn)
            f.restype = res
            f.argtypes = args
        self.lib = lib
        self.silent = self.errfunc_type(lambda ctx, err: None)
        lib.xmlSetStructuredErrorFunc(None, self.silent)
        self.ctxts = {}

    def _ctxt(self, xsd):
        if xsd not in self.ctxts:
            pc = self.lib.xmlSchemaNewParserCtxt(xsd.encode())
            self.lib.xmlSchemaSetParserStructuredErrors(pc, self.silent, None)
            schema = self.lib.xmlSchemaParse(pc)
            if not schema:
                raise RuntimeError("libxml2 cannot load schema %s" % xsd)
            vc = self.lib.xmlSchemaNewValidCtxt(schema)
            self.lib.xmlSchemaSetValidStructuredErrors(vc, self.silent, None)
            self.ctxts[xsd] = vc
        return self.ctxts[xsd]

    def valid(self, xsd, data):
        vc = self._ctxt(xsd)
        doc = self.lib.xmlReadMemory(data, len(data), b"mutant.xml", None, self.OPTIONS)
        if not doc:
            return False
        try:
            return self.lib.xmlSchemaValidateDoc(vc, doc) == 0
        finally:
            self.lib.xmlFreeDoc(doc)


_LIBXML2 = None
SEEDS = []


def parity_worker(job):
    """Run all mutants of one seed; returns counts, mismatches and a sample for xmllint."""
    global _LIBXML2
    si, mode = job
    if _LIBXML2 is None:
        _LIBXML2 = Libxml2()
    lx = _LIBXML2
    seed = SEEDS[si]
    seen = set()
    res = {"n": 0, "valid": 0, "invalid": 0, "mismatches": [], "sample": [], "seed_ok": None}
    for k, (desc, ours, ref) in enumerate(itertools.chain(
            [("unmutated seed", serialize(seed.root),
              serialize(seed.to_ref.tree(copy.deepcopy(seed.root))) if seed.to_ref else None)],
            mutants(seed, mode))):
        if ref is None:
            ref = ours
        h = hashlib.sha1(ours).digest()
        if h in seen:
            continue
        seen.add(h)
        vo = lx.valid(seed.ours, ours)
        vr = lx.valid(seed.ref, ref)
        if k == 0:
            res["seed_ok"] = vo and vr
        else:
            res["n"] += 1
            if vo != vr:
                res["mismatches"].append((desc, vo, vr, ours, ref))
            elif vo:
                res["valid"] += 1
            else:
                res["invalid"] += 1
        if k % 101 == 0 or vo != vr:
            res["sample"].append((desc, ours, ref, vo, vr))
    return si, res


def xmllint_crosscheck(samples, workdir):
    """Validate a sample of the mutants with the xmllint program as well: the in-process
    verdicts must agree with it. Returns the number of disagreements."""
    bad = 0
    total = 0
    by_schema = {}
    for k, (xsd, data, verdict) in enumerate(samples):
        by_schema.setdefault(xsd, []).append(("s%06d.xml" % k, data, verdict))
    for xsd, items in sorted(by_schema.items()):
        d = os.path.join(workdir, hashlib.sha1(xsd.encode()).hexdigest()[:12])
        os.makedirs(d, exist_ok=True)
        for name, data, _ in items:
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
        got = xmllint_verdicts(xsd, [n for n, _, _ in items], d)
        for name, _, verdict in items:
            total += 1
            if got[name] != verdict:
                bad += 1
                print("     xmllint disagrees on %s/%s (%s)" % (d, name, xsd))
    print("xmllint cross-check: %d sampled documents, %d disagreements with the in-process "
          "verdicts" % (total, bad))
    return bad


def run_parity(seeds, mode, keep, verbose):
    print("== 3. parity under mutation (our verdict must equal the reference verdict; "
          "mode %s)" % mode)
    SEEDS[:] = seeds
    total = {"n": 0, "valid": 0, "invalid": 0, "mismatch": 0}
    samples = []
    jobs = [(i, mode) for i in range(len(seeds))]
    procs = max(1, min(2, os.cpu_count() or 1))
    with multiprocessing.get_context("fork").Pool(procs) as pool:
        for si, res in pool.imap(parity_worker, jobs):
            seed = seeds[si]
            mism = res["mismatches"]
            ok = not mism and res["seed_ok"]
            print("%s %-30s %6d mutants: %6d valid in both, %6d invalid in both, %d mismatches%s"
                  % ("ok  " if ok else "FAIL", seed.name, res["n"], res["valid"], res["invalid"],
                     len(mism), "" if res["seed_ok"] else "  (the seed itself is not valid in both!)"))
            for desc, vo, vr, ours, ref in mism[: (len(mism) if verbose else 15)]:
                print("     ours=%s ref=%s  %s" % ("valid" if vo else "invalid",
                                                    "valid" if vr else "invalid", desc))
            if keep:
                for k, (desc, vo, vr, ours, ref) in enumerate(mism):
                    base = os.path.join(keep, "seed%02d-mismatch%04d" % (si, k))
                    with open(base + "-ours.xml", "wb") as f:
                        f.write(ours)
                    with open(base + "-ref.xml", "wb") as f:
                        f.write(ref)
                    with open(base + ".txt", "w") as f:
                        f.write("%s\nours=%s ref=%s\n" % (desc, vo, vr))
            total["n"] += res["n"]
            total["valid"] += res["valid"]
            total["invalid"] += res["invalid"]
            total["mismatch"] += len(mism) + (0 if res["seed_ok"] else 1)
            for desc, ours, ref, vo, vr in res["sample"]:
                samples.append((seed.ours, ours, vo))
                samples.append((seed.ref, ref, vr))
    print("parity: %d mutants over %d seeds: %d valid in both, %d invalid in both, "
          "%d mismatches" % (total["n"], len(seeds), total["valid"], total["invalid"],
                             total["mismatch"]))
    work = tempfile.mkdtemp(prefix="xsdgen-check-")
    try:
        bad = xmllint_crosscheck(samples, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return total["mismatch"] + bad

# =========================================================================== main

def main():
    ap = argparse.ArgumentParser(description="verify the generated schemas against the reference")
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"),
                    help="the shared folder holding external/i-Sociaal-Lab+jaapjunior")
    ap.add_argument("--xsd", help="schemas to test instead of <repo>/xsd (to try the check itself)")
    ap.add_argument("--keep", help="write every mismatching mutant (ours + reference) here")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_const", dest="mode", const="quick",
                      help="every 7th replacement value only (fast)")
    mode.add_argument("--full", action="store_const", dest="mode", const="full",
                      help="every replacement value on every leaf of every seed (slow)")
    ap.set_defaults(mode="default")
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
    if args.xsd:
        XSD_DIR[0] = os.path.abspath(args.xsd)
        print("testing the schemas in %s" % XSD_DIR[0])

    bad = check_structure(refxsd)
    bad += check_examples(refroot)
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    bad += run_parity(build_seeds(refroot), args.mode, args.keep, args.verbose)
    print("check: %s" % ("all equal" if bad == 0 else "%d problem(s)" % bad))
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
