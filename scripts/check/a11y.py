#!/usr/bin/env python3
"""Runs axe-core over every page of a built site in headless Chromium and fails on any
serious or critical violation, and on repeated landmark names. Each page is checked as it is used: on a desktop screen, on
a phone (where wide tables scroll), and printed (where print-only parts appear); the dashboard also with the search
box's results open. axe.min.js comes from PyPI's axe-playwright-python wheel
(installed without Playwright); Selenium drives Debian's chromium through chromedriver.

Usage: a11y.py SITE_FOLDER [SUBFOLDER [MODE...]]   (with SUBFOLDER, only its pages, in the MODEs given
(desktop, phone, print; default all), and no search step)"""
import json
import os
import shutil
import sys
from importlib import resources

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from built_site import html_pages, report

FAILING = {"serious", "critical"}
# Repeated landmark names: axe rates them moderate, but a pack of plans is unusable by
# landmark navigation when every plan's sections share names.
ALWAYS_FAILING = {"landmark-unique"}
MODES = {"desktop": (1280, "screen"), "phone": (390, "screen"), "print": (800, "print")}


def driver():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--allow-file-access-from-files", "--window-size=1280,900"):
        options.add_argument(argument)
    for binary in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(binary):
            options.binary_location = shutil.which(binary)
            break
    chromedriver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(chromedriver), options=options)


# The search box with its results open, an option chosen by the arrow key: the state a
# keyboard user meets, which the pages as loaded do not show.
OPEN_SEARCH = """
const done = arguments[arguments.length - 1];
const input = document.getElementById('site_search_input');
if (!input) return done('no search box');
input.focus();
const poll = setInterval(() => {
  input.value = 'a'; input.dispatchEvent(new Event('input'));
  if (document.querySelector('#site_search_results [role=option]')) {
    clearInterval(poll);
    input.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown'}));
    done(input.getAttribute('aria-activedescendant') ? '' : 'no option chosen');
  }
}, 20);
"""


def violations(browser, axe, path, mode, search=False):
    width, media = MODES[mode]
    browser.set_window_size(width, 900)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})
    browser.get("file://" + os.path.abspath(path))
    if search:
        problem = browser.execute_async_script(OPEN_SEARCH)
        if problem:
            return [f"critical: search: {problem}"]
    browser.execute_script(axe)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)))"
        ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));")
    found = []
    for violation in json.loads(result):
        if violation.get("impact") in FAILING or violation["id"] in ALWAYS_FAILING:
            targets = ", ".join(" ".join(node.get("target", [])) for node in violation["nodes"][:3])
            found.append(f"{violation['impact']}: {violation['id']}: {violation['help']} "
                         f"({len(violation['nodes'])} elements, e.g. {targets})")
    return found


def main(site, only=None, *modes):
    axe = resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")
    pages = [page for page in html_pages(site) if only is None or page.startswith(only.rstrip("/") + "/")]
    if not pages:
        return report([f"no pages under {only} in {site}"], "axe-core: nothing checked")
    browser = driver()
    browser.set_script_timeout(60)
    problems = []
    try:
        for page in pages:
            for mode in modes or MODES:
                problems += [f"{page} ({mode}): {p}" for p in violations(browser, axe, os.path.join(site, page), mode)]
        for mode in ("desktop", "phone") if only is None else ():
            problems += [f"index.html (search open, {mode}): {p}"
                         for p in violations(browser, axe, os.path.join(site, "index.html"), mode, search=True)]
        version = browser.execute_script("return axe.version")
    finally:
        browser.quit()
    return report(problems, f"axe-core {version}: {len(pages)} pages of {site}: {len(problems)} serious or critical violations")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
