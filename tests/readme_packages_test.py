#!/usr/bin/env python3
"""The README's package lists are exactly what scripts/install-deps installs.

Reads the arrays build_packages, test_packages, package_packages, tool_packages and
runtime_packages from scripts/install-deps and the README lines "- to build and run …: `…`",
"- to test …: `…`", "- to make the Debian package …: `…`", "- developer tools …: `…`" and
"- to run only …: `…`"; each pair must hold the same packages. No other script may
call apt-get or pass packages to install-deps, so the lists are the whole truth.
Usage: readme_packages_test.py SOURCE_DIR
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
script = (root / "scripts" / "install-deps").read_text()
readme = (root / "README.md").read_text()
failures = []


def script_list(name):
    match = re.search(r"^%s=\(\n(.*?)^\)" % name, script, re.S | re.M)
    if not match:
        failures.append(f"scripts/install-deps: no array {name}")
        return set()
    words = []
    for line in match.group(1).splitlines():
        words += line.split("#")[0].split()
    return set(words)


def readme_list(start):
    match = re.search(r"^- %s[^\n]*?: `([^`]*)`" % re.escape(start), readme, re.M)
    if not match:
        failures.append(f"README.md: no line '- {start} …: `packages`'")
        return set()
    return set(match.group(1).split())


for array, line in [("build_packages", "to build and run"), ("test_packages", "to test"),
                    ("package_packages", "to make the Debian package"),
                    ("tool_packages", "developer tools"), ("runtime_packages", "to run only")]:
    in_script, in_readme = script_list(array), readme_list(line)
    if in_script != in_readme:
        failures.append(f"{array}: only in scripts/install-deps: {sorted(in_script - in_readme)};"
                        f" only in README.md: {sorted(in_readme - in_script)}")

for path in sorted((root / "scripts").iterdir()):
    if path.name == "install-deps" or not path.is_file():
        continue
    for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
        code = line.split("#")[0]
        if re.search(r"\bapt-get\s+install\b", code) and "echo" not in code:
            failures.append(f"scripts/{path.name}:{number}: installs packages itself")
        if re.search(r"install-deps\s+[a-z]", code):
            failures.append(f"scripts/{path.name}:{number}: passes packages to install-deps")

for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
