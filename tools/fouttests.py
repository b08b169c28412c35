#!/usr/bin/env python3
"""Fault tests for `berichtd run` (the daemon): nothing dropped in the spool is ever lost or
answered twice, whatever happens to the process or the disk.

Every scenario drops a batch built from the example messages (each example under several
names, so the later copies are duplicates that must get TR056/9056), lets the daemon work
through faults, and then compares the spool and the store with a reference run of
`berichtd process` on the same batch without faults: the same store records in the same
order, byte-identical retours, every input archived or set aside exactly once, nothing left
in in/ or work/, no temp files.

Usage: tools/fouttests.py [--binary .build/debug/berichtd] [--kills 200] [--seed 1]
Needs root for the read-only and disk-full scenarios (the daemon then runs as `nobody`,
and a small tmpfs plays the full disk); without root those two are skipped, and said so.
"""
import argparse
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = sorted(f for f in os.listdir(os.path.join(ROOT, "examples")) if f.endswith(".xml"))


def log(text):
    print(text, flush=True)


class Failure(Exception):
    pass


def check(condition, text):
    if not condition:
        raise Failure(text)


class Notify:
    """A socket of ours that plays systemd's NOTIFY_SOCKET and records every datagram."""

    def __init__(self, path):
        self.path = path
        self.messages = []
        self.lock = threading.Lock()
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.sock.settimeout(0.2)
        self.running = True
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self):
        while self.running:
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                continue
            except OSError:
                return
            with self.lock:
                self.messages.append((time.monotonic(), data.decode()))

    def count(self, key):
        with self.lock:
            return sum(1 for _, m in self.messages if key in m.split("\n"))

    def wait_for(self, key, timeout, after=0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.count(key) > after:
                return True
            time.sleep(0.02)
        return False

    def close(self):
        self.running = False
        self.sock.close()


class Scenario:
    def __init__(self, args, name, copies, user=None, spool_root=None):
        self.args = args
        self.name = name
        self.dir = tempfile.mkdtemp(prefix="berichtd-fout-")
        os.chmod(self.dir, 0o755)
        self.spool = spool_root or os.path.join(self.dir, "spool")
        self.user = user
        self.files = [(f"{c:02d}-{e}", os.path.join(ROOT, "examples", e)) for c in range(copies) for e in EXAMPLES]
        self.config = os.path.join(self.dir, "regio.toml")
        shutil.copy(os.path.join(ROOT, "config", "regio.toml"), self.config)
        for csv in os.listdir(os.path.join(ROOT, "config")):
            if csv.endswith(".csv"):
                shutil.copy(os.path.join(ROOT, "config", csv), self.dir)
        for d in ("in", "work", "out", "archive", "rejected", "state"):
            os.makedirs(os.path.join(self.spool, d), exist_ok=True)
        if user:
            subprocess.run(["chown", "-R", user, self.dir, self.spool], check=True)
        self.notify = Notify(os.path.join(self.dir, "notify.sock"))
        if user:
            subprocess.run(["chown", user, self.notify.path], check=True)
        self.proc = None
        self.base = time.time() - 10_000

    def command(self, verb, spool=None, extra=()):
        cmd = [self.args.binary, verb, "--spool", spool or self.spool, "--config", self.config,
               "--xsd", os.path.join(ROOT, "xsd")] + list(extra)
        if self.user:
            import pwd
            entry = pwd.getpwnam(self.user)
            cmd = ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--clear-groups", "--"] + cmd
        return cmd

    def drop(self, files=None, spool=None):
        """Drops files the way a back office should: write as *.part, then rename."""
        target = os.path.join(spool or self.spool, "in")
        for index, (name, source) in enumerate(files or self.files):
            part = os.path.join(target, name + ".part")
            shutil.copyfile(source, part)
            os.utime(part, (self.base + index, self.base + index))
            if self.user:
                shutil.chown(part, self.user)
            os.rename(part, os.path.join(target, name))

    def start(self, watchdog_usec=1_000_000):
        self.ready_before = self.notify.count("READY=1")
        env = dict(os.environ, NOTIFY_SOCKET=self.notify.path, WATCHDOG_USEC=str(watchdog_usec))
        env.pop("WATCHDOG_PID", None)
        stderr = open(os.path.join(self.dir, "daemon.log"), "ab")
        self.proc = subprocess.Popen(
            self.command("run", extra=["--rust", "0", "--herscan", "1"]), env=env,
            stdout=subprocess.DEVNULL, stderr=stderr)
        stderr.close()
        return self.proc

    def wait_ready(self, timeout=20):
        """Waits for READY=1 from the daemon started last (not an earlier one of this scenario)."""
        return self.notify.wait_for("READY=1", timeout, after=self.ready_before)

    def kill9(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def terminate(self, timeout=20):
        if self.proc is None or self.proc.poll() is not None:
            return (self.proc.returncode if self.proc else None), 0.0
        start = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise Failure(f"{self.name}: no exit within {timeout} s after SIGTERM")
        return code, time.monotonic() - start

    def pending(self):
        return len([f for f in os.listdir(os.path.join(self.spool, "in")) if not f.startswith(".")]) + \
            len([f for f in os.listdir(os.path.join(self.spool, "work")) if not f.startswith(".")])

    def finished(self):
        return self.pending() == 0 and handled_count(self.spool) == len(self.files)

    def wait_finished(self, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.finished():
                return True
            if self.proc is not None and self.proc.poll() is not None:
                raise Failure(f"{self.name}: daemon exited with {self.proc.returncode}; log: {self.tail()}")
            time.sleep(0.05)
        return False

    def tail(self):
        try:
            with open(os.path.join(self.dir, "daemon.log"), errors="replace") as f:
                return "".join(f.readlines()[-8:])
        except OSError:
            return ""

    def cleanup(self):
        self.kill9()
        self.notify.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def handled_count(spool):
    archived = 0
    for _, _, names in os.walk(os.path.join(spool, "archive")):
        archived += len([n for n in names if not n.startswith(".")])
    rejected = len([n for n in os.listdir(os.path.join(spool, "rejected"))
                    if not n.startswith(".") and not n.endswith(".reason")])
    return archived + rejected


def snapshot(spool):
    """What a run left behind, without the parts that legitimately differ (timestamps)."""
    db = sqlite3.connect(os.path.join(spool, "state", "berichtd.sqlite"))
    rows = db.execute(
        "SELECT id, bestand, soort, afzender, identificatie, uitkomst, retourcode, retour_bestand, "
        "inhoud_sha256 FROM bericht ORDER BY id").fetchall()
    counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("toewijzing", "declaratie", "prestatie", "bevinding")}
    db.close()
    out = {}
    temps = []
    for base in ("out", "rejected", "state"):
        for directory, _, names in os.walk(os.path.join(spool, base)):
            for name in names:
                if name.startswith(".") and name.endswith(".tmp"):
                    temps.append(os.path.join(directory, name))
    for directory, _, names in os.walk(os.path.join(spool, "out")):
        for name in names:
            if name.endswith(".xml"):
                path = os.path.join(directory, name)
                with open(path, "rb") as f:
                    out[os.path.relpath(path, os.path.join(spool, "out"))] = without_own_date(f.read())
    archived = []
    for _, _, names in os.walk(os.path.join(spool, "archive")):
        archived += [n for n in names if not n.startswith(".")]
    rejected = sorted(n for n in os.listdir(os.path.join(spool, "rejected")) if not n.startswith("."))
    return {"rows": rows, "counts": counts, "out": out, "archived": sorted(archived), "rejected": rejected,
            "temps": temps,
            "left": sorted(os.listdir(os.path.join(spool, "in")) + os.listdir(os.path.join(spool, "work")))}


def without_own_date(retour):
    """A retour carries the day it was written (the 302's DagtekeningRetour, the 325's first
    Dagtekening): a scenario that runs past midnight after its reference differs only there."""
    import re
    retour = re.sub(rb"(<\w+:DagtekeningRetour>)\d{4}-\d{2}-\d{2}", rb"\1DAG", retour)
    if b"DeclaratieAntwoord" in retour or b"DeclaratieIdentificatie" in retour:
        retour = re.sub(rb"(<\w+:Dagtekening>)\d{4}-\d{2}-\d{2}", rb"\1DAG", retour, count=1)
    return retour


def compare(name, got, want, files):
    check(not got["left"], f"{name}: left in in/ or work/: {got['left'][:5]}")
    check(not got["temps"], f"{name}: temp files left: {got['temps'][:5]}")
    check(len(got["rows"]) == len(files), f"{name}: {len(got['rows'])} store records for {len(files)} inputs")
    check(len({r[1] for r in got["rows"]}) == len(files), f"{name}: an input has more than one store record")
    check(got["rows"] == want["rows"], f"{name}: store records differ from the run without faults: "
          + str(next(((a, b) for a, b in zip(got["rows"], want["rows"]) if a != b), None)))
    check(got["counts"] == want["counts"], f"{name}: table counts {got['counts']} != {want['counts']}")
    retours = [r[7] for r in got["rows"] if r[7]]
    check(len(retours) == len(set(retours)) == len(got["out"]), f"{name}: {len(got['out'])} retours in out/ for "
          f"{len(retours)} answered inputs")
    check(set(got["out"]) == set(want["out"]), f"{name}: retour files differ: {sorted(set(got['out']) ^ set(want['out']))[:5]}")
    diff = [k for k in got["out"] if got["out"][k] != want["out"][k]]
    check(not diff, f"{name}: retour content differs: {diff[:3]}")
    check(got["archived"] == want["archived"] and got["rejected"] == want["rejected"],
          f"{name}: archived/rejected inputs differ from the run without faults")
    check(len(got["archived"]) + len([r for r in got["rejected"] if not r.endswith(".reason")]) == len(files),
          f"{name}: not every input was archived or set aside exactly once")


REFERENCES = {}


def reference(args, copies):
    if copies in REFERENCES:
        return REFERENCES[copies]
    s = Scenario(args, f"reference-{copies}", copies)
    s.drop()
    result = subprocess.run(s.command("process"), capture_output=True, text=True, errors="replace")
    check(result.returncode == 0, f"reference run failed: {result.stderr[-2000:]}")
    REFERENCES[copies] = snapshot(s.spool)
    s.cleanup()
    return REFERENCES[copies]


def scenario_notify_and_signals(args):
    """READY after loading, WATCHDOG pings, STATUS, RELOADING on SIGHUP (invalid config kept out),
    STOPPING and exit 0 on SIGTERM; the batch dropped while it runs is processed."""
    s = Scenario(args, "notify", 2)
    try:
        s.start()
        check(s.notify.wait_for("READY=1", 20), f"no READY=1; log: {s.tail()}")
        s.drop()
        check(s.wait_finished(120), f"batch not finished; log: {s.tail()}")
        check(s.notify.wait_for("WATCHDOG=1", 3), "no WATCHDOG=1")
        statuses = [m for _, m in s.notify.messages if "STATUS=" in m]
        check(any("verwerkt:" in m for m in statuses), f"no STATUS with progress: {statuses[:3]}")
        with open(s.config, "a") as f:
            f.write("\n[[onbekende_sectie]]\nnaam = 'kapot'\n")
        ready_before = s.notify.count("READY=1")
        s.proc.send_signal(signal.SIGHUP)
        check(s.notify.wait_for("RELOADING=1", 5), "no RELOADING=1 after SIGHUP")
        check(s.notify.wait_for("READY=1", 5, after=ready_before), "no READY=1 after reload")
        time.sleep(0.3)
        check(s.proc.poll() is None, "daemon stopped after an invalid config on SIGHUP")
        check("vorige blijft in gebruik" in s.tail(), f"invalid config not reported: {s.tail()}")
        check(any("STATUS=herladen geweigerd" in m for _, m in s.notify.messages), "STATUS= does not say the reload was refused")
        code, seconds = s.terminate()
        check(code == 0, f"exit code {code} after SIGTERM")
        check(s.notify.count("STOPPING=1") == 1, "no STOPPING=1")
        compare("notify", snapshot(s.spool), reference(args, 2), s.files)
        return f"READY, {s.notify.count('WATCHDOG=1')} WATCHDOG pings, STATUS, RELOADING+READY on SIGHUP " \
               f"(invalid config kept out), STOPPING + exit 0 in {seconds:.2f} s; {len(s.files)} inputs as reference"
    finally:
        s.cleanup()


def scenario_kills(args):
    """kill -9 at random moments, restart, repeat; each round's batch must end as the reference."""
    rng = random.Random(args.seed)
    kills = 0
    rounds = 0
    inputs = 0
    while kills < args.kills:
        s = Scenario(args, f"kill-round-{rounds}", 2)
        try:
            s.drop()
            while not s.finished():
                s.start()
                time.sleep(rng.uniform(0.02, 0.6))
                if s.proc.poll() is not None:
                    raise Failure(f"daemon exited on its own: {s.tail()}")
                s.kill9()
                kills += 1
            s.start()
            check(s.wait_ready(), "no READY after the last kill")
            check(s.wait_finished(60), "not finished after the last restart")
            code, _ = s.terminate()
            check(code == 0, f"exit code {code} after SIGTERM")
            compare(s.name, snapshot(s.spool), reference(args, 2), s.files)
            inputs += len(s.files)
            rounds += 1
        finally:
            s.cleanup()
    return f"{kills} kill -9 in {rounds} rounds ({inputs} inputs): every input exactly one store record and " \
           f"one retour or .reason, byte-identical to the run without kills"


def committed_in_work(spool):
    """Claims in work/ whose transaction committed (their token is in the store): only their
    retour and archiving are left."""
    db = sqlite3.connect(os.path.join(spool, "state", "berichtd.sqlite"))
    tokens = {r[0] for r in db.execute("SELECT claim FROM bericht WHERE claim IS NOT NULL AND uitkomst <> 'onderhanden'")}
    db.close()
    names = [n for n in os.listdir(os.path.join(spool, "work")) if not n.startswith(".") and "~" in n]
    return len([n for n in names if n.split("~", 1)[0] in tokens])


def scenario_group_kill(args):
    """kill -9 between a group commit and its last retour (a test hook in the debug build kills
    the process once the first retour of a group of two or more is written), again and again;
    each restart completes the group's claims from the store: every input exactly once."""
    s = Scenario(args, "group-kill", 2)
    try:
        s.drop()
        env = dict(os.environ, BERICHTD_TEST_GROEPSKILL="1")
        kills = 0
        left_committed = 0
        for _ in range(40):
            result = subprocess.run(s.command("process", extra=["--rust", "0"]), env=env,
                                    capture_output=True, text=True, errors="replace")
            if result.returncode == 0:
                break
            check(result.returncode == -signal.SIGKILL, f"process exited {result.returncode}, not by the hook: "
                  f"{result.stderr[-500:]}")
            kills += 1
            left_committed = max(left_committed, committed_in_work(s.spool))
        check(kills >= 2, f"the hook killed only {kills} time(s): no group commits?")
        check(left_committed >= 1, "no kill left a committed claim in work/ (the kill is not after the commit)")
        s.start()
        check(s.wait_ready(), "no READY after the last kill")
        check(s.wait_finished(60), "not finished after the restart")
        code, _ = s.terminate()
        check(code == 0, f"exit code {code} after SIGTERM")
        compare(s.name, snapshot(s.spool), reference(args, 2), s.files)
        return f"{kills} kills after a group commit (up to {left_committed} committed claims left in work/), " \
               f"{len(s.files)} inputs: each exactly one store record and one retour, byte-identical to the reference"
    finally:
        s.cleanup()


def scenario_thousand_and_sigterm(args):
    """1,000+ files at once, SIGTERM mid-batch, restart: resumes, ends as the reference."""
    copies = 20
    s = Scenario(args, "thousand", copies)
    try:
        s.start()
        check(s.notify.wait_for("READY=1", 20), "no READY")
        s.drop()
        time.sleep(1.0)
        code, seconds = s.terminate(timeout=30)
        check(code == 0, f"exit code {code} after SIGTERM mid-batch")
        done_at_stop = handled_count(s.spool)
        check(0 < done_at_stop < len(s.files), f"SIGTERM was not mid-batch ({done_at_stop} of {len(s.files)} done)")
        s.start()
        check(s.wait_ready(), "no READY after the restart")
        started = time.monotonic()
        check(s.wait_finished(600), f"batch of {len(s.files)} not finished; log: {s.tail()}")
        elapsed = time.monotonic() - started
        s.terminate()
        compare("thousand", snapshot(s.spool), reference(args, copies), s.files)
        return f"{len(s.files)} files dropped at once; SIGTERM after 1 s: exit 0 in {seconds:.2f} s with " \
               f"{done_at_stop} done; restart finished the other {len(s.files) - done_at_stop} in {elapsed:.1f} s; " \
               f"as reference"
    finally:
        s.cleanup()


def scenario_stopped_drop_and_duplicates(args):
    """Files dropped while the daemon is stopped, including the same content twice."""
    s = Scenario(args, "stopped", 3)
    try:
        s.drop()
        s.start()
        check(s.wait_finished(120), "files dropped while stopped were not processed")
        s.terminate()
        got = snapshot(s.spool)
        compare("stopped", got, reference(args, 3), s.files)
        duplicates = sum(1 for r in got["rows"] if r[6] == "9056")
        return f"{len(s.files)} files dropped before start (each example 3×): processed as reference, " \
               f"{duplicates} duplicates answered with 9056"
    finally:
        s.cleanup()


def scenario_readonly_out(args):
    """spool/out read-only mid-batch, then writable again."""
    if os.geteuid() != 0:
        return "SKIPPED (needs root to run the daemon as another user)"
    s = Scenario(args, "readonly", 2, user="nobody")
    out = os.path.join(s.spool, "out")
    try:
        s.start()
        check(s.notify.wait_for("READY=1", 20), f"no READY; log: {s.tail()}")
        s.drop()
        deadline = time.monotonic() + 30
        while handled_count(s.spool) < 10 and time.monotonic() < deadline:
            time.sleep(0.01)
        for directory, _, _ in os.walk(out):
            os.chmod(directory, 0o555)
        time.sleep(4)
        check(s.proc.poll() is None, "daemon died while out/ was read-only")
        stuck = s.pending()
        check(stuck > 0, "nothing waited while out/ was read-only")
        check("storing" in s.tail(), "the fault was not logged")
        for directory, _, _ in os.walk(out):
            os.chmod(directory, 0o755)
        check(s.wait_finished(120), f"did not resume after out/ became writable; log: {s.tail()}")
        s.terminate()
        compare("readonly", snapshot(s.spool), reference(args, 2), s.files)
        return f"out/ read-only after {len(s.files) - stuck}-ish files: daemon kept running, {stuck} waited; " \
               f"writable again: resumed, as reference"
    finally:
        for directory, _, _ in os.walk(out):
            os.chmod(directory, 0o755)
        s.cleanup()


def scenario_disk_full(args):
    """The spool's file system full mid-batch, then space again."""
    if os.geteuid() != 0:
        return "SKIPPED (needs root to mount a small tmpfs)"
    mount = tempfile.mkdtemp(prefix="berichtd-vol-")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m,mode=0755", "tmpfs", mount],
                      capture_output=True).returncode != 0:
        os.rmdir(mount)
        return "SKIPPED (cannot mount a tmpfs here)"
    s = Scenario(args, "diskfull", 2, spool_root=os.path.join(mount, "spool"))
    filler = os.path.join(mount, "filler")
    try:
        s.start()
        check(s.notify.wait_for("READY=1", 20), f"no READY; log: {s.tail()}")
        s.drop()
        deadline = time.monotonic() + 30
        while handled_count(s.spool) < 10 and time.monotonic() < deadline:
            time.sleep(0.01)
        # Unbuffered: a buffered writer would keep the bytes of the short write and raise
        # ENOSPC again when it is closed.
        with open(filler, "wb", buffering=0) as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
            except OSError:
                pass
        time.sleep(4)
        check(s.proc.poll() is None, "daemon died on a full disk")
        stuck = s.pending()
        os.unlink(filler)
        check(s.wait_finished(120), f"did not resume after space came back; log: {s.tail()}")
        s.terminate()
        compare("diskfull", snapshot(s.spool), reference(args, 2), s.files)
        return f"disk full mid-batch: daemon kept running, {stuck} inputs waited; space back: resumed, as reference"
    finally:
        s.cleanup()
        subprocess.run(["umount", mount])
        os.rmdir(mount)


def scenario_store_locked(args):
    """Another process holds the store's write lock longer than the busy timeout."""
    s = Scenario(args, "locked", 2)
    try:
        s.start()
        check(s.notify.wait_for("READY=1", 20), "no READY")
        db = sqlite3.connect(os.path.join(s.spool, "state", "berichtd.sqlite"), timeout=30, isolation_level=None)
        db.execute("BEGIN EXCLUSIVE")
        s.drop()
        time.sleep(12)
        check(s.proc.poll() is None, "daemon died while the store was locked")
        stuck = s.pending()
        db.execute("ROLLBACK")
        db.close()
        check(s.wait_finished(120), f"did not resume after the lock was released; log: {s.tail()}")
        s.terminate()
        compare("locked", snapshot(s.spool), reference(args, 2), s.files)
        return f"store locked for 12 s (busy timeout 10 s): {stuck} inputs waited, daemon kept running; released: " \
               f"resumed, as reference"
    finally:
        s.cleanup()


def scenario_poison(args):
    """A message berichtd traps on (a test hook in the debug build) is set aside after three
    stops, in `process` and in `run`; everything around it is answered as without it."""
    results = []
    for mode in ("process", "run"):
        s = Scenario(args, f"poison-{mode}", 1)
        try:
            poison = ("10-gif-" + EXAMPLES[9], os.path.join(ROOT, "examples", EXAMPLES[9]))
            files = s.files[:10] + [poison] + s.files[10:]
            s.drop(files)
            env = dict(os.environ, BERICHTD_TEST_VASTLOPEN="gif-", SWIFT_BACKTRACE="enable=no")
            stops = 0
            for attempt in range(8):
                if mode == "process":
                    result = subprocess.run(s.command("process", extra=["--rust", "0"]), env=env,
                                            capture_output=True, text=True, errors="replace")
                    if result.returncode == 0:
                        break
                    check(result.returncode < 0, f"process exited {result.returncode}, not by a signal: "
                          f"{result.stderr[-500:]}")
                    stops += 1
                else:
                    env_run = dict(env, NOTIFY_SOCKET=s.notify.path)
                    log_file = open(os.path.join(s.dir, "daemon.log"), "ab")
                    s.proc = subprocess.Popen(s.command("run", extra=["--rust", "0", "--herscan", "1"]),
                                              env=env_run, stdout=subprocess.DEVNULL, stderr=log_file)
                    log_file.close()
                    end = time.monotonic() + 60
                    while time.monotonic() < end and s.proc.poll() is None and handled_count(s.spool) < len(files):
                        time.sleep(0.05)
                    if s.proc.poll() is None:
                        code, _ = s.terminate()
                        check(code == 0, f"exit code {code} after SIGTERM")
                        break
                    check(s.proc.returncode < 0, f"run exited {s.proc.returncode}, not by a signal: {s.tail()}")
                    stops += 1
            check(stops == 3, f"{mode}: berichtd stopped {stops} times on the poison message, expected 3")
            rejected = sorted(os.listdir(os.path.join(s.spool, "rejected")))
            check(poison[0] in rejected and poison[0] + ".reason" in rejected, f"{mode}: poison not set aside: {rejected}")
            with open(os.path.join(s.spool, "rejected", poison[0] + ".reason")) as f:
                reason = f.read()
            check("3 keer gestopt" in reason and "heeft een mens nodig" in reason, f"{mode}: reason: {reason}")
            check(handled_count(s.spool) == len(files), f"{mode}: {handled_count(s.spool)} of {len(files)} handled")
            check(s.pending() == 0, f"{mode}: files left in in/ or work/")
            got = snapshot(s.spool)
            want = reference(args, 1)
            # The poison message's record takes a row id, and retour names carry the row id: compare
            # the rest without ids and retour names.
            def essence(rows):
                return [r[1:7] + r[8:] for r in rows]
            others = [r for r in got["rows"] if r[1] != poison[0]]
            check(essence(others) == essence(want["rows"]),
                  f"{mode}: the other messages differ from the run without the poison message")
            check(len(got["out"]) == len(want["out"]), f"{mode}: {len(got['out'])} retours, reference {len(want['out'])}")
            again = subprocess.run(s.command("process", extra=["--rust", "0"]), capture_output=True, text=True, errors="replace")
            check(again.returncode == 0 and "niets te doen" in again.stdout, f"{mode}: second run: {again.stdout}")
            results.append(f"{mode}: 3 stops, then set aside; the other {len(files) - 1} as reference")
        finally:
            s.cleanup()
    return "; ".join(results)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "berichtd"))
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="run one scenario (name without scenario_)")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    scenarios = [scenario_notify_and_signals, scenario_stopped_drop_and_duplicates, scenario_kills,
                 scenario_group_kill, scenario_thousand_and_sigterm, scenario_readonly_out, scenario_disk_full, scenario_store_locked,
                 scenario_poison]
    failed = 0
    for scenario in scenarios:
        name = scenario.__name__.removeprefix("scenario_")
        if args.only and args.only != name:
            continue
        started = time.monotonic()
        try:
            log(f"ok   {name}: {scenario(args)} ({time.monotonic() - started:.0f} s)")
        except Failure as failure:
            failed += 1
            log(f"FOUT {name}: {failure}")
        except Exception:
            failed += 1
            log(f"FOUT {name}: the scenario itself broke:\n{traceback.format_exc()}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
