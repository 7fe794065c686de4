#!/usr/bin/env python3
"""Times the site search in headless Chromium on a built site: loading the index on first
focus, then each keystroke of a few queries until its results are in the page. Prints the
index size and the median and slowest keystroke, so docs/performance.md can quote them.

Usage: search.py SITE_FOLDER"""
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "check"))
from a11y import driver  # noqa: E402

QUERIES = ["synthetic account 02999", "maria", "energy apac", "account-01500", "congruence", "luis"]

LOAD = """
const done = arguments[arguments.length - 1];
const input = document.getElementById('site_search_input');
const start = performance.now();
input.focus();
const poll = setInterval(() => {
  input.value = 'a'; input.dispatchEvent(new Event('input'));
  if (document.querySelectorAll('#site_search_results [role=option]').length) { clearInterval(poll); done(performance.now() - start); }
}, 5);
"""

TYPE = """
const [query] = arguments;
const input = document.getElementById('site_search_input');
const times = [];
for (let i = 1; i <= query.length; i++) {
  const start = performance.now();
  input.value = query.slice(0, i);
  input.dispatchEvent(new Event('input'));
  document.getElementById('site_search_results').getBoundingClientRect();
  times.push(performance.now() - start);
}
return [times, document.querySelector('#site_search_results [role=option]')?.textContent || ''];
"""


def main(site):
    index = os.path.join(site, "assets", "search-index.js")
    browser = driver()
    browser.set_script_timeout(60)
    try:
        browser.get("file://" + os.path.abspath(os.path.join(site, "index.html")))
        loaded = browser.execute_async_script(LOAD)
        keystrokes = []
        for query in QUERIES:
            times, first = browser.execute_script(TYPE, query)
            keystrokes += times
            print(f"  {query!r}: first result {first[:60]!r}")
    finally:
        browser.quit()
    print(f"search index: {os.path.getsize(index) / 1e6:.2f} MB; loaded and first results in {loaded:.0f} ms; "
          f"{len(keystrokes)} keystrokes: median {statistics.median(keystrokes):.1f} ms, slowest {max(keystrokes):.1f} ms")


if __name__ == "__main__":
    main(sys.argv[1])
