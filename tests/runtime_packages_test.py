#!/usr/bin/env python3
"""scripts/install-deps --runtime installs every shared library the built program loads, and
the Dockerfile's runtime stage installs through it; checked without docker.

- Each library `ldd BINARY` resolves has a Debian package (`dpkg -S`) that is in
  runtime_packages (scripts/install-deps), or is pulled in by one of them (Depends and
  Pre-Depends, followed through this machine's package database), or is one of BASE, the
  packages every Debian 12 image holds.
- Each library the program links itself (readelf -d: NEEDED) is named there: its package, or
  a package holding no library that depends on it (libtag1v5 on libtag1v5-vanilla).
- Each runtime package earns its place: it holds a loaded library, is such a package holding
  none, or is data the program reads (DATA). A library no package owns fails the test.
- The Dockerfile's last stage installs with install-deps --runtime and with nothing else.
Usage: runtime_packages_test.py SOURCE_DIR BINARY
"""
import pathlib
import re
import subprocess
import sys

# libc6 is Essential; apt (Priority: required, in every image, debian:12-slim too) depends on
# libstdc++6 and libgcc-s1.
BASE = {"libc6", "libstdc++6", "libgcc-s1"}
# Read at run time, not linked: eSpeak NG's voices and the time zones (--timezone).
DATA = {
    "espeak-ng-data": "eSpeak NG's voices",
    "tzdata": "the time zones",
    "ca-certificates": "the certificates https inputs are checked against",
}

source, binary = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
failures = []

script = (source / "scripts" / "install-deps").read_text()
match = re.search(r"^runtime_packages=\(\n(.*?)^\)", script, re.S | re.M)
runtime = set()
for line in (match.group(1) if match else "").splitlines():
    runtime.update(line.split("#")[0].split())
if not runtime:
    failures.append("scripts/install-deps: no array runtime_packages")

# The installed packages: what each depends on and what it provides.
installed = subprocess.run(
    ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}\t${Package}\t${Depends}, ${Pre-Depends}\t"
     "${Provides}\n"], capture_output=True, text=True).stdout
depends, providers = {}, {}
for line in installed.splitlines():
    status, package, needs, provides = line.split("\t")
    if not status.startswith("ii"):
        continue
    depends[package] = {re.sub(r"[\s(:].*", "", alternative.strip())
                        for need in needs.split(",") for alternative in need.split("|")
                        if alternative.strip()}
    for provided in provides.split(","):
        if provided.strip():
            providers.setdefault(re.sub(r"[\s(].*", "", provided.strip()), set()).add(package)


def installed_as(name):
    """The installed packages a dependency on `name` can be met by."""
    return ({name} if name in depends else set()) | providers.get(name, set())


def closure(packages):
    found, todo = set(), list(packages)
    while todo:
        for package in installed_as(todo.pop()):
            if package not in found:
                found.add(package)
                todo.extend(depends[package])
    return found


for package in sorted(runtime):
    if not installed_as(package):
        failures.append(f"runtime_packages: {package} is not installed here, so it is not checked")
pulled_in = closure(runtime | BASE)


def spellings(library):
    """The paths dpkg may know `library` by: /lib is /usr/lib, and a link is its target."""
    real = str(pathlib.Path(library).resolve())
    return {library, real} | {"/usr" + path for path in (library, real) if
                              not path.startswith("/usr/")}


ldd = subprocess.run(["ldd", str(binary)], capture_output=True, text=True)
if ldd.returncode != 0:
    failures.append(f"ldd {binary}: {ldd.stderr.strip()}")
loaded = {}
for line in ldd.stdout.splitlines():
    found = re.match(r"\s*(\S+) => (\S+)", line)
    if not found:
        continue  # the vDSO and the loader itself (libc6)
    name, library = found.groups()
    if library == "not":
        failures.append(f"{name}: ldd does not find it")
    else:
        loaded[name] = library
# One dpkg -S for all (each takes half a second): "libfmt9:amd64: /usr/lib/.../libfmt.so.9.1.0".
paths = sorted(set().union(*(spellings(library) for library in loaded.values())))
searched = subprocess.run(["dpkg", "-S"] + paths, capture_output=True, text=True).stdout
package_of = {}
for line in searched.splitlines():
    package, _, path = line.partition(": ")
    package_of[path] = package.split(":")[0]
owners, libraries = set(), {}
for name, library in loaded.items():
    package = next((package_of[p] for p in spellings(library) if p in package_of), None)
    if package is None:
        failures.append(f"{library}: no Debian package owns it")
        continue
    owners.add(package)
    libraries[name] = package
    if package not in pulled_in:
        failures.append(f"{library}: its package {package} is not in runtime_packages"
                        f" (scripts/install-deps) nor pulled in by one there")


def owns_a_library(package):
    files = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True).stdout
    return re.search(r"\.so(\.|$)", files, re.M) is not None


# The libraries the program itself links (not those they link) are named in runtime_packages:
# their package, or a package that holds no library and only depends on it (libtag1v5).
elf = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True).stdout
needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.*?)\]", elf)
if not needed:
    failures.append(f"readelf -d {binary}: no NEEDED library")
metas = {package for package in runtime if not owns_a_library(package)}
direct = set()
for name in needed:
    package = libraries.get(name)
    if package is None or package in BASE:
        continue
    direct.add(package)
    if package not in runtime and not any(package in depends.get(m, set()) for m in metas):
        failures.append(f"{name}: the program links it, and its package {package} is not in "
                        f"runtime_packages (scripts/install-deps)")

for package in sorted(runtime):
    if (package not in owners and package not in DATA and
            not (package in metas and depends.get(package, set()) & direct)):
        failures.append(f"runtime_packages: {package} is neither the package of a library the "
                        f"program loads, nor data it reads")

dockerfile = (source / "Dockerfile").read_text()
stages = re.split(r"^FROM\s", dockerfile, flags=re.M)
if len(stages) < 3:
    failures.append("Dockerfile: not a build stage and a runtime stage")
elif not re.search(r"install-deps\s+--runtime\b", stages[-1]):
    failures.append("Dockerfile: the runtime stage does not install through install-deps --runtime")
elif re.search(r"apt-get\s+install", stages[-1]):
    failures.append("Dockerfile: the runtime stage installs packages besides"
                    " install-deps --runtime")

for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
