#!/usr/bin/env python3
"""Opens a built site's portfolio.xlsx in openpyxl, as a team's own scripts and Excel read
it, and holds it against portfolio.json: every sheet has a frozen header row and an
autofilter over all its rows; dates are dates and figures numbers; and the Accounts sheet
has every account of portfolio.json with the same figures (status, quadrant, attractiveness,
strength, overall score and status, the forecast and its target).

Usage: workbook.py SITE_FOLDER"""
import datetime
import json
import os
import sys

import openpyxl

from built_site import report

SHEETS = ["Accounts", "Measures", "Pipeline", "Actions", "Feedback"]
DATES = {"Measures": ["Week"], "Pipeline": ["Close"], "Actions": ["Due", "Raised"], "Feedback": ["Quarter from", "Quarter to"]}
NUMBERS = {"Accounts": ["Attractiveness", "Revenue (12 months)", "Overall score", "Forecast"],
           "Measures": ["Figure compared", "Of target"], "Pipeline": ["Value"], "Feedback": ["Score", "Responses"]}


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    return a == b


def main(site):
    problems = []
    book = openpyxl.load_workbook(os.path.join(site, "portfolio.xlsx"))
    with open(os.path.join(site, "portfolio.json"), encoding="utf-8") as f:
        portfolio = json.load(f)
    if book.sheetnames != SHEETS:
        problems.append(f"portfolio.xlsx: sheets {book.sheetnames}, expected {SHEETS}")
    rows = {}
    for name in book.sheetnames:
        sheet = book[name]
        header = [cell.value for cell in sheet[1]]
        rows[name] = [dict(zip(header, values)) for values in sheet.iter_rows(min_row=2, values_only=True)]
        if sheet.freeze_panes != "A2":
            problems.append(f"portfolio.xlsx:{name}: the header row is not frozen ({sheet.freeze_panes})")
        expected = f"A1:{openpyxl.utils.get_column_letter(len(header))}{max(sheet.max_row, 1)}"
        if sheet.auto_filter.ref != expected:
            problems.append(f"portfolio.xlsx:{name}: autofilter {sheet.auto_filter.ref}, expected {expected}")
        for column in DATES.get(name, []):
            if any(row[column] is not None and not isinstance(row[column], datetime.datetime) for row in rows[name]):
                problems.append(f"portfolio.xlsx:{name}: {column} holds something other than dates")
        for column in NUMBERS.get(name, []):
            if any(row[column] is not None and not isinstance(row[column], (int, float)) for row in rows[name]):
                problems.append(f"portfolio.xlsx:{name}: {column} holds something other than numbers")
    accounts = {row["ID"]: row for row in rows.get("Accounts", [])}
    if sorted(accounts) != sorted(a["id"] for a in portfolio["accounts"]):
        problems.append("portfolio.xlsx:Accounts: not the accounts of portfolio.json")
    for account in portfolio["accounts"]:
        row = accounts.get(account["id"])
        if row is None:
            continue
        forecast = account["forecast"] if account["forecast"] and account["forecast"]["made"] else {}
        pairs = [("Account", account["name"]), ("Status", account["status"]), ("Quadrant", account["quadrant"]),
                 ("Attractiveness", account["attractiveness"]), ("Strength", account["strength"]),
                 ("Overall score", account["scorecard"]["overall"]), ("Overall status", account["scorecard"]["overall_status"]),
                 ("Forecast", forecast.get("value")), ("Forecast target", forecast.get("target")),
                 ("Forecast less target", forecast.get("gap")), ("Flags", ", ".join(account["flags"]) or None)]
        for column, value in pairs:
            if not same(row[column], value):
                problems.append(f"portfolio.xlsx:Accounts: {account['id']} {column} is {row[column]!r}, portfolio.json says {value!r}")
    counts = ", ".join(f"{name} {len(rows.get(name, []))}" for name in SHEETS)
    return report(problems, f"workbook: {site}/portfolio.xlsx in openpyxl ({counts} rows) against portfolio.json: {len(problems)} problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
