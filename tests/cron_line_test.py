#!/usr/bin/env python3
"""The crontab line in examples/cron/nieuwslezer.cron runs, and treats exit 5 as a success.

Takes the one job line (schedule 55 * * * *, user, command), puts the build's binary, a
temporary folder and a test configuration in place of /usr/bin/nieuwslezer, /var/lib/...,
/var/log/... and /etc/nieuwslezer.toml, and a fixed air time in place of next-hour, and runs
the command with /bin/sh as cron does:
- on examples/binnenland.txt it exits 0 and writes the bulletin and a log;
- with --min-items 99 (nothing to air, exit 5) it still exits 0, and the log says why;
- with an input that is missing (exit 3) it fails (`[ 3 -eq 5 ]` is false: exit 1) and the
  log names the input: the line does not hide real failures;
- while another run holds the lock (flock -n), it fails at once and writes nothing.
Usage: cron_line_test.py SOURCE_DIR BINARY
"""
import fcntl
import pathlib
import re
import subprocess
import sys
import tempfile

source, binary = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
crontab = (source / "examples" / "cron" / "nieuwslezer.cron").read_text()
failures = []


def expect(condition, failure):
    if not condition:
        failures.append(failure)


jobs = [line for line in crontab.splitlines()
        if line.strip() and not line.startswith("#") and not re.match(r"^[A-Z_]+=", line)]
if len(jobs) != 1:
    print(f"nieuwslezer.cron: {len(jobs)} job lines, expected 1")
    sys.exit(1)
fields = jobs[0].split(None, 6)
expect(fields[:5] == ["55", "*", "*", "*", "*"], f"nieuwslezer.cron: schedule {fields[:5]}")
expect(fields[5] == "nieuwslezer", f"nieuwslezer.cron: user {fields[5]}, expected nieuwslezer")
command = fields[6]
for part in ["/usr/bin/nieuwslezer ", "--now next-hour", "--config /etc/nieuwslezer.toml",
             "flock -n ", "|| [ $? -eq 5 ]"]:
    expect(part in command, f"nieuwslezer.cron: the command lacks '{part}'")
expect("%" not in command, "nieuwslezer.cron: '%' in the command (cron makes it a newline)")


def run(work, extra="", config_inputs=None):
    """Runs the job's command in `work`; returns its exit status."""
    config = work / "nieuwslezer.toml"
    inputs = config_inputs or [str(source / "examples" / "binnenland.txt")]
    config.write_text("inputs = [%s]\n" % ", ".join('"%s"' % i for i in inputs))
    line = (command.replace("/usr/bin/nieuwslezer", str(binary))
            .replace("/var/lib/nieuwslezer", str(work / "lib"))
            .replace("/var/log/nieuwslezer", str(work / "log"))
            .replace("/etc/nieuwslezer.toml", str(config))
            .replace("--now next-hour", "--now 2026-11-28T07:55 " + extra))
    return subprocess.run(["/bin/sh", "-c", line], cwd=work).returncode


with tempfile.TemporaryDirectory() as temporary:
    work = pathlib.Path(temporary)
    (work / "lib").mkdir()
    (work / "log").mkdir()
    log = work / "log" / "cron.log"
    bulletin = work / "lib" / "nieuws.mp3"

    status = run(work)
    expect(status == 0, f"the cron command exited {status} on binnenland.txt")
    expect(bulletin.is_file(), "the cron command wrote no bulletin")
    expect(log.is_file(), "the cron command wrote no log")
    if status != 0 and log.is_file():
        failures.append("its log: " + log.read_text().strip())

    bulletin.unlink(missing_ok=True)
    status = run(work, "--min-items 99")
    expect(status == 0, f"nothing to air (exit 5): the cron command exited {status}, not 0")
    expect(not bulletin.exists(), "nothing to air, yet a bulletin was written")
    expect("nothing to air" in log.read_text(), "nothing to air, and the log does not say so")

    status = run(work, config_inputs=[str(work / "missing.txt")])
    expect(status != 0, "a missing input (exit 3): the cron command exited 0")
    expect("missing.txt" in log.read_text(), "a missing input, and the log does not name it")

    with open(work / "lib" / "cron.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # as a run still busy would hold it
        status = run(work)
    expect(status != 0, "a second run while another holds the lock did not fail")
    expect(not bulletin.exists(), "a second run while another holds the lock wrote")

for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
