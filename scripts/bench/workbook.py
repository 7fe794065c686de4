#!/usr/bin/env python3
"""Times `lynchpin check` on one synthetic project three ways, alternating: without
scorecards, with its weekly CSVs, and with the same weeks as one wide workbook (account,
metric, a column per week, as an ERP report), written by XlsxWriter. Prints the medians;
the workbook's load is its row minus the no-scorecards row, beside the CSVs'.

Usage: workbook.py [ACCOUNTS WEEKS RUNS]   (default 300 156 5; needs XlsxWriter, which
`scripts/setup --bench` installs into .build-tools/venv, and a release build)"""
import csv
import datetime
import os
import shutil
import statistics
import subprocess
import sys
import time

import xlsxwriter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
BINARY = os.path.join(ROOT, ".build", "release", "lynchpin")


def wide_workbook(scorecards, path):
    weeks = sorted(name for name in os.listdir(scorecards) if name.endswith(".csv"))
    rows = {}
    for index, name in enumerate(weeks):
        with open(os.path.join(scorecards, name), newline="") as f:
            for record in csv.DictReader(f):
                rows.setdefault((record["account"], record["metric"]), {})[index] = float(record["actual"])
    book = xlsxwriter.Workbook(path, {"constant_memory": True})
    sheet = book.add_worksheet("ERP report")
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, ["account", "metric"])
    for index, name in enumerate(weeks):
        sheet.write_datetime(0, 2 + index, datetime.datetime.strptime(name[:-4], "%Y-%m-%d"), date)
    for row, ((account, metric), figures) in enumerate(sorted(rows.items()), start=1):
        sheet.write_string(row, 0, account)
        sheet.write_string(row, 1, metric)
        for index, figure in figures.items():
            sheet.write_number(row, 2 + index, figure)
    book.close()


def main():
    accounts, weeks, runs = (int(a) for a in (sys.argv[1:4] if len(sys.argv) >= 4 else (300, 156, 5)))
    base = os.path.join(ROOT, ".bench", f"workbook-n{accounts}-w{weeks}")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench", "generate.py"), str(accounts), str(weeks),
                    os.path.join(base, "csv")], check=True, stdout=subprocess.DEVNULL)
    projects = {"csv": os.path.join(base, "csv", "lynchpin")}
    for kind in ("none", "workbook"):
        projects[kind] = os.path.join(base, kind)
        shutil.rmtree(projects[kind], ignore_errors=True)
        shutil.copytree(projects["csv"], projects[kind])
        scorecards = os.path.join(projects[kind], "content", "scorecards")
        if kind == "workbook":
            wide_workbook(scorecards, os.path.join(base, "scorecards.xlsx"))
        for name in os.listdir(scorecards):
            os.remove(os.path.join(scorecards, name))
        if kind == "workbook":
            shutil.move(os.path.join(base, "scorecards.xlsx"), os.path.join(scorecards, "scorecards.xlsx"))
    size = os.path.getsize(os.path.join(projects["workbook"], "content", "scorecards", "scorecards.xlsx"))
    times = {kind: [] for kind in projects}
    for _ in range(runs):
        for kind, project in projects.items():
            start = time.perf_counter()
            subprocess.run([BINARY, "check", "--source", project], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            times[kind].append(time.perf_counter() - start)
    median = {kind: statistics.median(values) for kind, values in times.items()}
    print(f"{accounts} accounts x {weeks} weeks, {runs} alternating runs of lynchpin check, medians:")
    print(f"  no scorecards {median['none']:.2f} s; CSVs {median['csv']:.2f} s; wide workbook ({size / 1e6:.1f} MB) {median['workbook']:.2f} s")
    print(f"  scorecards' share: CSVs {median['csv'] - median['none']:.2f} s, workbook {median['workbook'] - median['none']:.2f} s")


if __name__ == "__main__":
    main()
