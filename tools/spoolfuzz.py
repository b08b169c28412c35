#!/usr/bin/env python3
"""Black-box spool fuzz of `berichtd process`: no input may stop the spool.

Builds spools of mutated example messages and odd directory entries, runs
`berichtd process --spool S --rust 0` on each and checks the accounting:

  * the process exits 0 (2 means berichtd itself could not work; nothing of berichtd is
    broken here, so 2 means an input blocked it) and is not killed by a signal or the timeout;
  * every input is archived (spool/archive/<dag>/) or set aside (spool/rejected/ with a
    `.reason`) exactly once: regular files are matched by content, other entries by kind;
  * nothing stays in in/ or work/;
  * a second run processes nothing and says "niets te doen";
  * no run of nine digits (a BSN-like number) appears on stdout or stderr.

Each odd entry (long name, name that is not UTF-8, newline in the name, FIFO, ...) gets its
own spool next to one valid example, so a failure names its case; the mutants share one
spool and a failure names the mutant. Seeded and bounded (--mutants, --time-limit).

    python3 tools/spoolfuzz.py --binary .build/debug/berichtd [--seed 1] [--mutants 150]
                               [--time-limit 600] [--only NAAM] [--keep]

Exit 0 when every case passed, 1 otherwise (the failing cases are listed at the end).
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIZE_LIMIT = 25 * 1024 * 1024  # XMLLimits.standard.maximumBytes
NINE_DIGITS = re.compile(rb"(?<![0-9])[0-9]{9}(?![0-9])")


@dataclass
class Entry:
    """One thing dropped into in/: a regular file (content) or a special entry (kind)."""
    name: bytes
    content: bytes | None = None
    kind: str = "file"  # file, symlink-dangling, symlink-devzero, fifo, directory
    label: str = ""


@dataclass
class Case:
    name: str
    entries: list
    problems: list = field(default_factory=list)
    seconds: float = 0.0
    ran: bool = False


def examples():
    directory = os.path.join(ROOT, "examples")
    names = sorted(n for n in os.listdir(directory) if n.endswith(".xml"))
    return [(n, open(os.path.join(directory, n), "rb").read()) for n in names]


# --- mutations ---------------------------------------------------------------------------

DATE = re.compile(rb"(?<=>)([0-9]{4})-([0-9]{2})-([0-9]{2})(?=<)")


def mutate_bitflip(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def mutate_truncate(rng, data):
    return data[: rng.randrange(len(data))]


def mutate_insert(rng, data):
    i = rng.randrange(len(data) + 1)
    junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return data[:i] + junk + data[i:]


def mutate_date(rng, data):
    dates = list(DATE.finditer(data))
    if not dates:
        return data
    m = rng.choice(dates)
    year = rng.choice([b"0001", b"0003", b"0005", b"0026", b"0100", b"0120", b"0121", b"9999", b"1582", b"2026"])
    month, day = m.group(2), m.group(3)
    choice = rng.randrange(4)
    if choice == 1:
        month = b"13"
    elif choice == 2:
        day = b"32"
    elif choice == 3:
        month, day = b"02", b"29"
    return data[: m.start()] + year + b"-" + month + b"-" + day + data[m.end():]


def mutate_nul(rng, data):
    i = rng.randrange(len(data))
    return data[:i] + b"\x00" + data[i:]


def mutate_bom(rng, data):
    return rng.choice([b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + data


def mutate_encoding(rng, data):
    text = data.decode("utf-8")
    encoding = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
    if rng.random() < 0.5:
        text = text.replace('encoding="UTF-8"', 'encoding="%s"' % encoding.upper())
    return text.encode(encoding)


def mutate_comment(rng, data):
    size = rng.choice([11 * 1024 * 1024, 2 * 1024 * 1024])
    i = data.find(b"?>") + 2
    return data[:i] + b"<!--" + b"x" * size + b"-->" + data[i:]


MUTATIONS = {
    "bitflip": mutate_bitflip,
    "afgekapt": mutate_truncate,
    "invoeging": mutate_insert,
    "datum": mutate_date,
    "nul-byte": mutate_nul,
    "bom": mutate_bom,
    "utf16-32": mutate_encoding,
    "lang-commentaar": mutate_comment,
}


def mutants(rng, count):
    sources = examples()
    kinds = list(MUTATIONS)
    result = []
    for n in range(count):
        kind = kinds[n % len(kinds)] if n < 3 * len(kinds) else rng.choice(kinds)
        if kind == "lang-commentaar" and n >= len(kinds):
            kind = "datum"  # two big comments are enough; they make the spool slow
        source_name, source = rng.choice(sources)
        data = MUTATIONS[kind](rng, source)
        result.append(Entry(name=("m%04d-%s.xml" % (n, kind)).encode(), content=data,
                            label="%s van %s" % (kind, source_name)))
    huge = sources[0][1] + b"<!--" + b"y" * (SIZE_LIMIT - len(sources[0][1]) + 1024) + b"-->"
    result.append(Entry(name=b"m-groter-dan-limiet.xml", content=huge, label="boven de groottelimiet"))
    return result


# --- odd entries ----------------------------------------------------------------------------

def odd_cases():
    sources = dict(examples())
    valid301 = sources["002-jw301-0353-41000002-toewijzing.xml"]
    valid323 = sources["014-jw323-0321-41000001-2026-07.xml"]
    cases = [
        ("lange-naam", Entry(name=b"n" * 240 + b".xml", content=valid301)),
        ("naam-255-bytes", Entry(name=b"l" * 251 + b".xml", content=valid323)),
        ("naam-geen-utf8", Entry(name=b"geen-utf8-\xff\xfe\xc3(.xml", content=valid301)),
        ("naam-latin1", Entry(name=b"cli\xebnt-Zo\xeb.xml", content=valid323)),
        ("naam-met-newline", Entry(name=b"regel\nverwerkt: vervalst.xml", content=valid301)),
        ("naam-met-stuurtekens", Entry(name=b"stuur\x1b[31m\x07\ttekens\r.xml", content=valid323)),
        ("naam-met-bsn", Entry(name=b"999900006-declaratie-123456782.xml", content=valid323)),
        ("symlink-dangling", Entry(name=b"dangling.xml", kind="symlink-dangling")),
        ("symlink-dev-zero", Entry(name=b"nul.xml", kind="symlink-devzero")),
        ("fifo", Entry(name=b"pijp.xml", kind="fifo")),
        ("map", Entry(name=b"map.xml", kind="directory")),
        ("leeg-bestand", Entry(name=b"leeg.xml", content=b"")),
        ("datum-0003", Entry(name=b"dag-0003.xml",
                             content=valid323.replace(b"<jw323:DeclaratieDagtekening>2026-08-04",
                                                      b"<jw323:DeclaratieDagtekening>0003-08-04"))),
        ("dagtekening-0100", Entry(name=b"dag-0100.xml",
                                   content=re.sub(rb"<ijw:Dagtekening>[0-9-]+<", b"<ijw:Dagtekening>0100-11-01<",
                                                  valid301, count=1))),
    ]
    result = []
    for name, entry in cases:
        entry.label = name
        # A valid message next to it: an odd entry must not block the file claimed after it.
        buur = Entry(name=b"zz-buur-" + name.encode() + b".xml", content=sources["005-jw301-0321-41000001-toewijzing.xml"],
                     label="geldig bericht naast " + name)
        result.append(Case(name=name, entries=[entry, buur]))
    return result


def place(spool_in, entry, mtime):
    path = os.path.join(spool_in.encode(), entry.name)
    if entry.kind == "file":
        with open(path, "wb") as f:
            f.write(entry.content)
    elif entry.kind == "symlink-dangling":
        os.symlink(b"/nonexistent/berichtd-spoolfuzz/weg.xml", path)
    elif entry.kind == "symlink-devzero":
        os.symlink(b"/dev/zero", path)
    elif entry.kind == "fifo":
        os.mkfifo(path)
    elif entry.kind == "directory":
        os.mkdir(path)
    else:
        raise ValueError(entry.kind)
    if entry.kind != "symlink-dangling" and entry.kind != "symlink-devzero":
        os.utime(path, (mtime, mtime))
    else:
        os.utime(path, (mtime, mtime), follow_symlinks=False)


# --- running and checking -------------------------------------------------------------------

def listing(directory):
    """Every entry below `directory` (bytes paths, relative), without following symlinks."""
    result = []
    for dirpath, dirnames, filenames in os.walk(directory.encode()):
        for n in filenames:
            result.append(os.path.relpath(os.path.join(dirpath, n), directory.encode()))
        for n in list(dirnames):
            full = os.path.join(dirpath, n)
            if os.path.islink(full):
                result.append(os.path.relpath(full, directory.encode()))
    return result


def kind_of(path):
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        target = os.readlink(path)
        return "symlink-devzero" if target == b"/dev/zero" else "symlink-dangling"
    if stat.S_ISFIFO(st.st_mode):
        return "fifo"
    if stat.S_ISDIR(st.st_mode):
        return "directory"
    return "file"


def show(name):
    return repr(name)[2:-1] if len(name) < 80 else repr(name[:60])[2:-1] + "…(%d bytes)" % len(name)


def run(binary, spool, timeout):
    command = [binary, "process", "--spool", spool, "--config", os.path.join(ROOT, "config/regio.toml"),
               "--xsd", os.path.join(ROOT, "xsd"), "--rust", "0"]
    try:
        p = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                           stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", e.stderr or b""


HEX_TOKEN = re.compile(rb"[0-9A-Fa-fx]+")


def leaks(out, err, run_label):
    """A run of nine digits on stdout or stderr (a BSN-like number), except inside a longer
    hexadecimal token (addresses and hashes in a crash backtrace)."""
    problems = []
    for label, stream in (("stdout", out), ("stderr", err)):
        for m in NINE_DIGITS.finditer(stream):
            token = next(t for t in HEX_TOKEN.finditer(stream) if t.start() <= m.start() and m.end() <= t.end())
            if len(token.group()) > 9 and re.search(rb"[A-Fa-fx]", token.group()):
                continue
            context = stream[max(0, m.start() - 30):m.end() + 10].replace(m.group(), b"<9 cijfers>")
            problems.append("negen cijfers op %s (%s): …%s…" % (label, run_label, show(context)))
            break
    return problems


def raw_names(case, out, err):
    """A name with control characters must not be printed raw: a newline in it could forge a
    result line, an escape sequence could rewrite the terminal."""
    problems = []
    for entry in case.entries:
        if any(b < 0x20 or b == 0x7F for b in entry.name):
            for label, stream in (("stdout", out), ("stderr", err)):
                if entry.name in stream:
                    problems.append("naam met stuurtekens onveranderd op %s: %s" % (label, show(entry.name)))
    return problems


def first_lines(data, n=3):
    lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    return " | ".join(lines[:n])[:400]


def check(case, binary, workdir, timeout, keep):
    spool = tempfile.mkdtemp(prefix="spool-%s-" % case.name.replace("/", "_"), dir=workdir)
    spool_in = os.path.join(spool, "in")
    os.makedirs(spool_in)
    start = time.time()
    base = time.time() - 3600
    for i, entry in enumerate(case.entries):
        place(spool_in, entry, base + i)
    problems = case.problems

    code, out, err = run(binary, spool, timeout)
    if code is None:
        problems.append("eerste run hing (na %d s afgebroken)" % timeout)
    elif code < 0:
        problems.append("eerste run gecrasht (signaal %d): %s" % (-code, first_lines(err)))
    elif code != 0:
        problems.append("eerste run exitcode %d: %s" % (code, first_lines(err)))
    problems.extend(leaks(out, err, "eerste run"))
    problems.extend(raw_names(case, out, err))

    left_in = os.listdir(os.path.join(spool, "in").encode())
    left_work = [n for n in os.listdir(os.path.join(spool, "work").encode()) if not n.startswith(b".")]
    for n in left_in:
        problems.append("blijft in in/: %s" % show(n))
    for n in left_work:
        problems.append("blijft in work/: %s" % show(n))

    # What came out: archive/<dag>/* and rejected/* (not .reason), by content or kind.
    outputs = []
    archive = os.path.join(spool, "archive")
    for rel in listing(archive) if os.path.isdir(archive) else []:
        outputs.append(("archive", os.path.join(archive.encode(), rel)))
    rejected = os.path.join(spool, "rejected")
    reasons = set()
    for rel in listing(rejected) if os.path.isdir(rejected) else []:
        if rel.endswith(b".reason"):
            reasons.add(rel[: -len(b".reason")])
        elif not os.path.basename(rel).startswith(b"."):
            outputs.append(("rejected", os.path.join(rejected.encode(), rel)))
    for place_, path in outputs:
        if place_ == "rejected" and os.path.relpath(path, rejected.encode()) not in reasons:
            problems.append("apart gezet zonder .reason: %s" % show(os.path.basename(path)))
    # rejected/ entries that are directories are listed by os.walk as directories: add them.
    if os.path.isdir(rejected):
        for n in os.listdir(rejected.encode()):
            full = os.path.join(rejected.encode(), n)
            if os.path.isdir(full) and not os.path.islink(full):
                outputs.append(("rejected", full))
                if n not in reasons:
                    problems.append("apart gezet zonder .reason: %s" % show(n))

    by_content = {}
    by_kind = {}
    for place_, path in outputs:
        kind = kind_of(path)
        if kind == "file":
            digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
            by_content.setdefault(digest, []).append(place_)
        else:
            by_kind.setdefault(kind, []).append(place_)
    for entry in case.entries:
        if entry.kind == "file":
            places = by_content.get(hashlib.sha256(entry.content).hexdigest(), [])
        else:
            places = by_kind.get(entry.kind, [])
        if not places:
            problems.append("niet gearchiveerd en niet apart gezet: %s (%s)" % (show(entry.name), entry.label))
        else:
            places.pop(0)
    for key, places in list(by_content.items()) + list(by_kind.items()):
        for p in places:
            problems.append("meer dan één keer uitgekomen (%s): %s" % (p, key[:12] if len(key) > 20 else key))

    if code is not None:
        code2, out2, err2 = run(binary, spool, timeout)
        if code2 != 0:
            problems.append("tweede run exitcode %s: %s" % (code2, first_lines(err2)))
        if b"niets te doen" not in out2:
            problems.append("tweede run zegt geen 'niets te doen': %s" % first_lines(out2))
        problems.extend(leaks(out2, err2, "tweede run"))

    case.seconds = time.time() - start
    case.ran = True
    if keep or problems:
        case.spool = spool
    if not keep:
        shutil.rmtree(spool, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mutants", type=int, default=150)
    parser.add_argument("--time-limit", type=float, default=600, help="seconden voor alle gevallen samen")
    parser.add_argument("--timeout", type=float, default=300, help="seconden per berichtd-run")
    parser.add_argument("--only", action="append", help="alleen dit geval (herhaalbaar); 'mutanten' voor de mutanten")
    parser.add_argument("--workdir", default=None)
    parser.add_argument("--keep", action="store_true", help="laat de spools staan")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary)
    rng = random.Random(args.seed)
    cases = odd_cases() + [Case(name="mutanten", entries=mutants(rng, args.mutants))]
    if args.only:
        cases = [c for c in cases if c.name in args.only]
    workdir = args.workdir or tempfile.mkdtemp(prefix="berichtd-spoolfuzz-")
    os.makedirs(workdir, exist_ok=True)
    deadline = time.time() + args.time_limit
    print("spoolfuzz: seed %d, %d mutanten, %d gevallen, werkmap %s" % (args.seed, args.mutants, len(cases), workdir))
    for case in cases:
        if time.time() > deadline:
            break
        check(case, binary, workdir, args.timeout, args.keep)
        status = "ok" if not case.problems else "FOUT"
        print("%-22s %-4s %5.1f s  %d invoer" % (case.name, status, case.seconds, len(case.entries)), flush=True)
        for problem in case.problems[:12]:
            print("    - " + problem)
        if len(case.problems) > 12:
            print("    - … en nog %d" % (len(case.problems) - 12))
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)

    failed = [c for c in cases if c.problems]
    skipped = [c for c in cases if not c.ran]
    print()
    if skipped:
        print("niet gedraaid (tijdslimiet %d s): %s" % (args.time_limit, ", ".join(c.name for c in skipped)))
    if failed:
        print("spoolfuzz: %d van %d gevallen FOUT: %s" % (len(failed), len(cases) - len(skipped),
                                                         ", ".join(c.name for c in failed)))
        return 1
    print("spoolfuzz: alle %d gevallen ok" % (len(cases) - len(skipped)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
