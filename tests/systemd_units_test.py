#!/usr/bin/env python3
"""The systemd units in examples/systemd/ are valid and run the hourly bulletin as documented.

Checks what the units say (the timer at *:55, --now next-hour, exit 5 a success, a bounded
oneshot), then runs `systemd-analyze verify` on a copy of the units whose ExecStart points at
the build's binary (verify needs the program to exist), the template as the instance
nieuwslezer@zuidwest; any complaint (an unknown key is only a warning, exit 0) fails. Two
broken copies (a misspelt key, a missing program) must fail the same check, so this test can
fail. Last, the example station file examples/systemd/zuidwest.toml is read by the program
(its keys are valid) and makes the bulletin it names in the working folder.
Without systemd-analyze the test exits 77 (ctest reports it as skipped, not passed).
Usage: systemd_units_test.py SOURCE_DIR BINARY
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

source, binary = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
units = source / "examples" / "systemd"
failures = []


def expect(condition, failure):
    if not condition:
        failures.append(failure)


def setting(text, key):
    return re.findall(r"^%s=(.*)$" % re.escape(key), text, re.M)


def check_contents():
    for name in ["nieuwslezer.timer", "nieuwslezer@.timer"]:
        timer = (units / name).read_text()
        expect(setting(timer, "OnCalendar") == ["*-*-* *:55:00"], f"{name}: not at *:55:00")
        expect(setting(timer, "Persistent") == ["false"], f"{name}: Persistent is not false")
        expect(setting(timer, "AccuracySec") == ["1s"], f"{name}: AccuracySec is not 1s")
    for name, config in [("nieuwslezer.service", "/etc/nieuwslezer.toml"),
                         ("nieuwslezer@.service", "/etc/nieuwslezer/%i.toml")]:
        service = (units / name).read_text()
        expect(setting(service, "ExecStart") ==
               [f"/usr/bin/nieuwslezer --config {config} --now next-hour"],
               f"{name}: ExecStart is not /usr/bin/nieuwslezer --config {config} --now next-hour")
        for key, value in [("Type", "oneshot"), ("SuccessExitStatus", "5"),
                           ("TimeoutStartSec", "4min"), ("NoNewPrivileges", "yes"),
                           ("ProtectSystem", "strict"), ("PrivateTmp", "yes")]:
            expect(setting(service, key) == [value], f"{name}: {key} is not {value}")


def verify(folder, names):
    """systemd-analyze verify's complaints about `names` in `folder`, '' when there are none."""
    result = subprocess.run(["systemd-analyze", "verify"] + [f"./{name}" for name in names],
                            cwd=folder, capture_output=True, text=True)
    complaints = (result.stdout + result.stderr).strip()
    if result.returncode != 0 and not complaints:
        complaints = f"exit {result.returncode}"
    return complaints


def copy_units(folder, program):
    for unit in units.iterdir():
        if unit.suffix in (".service", ".timer"):
            text = unit.read_text().replace("/usr/bin/nieuwslezer", str(program))
            (folder / unit.name).write_text(text)


def check_verify(work):
    program = work / "bin" / "nieuwslezer"  # a path without spaces, whatever the build's is
    program.parent.mkdir()
    program.symlink_to(binary)
    good = work / "good"
    good.mkdir()
    copy_units(good, program)
    names = ["nieuwslezer.service", "nieuwslezer.timer", "nieuwslezer@zuidwest.service",
             "nieuwslezer@zuidwest.timer"]
    complaints = verify(good, names)
    expect(not complaints, f"systemd-analyze verify: {complaints}")
    # The same check on broken copies must fail.
    for case, old, new in [("a misspelt key", "SuccessExitStatus=", "SuccesExitStatus="),
                           ("a missing program", str(program), str(work / "missing"))]:
        broken = work / case.replace(" ", "-")
        broken.mkdir()
        copy_units(broken, program)
        service = broken / "nieuwslezer@.service"
        service.write_text(service.read_text().replace(old, new))
        expect(verify(broken, ["nieuwslezer@zuidwest.service"]),
               f"systemd-analyze verify passed a unit with {case}")


def check_station_file(work):
    folder = work / "zuidwest"
    folder.mkdir()
    result = subprocess.run(
        [str(binary), "--config", str(units / "zuidwest.toml"), "--now", "2026-11-28T07:55",
         str(source / "examples" / "binnenland.txt"), "-q"],
        cwd=folder, capture_output=True, text=True)
    expect(result.returncode == 0,
           f"zuidwest.toml: nieuwslezer exited {result.returncode}: {result.stderr.strip()}")
    for name in ["nieuws.mp3", "nieuws.vtt", "nieuws.json"]:
        expect((folder / name).is_file(), f"zuidwest.toml: no {name} in the working folder")


check_contents()
with tempfile.TemporaryDirectory() as temporary:
    work = pathlib.Path(temporary)
    check_station_file(work)
    if shutil.which("systemd-analyze"):
        check_verify(work)
    else:
        print("SKIP: systemd-analyze is not installed; the units were not verified")
for failure in failures:
    print(failure)
if failures:
    sys.exit(1)
sys.exit(0 if shutil.which("systemd-analyze") else 77)
