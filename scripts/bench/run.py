#!/usr/bin/env python3
"""`make bench`: lynchpin and Hugo side by side on the same synthetic accounts.

    run.py [--accounts N] [--weeks W] [--runs R] [--lynchpin PATH]

Generates the project (scripts/bench/generate.py) under .bench/, then times cold builds
of both, alternating lynchpin, hugo and the floor (scripts/bench/floor.c: libyaml's events,
cmark and writing Lynchpin's bytes, on one core) so that machine noise hits all alike,
after one round that is not counted; each run's previous output is moved aside rather than
deleted (see `Retired`). Reports the median of R runs, the ratios per run, and each one's
peak memory (max RSS of the process, from wait4). Then it times what an author waits for
after editing one account: under `lynchpin serve`, until the edited page shows the edit
(scripts/bench/serve.py), and a `lynchpin build` over the existing site, counting the files
that build rewrote.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def timed(command, cwd):
    """Wall seconds and peak RSS in MB of one command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    errors = process.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(command)} failed:\n{errors}")
    return seconds, usage.ru_maxrss / 1024


def remove(path):
    subprocess.run(["rm", "-rf", path], check=True)


class Retired:
    """Where each run's previous output goes before the next cold build: moved aside, not
    deleted. On ext4 without a journal (these machines) an inode freed in the last few
    seconds, or minutes while its inode table is unwritten, is skipped by every later
    allocation, so a build that follows a deletion of thousands of files paid up to half a
    millisecond per folder it made, depending on what had been deleted when: an artifact of
    the harness that hit each tool differently from run to run. Moved folders keep their
    inodes until the end, when they are deleted together."""

    def __init__(self, folder):
        self.folder = os.path.join(folder, ".retired")
        self.count = 0
        remove(self.folder)
        os.makedirs(self.folder)
        # What earlier benches deleted settles: written out, then past ext4's few seconds.
        os.sync()
        time.sleep(6)

    def retire(self, path):
        if os.path.exists(path):
            self.count += 1
            os.rename(path, os.path.join(self.folder, str(self.count)))

    def clear(self):
        remove(self.folder)


def build_floor(folder):
    """Compiles scripts/bench/floor.c against the system's libyaml and libcmark."""
    binary = os.path.join(folder, "floor")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "yaml-0.1", "libcmark"], check=True,
                           capture_output=True, text=True).stdout.split()
    subprocess.run(["cc", "-O2", "-o", binary, os.path.join(ROOT, "scripts/bench/floor.c")] + flags, check=True)
    return binary


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--weeks", type=int, default=12)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--managers", type=int, default=0, help="0: the generator's default of 10")
    parser.add_argument("--reviews", type=int, default=0, help="0: four reviews of two accounts each")
    parser.add_argument("--lynchpin", default=os.path.join(ROOT, ".build/release/lynchpin"))
    args = parser.parse_args()

    shape = (f"-m{args.managers}" if args.managers else "") + (f"-r{args.reviews}" if args.reviews else "")
    folder = os.path.join(ROOT, ".bench", f"n{args.accounts}-w{args.weeks}{shape}")
    extra = (["--managers", str(args.managers)] if args.managers else []) + (["--reviews", str(args.reviews)] if args.reviews else [])
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts/bench/generate.py"), str(args.accounts),
                    str(args.weeks), folder] + extra, check=True)
    project, hugo = os.path.join(folder, "lynchpin"), os.path.join(folder, "hugo")
    pages = sum(1 for _ in os.scandir(os.path.join(project, "content/accounts")))
    print(f"{args.accounts} accounts, {args.weeks} weeks of scorecards, {args.runs} runs each, alternating")

    floor = build_floor(folder)
    floor_site = os.path.join(folder, "floor-site")
    retired = Retired(folder)
    ours, theirs, floors = [], [], []
    # Round 0 warms the page cache and each binary, and is not counted.
    for run in range(-1, args.runs):
        retired.retire(os.path.join(project, "site"))
        ours.append(timed([args.lynchpin, "build", "--quiet", "-s", project], folder))
        retired.retire(os.path.join(hugo, "public"))
        theirs.append(timed(["hugo", "--quiet", "-s", hugo], folder))
        retired.retire(floor_site)
        floors.append(timed([floor, project, os.path.join(project, "site"), floor_site], folder))
        if run < 0:
            ours, theirs, floors = [], [], []
            continue
        print(f"  run {run + 1}: lynchpin {ours[-1][0]:.2f} s, hugo {theirs[-1][0]:.2f} s, "
              f"floor {floors[-1][0]:.2f} s; lynchpin/hugo {ours[-1][0] / theirs[-1][0]:.2f}, "
              f"lynchpin/floor {ours[-1][0] / floors[-1][0]:.2f}")

    ratios = [a[0] / b[0] for a, b in zip(ours, theirs)]
    floor_ratios = [a[0] / b[0] for a, b in zip(ours, floors)]
    site_bytes = sum(os.path.getsize(os.path.join(p, n)) for p, _, names in os.walk(os.path.join(project, "site"))
                     for n in names)
    hugo_bytes = sum(os.path.getsize(os.path.join(p, n)) for p, _, names in os.walk(os.path.join(hugo, "public"))
                     for n in names)

    measured = subprocess.run([sys.executable, os.path.join(ROOT, "scripts/bench/serve.py"), project,
                               "--lynchpin", args.lynchpin], capture_output=True, text=True)
    if measured.returncode != 0:
        sys.exit(f"serve.py failed (exit status {measured.returncode}):\n{measured.stdout}{measured.stderr}")
    serve = measured.stdout.strip()

    # One account edited: what an incremental `build` rewrites.
    account = os.path.join(project, "content/accounts", sorted(os.listdir(os.path.join(project, "content/accounts")))[0])
    with open(account) as handle:
        text = handle.read()
    with open(account, "w") as handle:
        handle.write(text.replace("director: Sam Ortiz", "director: Sam Ortiz-Reyes", 1))
    site = os.path.join(project, "site")
    before = {}
    for folder_path, _, names in os.walk(site):
        for name in names:
            path = os.path.join(folder_path, name)
            before[path] = os.stat(path).st_mtime_ns
    time.sleep(0.01)
    rebuild_seconds, _ = timed([args.lynchpin, "build", "--quiet", "-s", project], folder)
    rewritten = 0
    total = 0
    for folder_path, _, names in os.walk(site):
        for name in names:
            path = os.path.join(folder_path, name)
            total += 1
            if before.get(path) != os.stat(path).st_mtime_ns:
                rewritten += 1
    with open(account, "w") as handle:
        handle.write(text)
    retired.clear()

    median = statistics.median
    print()
    print(f"| accounts x weeks | lynchpin median | hugo median | floor median | lynchpin/hugo | lynchpin/floor "
          f"| lynchpin peak | hugo peak | written: lynchpin, hugo |")
    print(f"|---|---|---|---|---|---|---|---|---|")
    print(f"| {args.accounts:,} x {args.weeks} | {median(o[0] for o in ours):.2f} s | {median(t[0] for t in theirs):.2f} s | "
          f"{median(f[0] for f in floors):.2f} s | {median(ratios):.2f} | {median(floor_ratios):.2f} | "
          f"{median(o[1] for o in ours):.0f} MB | {median(t[1] for t in theirs):.0f} MB | "
          f"{site_bytes / 1e6:.0f} MB, {hugo_bytes / 1e6:.0f} MB |")
    print()
    print(f"After editing one account: {serve}; `lynchpin build` over the existing site "
          f"{rebuild_seconds:.2f} s, rewriting {rewritten} of {total} files.")


if __name__ == "__main__":
    main()
