#!/usr/bin/env python3
"""Opens every page of a built site in headless Chromium at a phone's width and two laptop
widths and fails when the layout loses something:

- at every width, the page is wider than the window (it scrolls sideways);
- at 1280 and 1440 px, a table is wider than the box it sits in (its last columns are
  clipped or a scroll away);
- at 390 px, a balanced scorecard's essential columns (measure, actual, target, status) are
  not all inside the visible part of the scorecard: the other columns may scroll.

Selenium drives Debian's chromium through chromedriver, as in a11y.py.

Usage: layout.py SITE_FOLDER"""
import json
import os
import sys

from a11y import driver
from built_site import html_pages, report

WIDTHS = (390, 1280, 1440)
PHONE = 390
ESSENTIAL = ("Measure", "Actual (week)", "Target", "Status")

# Measured in the page: what overflows, by name, and how many scorecards were checked, so a
# renamed column or class cannot make the check pass by finding nothing.
MEASURE = """
const [checkTables, essential] = arguments;
const root = document.documentElement;
const found = {page: root.scrollWidth > root.clientWidth ? [root.scrollWidth, root.clientWidth] : null,
               tables: [], scorecards: 0, essential: []};
const clip = element => {
  for (let box = element.parentElement; box; box = box.parentElement) {
    const style = getComputedStyle(box);
    if (style.overflowX !== 'visible' || box === document.body) return box;
  }
  return root;
};
const label = table => (table.closest('[aria-label]')?.getAttribute('aria-label')
  || table.caption?.textContent || table.className || 'table').trim();
if (checkTables) {
  for (const table of document.querySelectorAll('table')) {
    const box = clip(table);
    const width = Math.ceil(table.getBoundingClientRect().width);
    if (width > box.clientWidth + 1) found.tables.push([label(table), width, box.clientWidth]);
  }
}
for (const table of document.querySelectorAll('table.scorecard')) {
  found.scorecards += 1;
  const box = clip(table).getBoundingClientRect();
  const headers = [...table.tHead.rows[0].cells];
  for (const name of essential) {
    const cell = headers.find(c => c.textContent.trim() === name);
    if (!cell) { found.essential.push([label(table), name, 'missing']); continue; }
    const right = cell.getBoundingClientRect().right;
    if (right > box.right + 1) found.essential.push([label(table), name, Math.round(right - box.right) + ' px beyond']);
  }
}
return JSON.stringify(found);
"""


def main(site):
    pages = html_pages(site)
    browser = driver()
    problems = []
    scorecards = 0
    try:
        for width in WIDTHS:
            browser.set_window_size(width, 900)
            for page in pages:
                browser.get("file://" + os.path.abspath(os.path.join(site, page)))
                found = json.loads(browser.execute_script(MEASURE, width != PHONE, list(ESSENTIAL)))
                if found["page"]:
                    problems.append(f"{page} at {width} px: the page is {found['page'][0]} px wide in a "
                                    f"{found['page'][1]} px window")
                for name, wide, room in found["tables"]:
                    problems.append(f"{page} at {width} px: table '{name}' is {wide} px wide in {room} px")
                if width == PHONE:
                    scorecards += found["scorecards"]
                    for name, column, how in found["essential"]:
                        problems.append(f"{page} at {width} px: scorecard '{name}': column {column} {how}")
    finally:
        browser.quit()
    if scorecards == 0:
        problems.append("no balanced scorecard was found to check at the phone's width")
    return report(problems, f"layout: {len(pages)} pages of {site} at {', '.join(map(str, WIDTHS))} px, "
                            f"{scorecards} scorecards on a phone: {len(problems)} problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
