#!/usr/bin/env python3
"""Checks every link of a built site: each href and src (SVG's included) must name a file
of the site, each #fragment an id on the page it points to, and each aria-labelledby or
aria-describedby an id on its own page. Links with a scheme (https:, mailto:) are left out;
so are the 404 page's root links, since a server shows that page at any address. The
search index (assets/search-index.js) is checked too: every result it can lead to, made
by the same rules as the theme's search.js, must resolve from the site's root.

Usage: links.py SITE_FOLDER [SITE_FOLDER ...]; exits 1 listing every broken link."""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from built_site import SEARCH_INDEX, search_index

LINK_ATTRIBUTES = {"href", "src", "xlink:href"}
IDREF_ATTRIBUTES = {"aria-labelledby", "aria-describedby", "for"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []   # (line, url)
        self.idrefs = []  # (line, attribute, id)

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in LINK_ATTRIBUTES:
                self.links.append((line, value))
            elif name in IDREF_ATTRIBUTES:
                for ref in value.split():
                    self.idrefs.append((line, name, ref))

    handle_startendtag = handle_starttag


def parse(path, cache):
    if path not in cache:
        page = Page()
        with open(path, encoding="utf-8") as f:
            page.feed(f.read())
        cache[path] = page
    return cache[path]


def check(site):
    site = os.path.abspath(site)
    cache, problems, checked = {}, [], 0
    for folder, _, files in os.walk(site):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            shown = os.path.relpath(path, site)
            page = parse(path, cache)
            for line, attribute, ref in page.idrefs:
                if ref not in page.ids:
                    problems.append(f"{shown}:{line}: {attribute} names id {ref!r}, which the page does not have")
            for line, url in page.links:
                checked += 1
                problem = check_link(site, path, shown, url, cache)
                if problem:
                    problems.append(f"{shown}:{line}: {url}: {problem}")
    if os.path.isfile(os.path.join(site, SEARCH_INDEX)):
        try:
            urls = search_results(search_index(site))
        except ValueError as error:
            problems.append(str(error))
            urls = []
        for url in urls:
            checked += 1
            problem = check_link(site, os.path.join(site, "index.html"), "index.html", url, cache)
            if problem:
                problems.append(f"{SEARCH_INDEX}: {url}: {problem}")
    return problems, checked


def search_results(index):
    """Every address a search result can have, as search.js makes them."""
    accounts = [(a[1], f"accounts/{a[1]}/index.html") for a in index["accounts"]]
    urls = [href for _, href in accounts]
    urls += [f"people/{p[1]}/index.html" for p in index["people"]]
    for entry, (account, href) in zip(index["accounts"], accounts):
        urls += [f"{href}#{account}-stakeholders_heading"] * (len(entry[7]) // 2)
        urls += [f"{href}#{account}-people_heading"] * (len(entry[8]) // 2)
    for opportunity in index["opportunities"]:
        account, href = accounts[opportunity[1]]
        urls.append(f"{href}#{account}-pipeline_heading")
    for _, _, href, headings in index["pages"]:
        urls += [href] + [f"{href}#{fragment}" for _, fragment in headings]
    return urls


def check_link(site, page_path, shown, url, cache):
    parts = urlsplit(url)
    if parts.scheme or url.startswith("//"):
        return None
    if url.startswith("/"):
        return None if shown == "404.html" else "an absolute path: breaks under file:// and in a subfolder"
    if parts.path == "":
        target = page_path
    else:
        target = os.path.normpath(os.path.join(os.path.dirname(page_path), unquote(parts.path)))
        if not (target + os.sep).startswith(site + os.sep) and target != site:
            return "points outside the site"
        if os.path.isdir(target):
            if not os.path.isfile(os.path.join(target, "index.html")):
                return "a folder with no index.html"
            target = os.path.join(target, "index.html")
        elif not os.path.isfile(target):
            return "no such file"
    fragment = unquote(parts.fragment)
    if fragment:
        if not target.endswith(".html"):
            return "a #fragment on a file that is not a page"
        if fragment not in parse(target, cache).ids:
            return f"no element with id {fragment!r} on {os.path.relpath(target, site)}"
    return None


def main(folders):
    failed = False
    for site in folders:
        problems, checked = check(site)
        for problem in problems:
            print(f"{site}/{problem}")
        print(f"links: {checked} links in {site}: {len(problems)} broken")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
