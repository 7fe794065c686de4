#!/usr/bin/env python3
"""How long an author waits under `lynchpin serve`: from saving an edit to one account
until the server returns that account's page with the edit in it.

    serve.py PROJECT [--lynchpin PATH] [--edits N]

Starts `lynchpin serve` on a free port, waits for the first build, then N times edits the
first account's file (its industry line) and polls the page every 2 ms until the new text
is there. Prints each wait and the median, and restores the file."""
import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("--lynchpin", default=os.path.join(ROOT, ".build/release/lynchpin"))
    parser.add_argument("--edits", type=int, default=7)
    args = parser.parse_args()

    accounts = os.path.join(args.project, "content/accounts")
    first = sorted(os.listdir(accounts))[0]
    path = os.path.join(accounts, first)
    page = f"accounts/{first[:-3]}/index.html"
    with open(path) as handle:
        original = handle.read()

    port = free_port()
    # The server's output goes to a file beside the project, so a failed run can say why.
    log = open(os.path.join(os.path.dirname(args.project.rstrip("/")), "serve.log"), "w")
    server = subprocess.Popen([args.lynchpin, "serve", "-s", args.project, "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/{page}"
    waits = []
    try:
        deadline = time.time() + 300
        while get(url) is None:
            if time.time() > deadline or server.poll() is not None:
                sys.exit(f"serve did not start (exit status {server.poll()}; see {log.name})")
            time.sleep(0.05)
        for edit in range(args.edits):
            marker = f"Edited industry {edit} {time.time_ns()}"
            text = re.sub(r"^industry: .*$", f"industry: {marker}", original, count=1, flags=re.M)
            time.sleep(0.4)  # let the previous rebuild settle
            start = time.perf_counter()
            with open(path, "w") as handle:
                handle.write(text)
            while marker not in (get(url) or ""):
                if time.perf_counter() - start > 60:
                    sys.exit(f"the edit never showed (see {log.name})")
                time.sleep(0.002)
            waits.append(time.perf_counter() - start)
    finally:
        server.terminate()
        server.wait()
        log.close()
        with open(path, "w") as handle:
            handle.write(original)
    print("serve: edit visible after " + ", ".join(f"{w * 1000:.0f}" for w in waits) + " ms; "
          f"median {statistics.median(waits) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
