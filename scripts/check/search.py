#!/usr/bin/env python3
"""Uses the theme's script on a built site in headless Chromium as a reader would, keyboard
only, and fails when it does not do what the README says:

- "/" on a page focuses the search box; typing an account's name offers that account
  first, Enter opens its plan; a stakeholder's name leads to the plan's stakeholders;
- on the dashboard, choosing a manager leaves only that manager's accounts in the table and
  says how many; sorting by current revenue puts the rows in that order, and again reversed.

The names come from the site's own search index and table, so the check follows the sample.

Usage: search.py SITE_FOLDER"""
import os
import sys
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from a11y import driver
from built_site import report, search_index


def wait(condition, seconds=5):
    end = time.time() + seconds
    while time.time() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    return condition()


def search(browser, page, query):
    """Types the query after pressing "/", returns the offered titles."""
    browser.get("file://" + page)
    browser.find_element(By.TAG_NAME, "body").send_keys("/")
    box = browser.switch_to.active_element
    if box.get_attribute("id") != "site_search_input":
        return box, None
    box.send_keys(query)
    titles = lambda: [o.find_element(By.CLASS_NAME, "search-title").text
                      for o in browser.find_elements(By.CSS_SELECTOR, "#site_search_results [role=option]")]
    return box, wait(titles)


def main(site):
    site = os.path.abspath(site)
    data = search_index(site)
    problems = []
    browser = driver()
    try:
        account = data["accounts"][-1]
        name, ident = account[0], account[1]
        plan = os.path.join(site, "playbooks", "index.html")
        box, titles = search(browser, plan, name)
        if titles is None:
            problems.append("'/' did not focus the search box")
        elif not titles or titles[0] != name:
            problems.append(f"typing {name!r} offered {titles[:3]}, not the account first")
        else:
            box.send_keys(Keys.ENTER)
            target = f"accounts/{ident}/index.html"
            if not wait(lambda: browser.current_url.endswith(target)):
                problems.append(f"Enter on {name!r} went to {browser.current_url}, not {target}")

        with_stakeholders = next((a for a in data["accounts"] if a[7]), None)
        if with_stakeholders:
            person = with_stakeholders[7][0]
            box, titles = search(browser, os.path.join(site, "index.html"), person)
            if not titles or person not in titles:
                problems.append(f"typing {person!r} offered {titles and titles[:3]}, not the stakeholder")
            else:
                for _ in range(titles.index(person) + 1):
                    box.send_keys(Keys.ARROW_DOWN)
                box.send_keys(Keys.ENTER)
                target = f"accounts/{with_stakeholders[1]}/index.html#{with_stakeholders[1]}-stakeholders_heading"
                if not wait(lambda: browser.current_url.endswith(target)):
                    problems.append(f"{person!r} led to {browser.current_url}, not {target}")

        browser.get("file://" + os.path.join(site, "index.html"))
        table = browser.find_element(By.CSS_SELECTOR, "table[data-sortable]")
        rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
        managers = sorted({r.get_attribute("data-manager") for r in rows} - {""})
        manager = managers[-1]
        Select(browser.find_element(By.CSS_SELECTOR, ".table-filters select")).select_by_value(manager)
        shown = [r for r in rows if r.is_displayed()]
        expected = [r for r in rows if r.get_attribute("data-manager") == manager]
        status = browser.find_element(By.CSS_SELECTOR, ".table-filters [role=status]").text
        if shown != expected or status != f"{len(expected)} of {len(rows)} accounts shown":
            problems.append(f"filtering by {manager!r} showed {len(shown)} rows ({status!r}), expected {len(expected)}")
        Select(browser.find_element(By.CSS_SELECTOR, ".table-filters select")).select_by_value("")

        headers = table.find_elements(By.CSS_SELECTOR, "thead th")
        column = next(i for i, h in enumerate(headers) if h.text.startswith("Current revenue"))

        def revenues():
            out = []
            for row in table.find_elements(By.CSS_SELECTOR, "tbody tr"):
                cell = row.find_elements(By.CSS_SELECTOR, "th, td")[column].text.split("\n")[0]
                digits = "".join(c for c in cell if c.isdigit())
                out.append(int(digits) if digits else -1)
            return out

        button = headers[column].find_element(By.TAG_NAME, "button")
        button.send_keys(Keys.ENTER)
        if revenues() != sorted(revenues()) or headers[column].get_attribute("aria-sort") != "ascending":
            problems.append(f"sorting by current revenue gave {revenues()}")
        button.send_keys(Keys.ENTER)
        if revenues() != sorted(revenues(), reverse=True) or headers[column].get_attribute("aria-sort") != "descending":
            problems.append(f"sorting by current revenue again gave {revenues()}")
    finally:
        browser.quit()
    return report(problems, f"search: {site}: {len(problems)} problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
