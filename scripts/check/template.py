#!/usr/bin/env python3
"""The weekly form as a team uses it: `lynchpin scorecard template` on the sample project,
opened with openpyxl (a program other than the one that wrote it), every Actual filled in
from its last entry plus one, saved into a copy of the project's content/scorecards/, and
the copy built as of that week. Fails when the form does not open, lacks a column, or the
filled-in week is not in the built site's portfolio.json with those figures.

Usage: template.py LYNCHPIN_BINARY PROJECT_FOLDER"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

from built_site import report

COLUMNS = ["Account", "Account name", "Metric", "Measure", "Unit", "Period", "Period target", "Due by this week",
           "Last entry", "Last entry's week", "Actual", "Note"]


def main(binary, project):
    problems = []
    work = tempfile.mkdtemp(prefix="lynchpin-template-")
    try:
        copy = os.path.join(work, "project")
        os.makedirs(copy)
        for item in ("lynchpin.yml", "content", "templates"):
            (shutil.copytree if os.path.isdir(os.path.join(project, item)) else shutil.copy)(
                os.path.join(project, item), os.path.join(copy, item))
        form = os.path.join(work, "form.xlsx")
        made = subprocess.run([binary, "scorecard", "template", "--source", copy, "-o", form], capture_output=True, text=True)
        if made.returncode != 0:
            return report([f"scorecard template failed: {made.stdout}{made.stderr}"], "template: 1 problem")
        book = openpyxl.load_workbook(form)
        sheet = book.worksheets[0]
        week = sheet.title
        header = [cell.value for cell in sheet[1]]
        if header != COLUMNS:
            problems.append(f"header is {header}, expected {COLUMNS}")
        expected = {}
        for row in sheet.iter_rows(min_row=2):
            values = {name: cell for name, cell in zip(COLUMNS, row)}
            last = values["Last entry"].value
            if last is None:
                continue
            values["Actual"].value = last + 1
            expected[(values["Account"].value, values["Metric"].value)] = last + 1
        if not expected:
            problems.append("no row had a last entry to fill in from")
        book.save(os.path.join(copy, "content", "scorecards", "filled-in.xlsx"))
        site = os.path.join(work, "site")
        built = subprocess.run([binary, "build", "--source", copy, "--output", site, "--as-of", week, "--quiet"],
                               capture_output=True, text=True)
        if built.returncode != 0:
            problems.append(f"the copy with the filled-in form did not build: {built.stdout}{built.stderr}")
        else:
            with open(os.path.join(site, "portfolio.json"), encoding="utf-8") as f:
                portfolio = json.load(f)
            if portfolio["as_of"] != week:
                problems.append(f"portfolio.json is as of {portfolio['as_of']}, expected {week}")
            # A weekly measure's actual is the week's own figure; a period's is its sum or mean.
            weekly = {(account["id"], line["id"]): line["actual"] for account in portfolio["accounts"]
                      for line in account["scorecard"]["measures"] if line["period"] == "week"}
            compared = [key for key in expected if key in weekly]
            for key in compared:
                if weekly[key] != expected[key]:
                    problems.append(f"{key[0]}/{key[1]}: the site shows {weekly[key]} as of {week}, the form said {expected[key]}")
            if not compared:
                problems.append("no weekly measure of the form is in portfolio.json")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report(problems, f"template: the form for {week}, {len(expected)} figures filled in with openpyxl: {len(problems)} problems")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
