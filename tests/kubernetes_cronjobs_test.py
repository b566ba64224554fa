#!/usr/bin/env python3
"""examples/kubernetes/make-cronjobs writes one valid CronJob per station, and refuses a broken
stations file with one error line.

Runs the generator on examples/kubernetes/stations.toml and reads its JSON: a List with one
batch/v1 CronJob per [[station]], each named as a DNS-1123 label ("Radio Zuid & Co" ->
nieuwslezer-radio-zuid-co), on its minute of every hour, overlaps forbidden, its container
given --now next-hour, --station with the name, the station's feeds and -o in its folder on
the claim; then the same options are given to the build's binary (with a page in place of
the feeds), which must accept them. Broken stations files must each give exit 2, nothing on
standard output and one line "make-cronjobs: error: FILE: …" on standard error.
Usage: kubernetes_cronjobs_test.py SOURCE_DIR BINARY
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import tomllib

source, binary = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
generator = source / "examples" / "kubernetes" / "make-cronjobs"
stations_file = source / "examples" / "kubernetes" / "stations.toml"
failures = []
DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")


def expect(condition, failure):
    if not condition:
        failures.append(failure)


def generate(path):
    return subprocess.run([sys.executable, str(generator), str(path)], capture_output=True,
                          text=True)


def check_cronjob(job, station):
    name = job["metadata"]["name"]
    expect(DNS_LABEL.match(name) and len(name) <= 52, f"{name}: not a DNS-1123 label of <= 52")
    spec = job["spec"]
    expect(spec["schedule"] == f"{station.get('minute', 55)} * * * *",
           f"{name}: schedule {spec['schedule']}")
    expect(spec["concurrencyPolicy"] == "Forbid", f"{name}: overlapping runs are allowed")
    expect(spec["startingDeadlineSeconds"] > 0, f"{name}: no startingDeadlineSeconds")
    pod = spec["jobTemplate"]["spec"]["template"]["spec"]
    container = pod["containers"][0]
    args = container["args"]
    path = station.get("path", name.removeprefix("nieuwslezer-"))
    for flag, value in [("--now", "next-hour"), ("--station", station["name"]),
                        ("-o", f"/out/{path}/nieuws.mp3")]:
        expect(flag in args and args[args.index(flag) + 1] == value,
               f"{name}: args lack {flag} {value}: {args}")
    expect(all(feed in args for feed in station["feeds"]), f"{name}: a feed is not in {args}")
    expect(container["command"][:2] == ["/bin/sh", "-c"] and
           "|| [ $? -eq 5 ]" in container["command"][2], f"{name}: exit 5 is not a success")
    claims = [v["persistentVolumeClaim"]["claimName"] for v in pod["volumes"]]
    mounts = [m["mountPath"] for m in container["volumeMounts"]]
    expect(claims == ["nieuwslezer-out"] and mounts == ["/out"], f"{name}: no claim at /out")
    return args


def check_args_accepted(args, work):
    """The build's binary takes the generated options (the feeds replaced by a page)."""
    feedless = [a for a in args if not a.startswith("https://")]
    out = work / "out"
    feedless[feedless.index("-o") + 1] = str(out / "nieuws.mp3")
    out.mkdir(exist_ok=True)
    feedless = [a if a != "next-hour" else "2026-11-28T07:55" for a in feedless]
    result = subprocess.run([str(binary), "--no-audio", "--script", str(out / "script.txt"),
                             str(source / "examples" / "binnenland.txt")] + feedless,
                            capture_output=True, text=True)
    expect(result.returncode == 0,
           f"nieuwslezer refused the generated options {feedless}: {result.stderr.strip()}")


stations = tomllib.loads(stations_file.read_text())["station"]
expect(any("&" in s["name"] for s in stations), "stations.toml: no name that needs rewriting")
result = generate(stations_file)
expect(result.returncode == 0 and not result.stderr,
       f"make-cronjobs stations.toml: exit {result.returncode}: {result.stderr.strip()}")
manifest = json.loads(result.stdout or "{}")
expect(manifest.get("kind") == "List", "the output is not a List")
jobs = manifest.get("items", [])
expect(len(jobs) == len(stations), f"{len(jobs)} CronJobs for {len(stations)} stations")
expect(all(j["apiVersion"] == "batch/v1" and j["kind"] == "CronJob" for j in jobs),
       "an item is not a batch/v1 CronJob")
names = [j["metadata"]["name"] for j in jobs]
expect("nieuwslezer-radio-zuid-co" in names,
       f"'Radio Zuid & Co' is not nieuwslezer-radio-zuid-co: {names}")

with tempfile.TemporaryDirectory() as temporary:
    work = pathlib.Path(temporary)
    for job, station in zip(jobs, stations):
        check_args_accepted(check_cronjob(job, station), work)

    top = 'image = "nieuwslezer:0.1.0"\nclaim = "nieuwslezer-out"\n'
    station = '[[station]]\nname = "Radio Zuidwest"\nfeeds = ["https://example.org/rss.xml"]\n'
    broken = {
        "a TOML syntax error": top + '[[station]]\nname = "Radio\n',
        "no stations": top,
        "no image": station,
        "a station without feeds": top + '[[station]]\nname = "Radio Zuidwest"\n',
        "feeds that are not a list": top + station.replace('["https://example.org/rss.xml"]',
                                                           '"https://example.org/rss.xml"'),
        "an unknown key": top + station + 'minuut = 55\n',
        "a minute past 59": top + station + 'minute = 75\n',
        "a name without letters": top + station.replace("Radio Zuidwest", "&&"),
        "two stations with one Kubernetes name": top + station + station.replace(
            "Radio Zuidwest", "radio  zuidwest!"),
        "a path out of the claim": top + station + 'path = "../elders"\n',
        "a missing file": None,
    }
    for case, content in broken.items():
        path = work / "stations.toml"
        if content is None:
            path = work / "missing.toml"
        else:
            path.write_text(content)
        result = generate(path)
        lines = result.stderr.splitlines()
        expect(result.returncode == 2 and not result.stdout and len(lines) == 1 and
               lines[0].startswith(f"make-cronjobs: error: {path}: "),
               f"{case}: exit {result.returncode}, stdout {len(result.stdout)} bytes,"
               f" stderr {lines}")

for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
