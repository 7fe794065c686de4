#!/usr/bin/env python3
"""Whether a change of code left every output byte for byte as it was.

    same-output.py BINARY FOLDER               record what BINARY writes into FOLDER
    same-output.py BINARY FOLDER --against OLD record, then compare with OLD, file by file

What is recorded: the sample site, the 80-account bench site (`generate.py 80 6 --reviews 1`,
as `make test` builds it), the sample's share bundle for meridian-freight (without its PDF,
which Chromium stamps), and portfolio.json at 3,000 accounts (`generate.py 3000 12 --managers 3
--reviews 4`). Exits 1 and lists the first differences when any file differs or is missing
on one side. A refactoring records before its first change and compares after its last."""
import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(command, **kwargs):
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        sys.exit(f"same-output: {' '.join(command)} failed:\n{done.stderr[-3000:]}")


def record(binary, folder):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    binary = os.path.abspath(binary)
    run([binary, "build", "--quiet", "--source", ROOT, "--output", os.path.join(folder, "sample")])
    run([binary, "share", "meridian-freight", "--no-pdf", "--source", ROOT, "--output", os.path.join(folder, "share")])
    with tempfile.TemporaryDirectory() as work:
        generate = os.path.join(ROOT, "scripts", "bench", "generate.py")
        run([sys.executable, generate, "80", "6", os.path.join(work, "b80"), "--reviews", "1"])
        run([binary, "build", "--quiet", "--source", os.path.join(work, "b80", "lynchpin"), "--output", os.path.join(folder, "bench-80")])
        run([sys.executable, generate, "3000", "12", os.path.join(work, "b3000"), "--managers", "3", "--reviews", "4"])
        site = os.path.join(work, "b3000", "site")
        run([binary, "build", "--quiet", "--source", os.path.join(work, "b3000", "lynchpin"), "--output", site])
        shutil.copy(os.path.join(site, "portfolio.json"), os.path.join(folder, "portfolio-3000.json"))


def files(folder):
    found = set()
    for base, _, names in os.walk(folder):
        for name in names:
            path = os.path.relpath(os.path.join(base, name), folder)
            # The build locks beside each site (.sample.lock) hold a process id, not output.
            if not (os.sep not in path and name.startswith(".") and name.endswith(".lock")):
                found.add(path)
    return found


def compare(old, new):
    a, b = files(old), files(new)
    differences = [f"only before: {p}" for p in sorted(a - b)] + [f"only after: {p}" for p in sorted(b - a)]
    same = 0
    for path in sorted(a & b):
        if filecmp.cmp(os.path.join(old, path), os.path.join(new, path), shallow=False):
            same += 1
        else:
            differences.append(f"differs: {path}")
    print(f"same-output: {same} of {len(a | b)} files byte for byte the same, {len(differences)} differences")
    for line in differences[:40]:
        print("  " + line)
    return not differences


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("folder")
    parser.add_argument("--against")
    options = parser.parse_args()
    record(options.binary, options.folder)
    if options.against:
        sys.exit(0 if compare(options.against, options.folder) else 1)
    print(f"same-output: recorded {len(files(options.folder))} files in {options.folder}")
