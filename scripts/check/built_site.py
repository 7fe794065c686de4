"""What the site checks share: the pages of a built site, its search index as search.js
receives it, and how a check reports."""
import json
import os

SEARCH_INDEX = os.path.join("assets", "search-index.js")


def html_pages(site):
    """Every .html file of the site, as paths relative to it, sorted."""
    return sorted(os.path.relpath(os.path.join(folder, name), site)
                  for folder, _, files in os.walk(site) for name in files if name.endswith(".html"))


def search_index(site):
    """The one argument of the index's `lynchpinSearch(...)` call; ValueError if the file is
    not such a call."""
    with open(os.path.join(site, SEARCH_INDEX), encoding="utf-8") as f:
        text = f.read()
    prefix, suffix = "lynchpinSearch(", ");\n"
    if not (text.startswith(prefix) and text.endswith(suffix)):
        raise ValueError(f"{SEARCH_INDEX} is not one lynchpinSearch({{...}}) call")
    return json.loads(text[len(prefix):-len(suffix)])


def report(problems, summary):
    """Prints every problem, then the summary line; the exit status."""
    for problem in problems:
        print(problem)
    print(summary)
    return 1 if problems else 0
