#!/usr/bin/env python3
"""Opens every review's e-mail (reviews/<date>/review.eml) of a built site the way a mail
client does: Python's email package parses it (policy.default, which records every defect),
then headless Chromium renders its HTML part at 390 and 1280 px. Fails on a parse defect, a
part missing, a subject without the review's date, a link not absolute under base_url, a
stylesheet, script or SVG (mail clients strip them), an HTML part that does not show the
review's changes as its page does, or one wider than a phone's screen. Writes each HTML part
to OUT_FOLDER for the Nu checker.

Usage: mail.py SITE_FOLDER BASE_URL OUT_FOLDER"""
import email
import email.policy
import html as html_text
import os
import re
import sys

from a11y import driver
from built_site import report

BANNED = ("<style", "<script", "<svg", "<link ")


def rendered(browser, path, width):
    browser.set_window_size(width, 900)
    browser.get("file://" + os.path.abspath(path))
    text = browser.execute_script("return document.body.innerText")
    wide = browser.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
    return text, wide


def main(site, base, out):
    os.makedirs(out, exist_ok=True)
    problems, count = [], 0
    browser = driver()
    try:
        for folder in sorted(os.listdir(os.path.join(site, "reviews"))):
            path = os.path.join(site, "reviews", folder, "review.eml")
            if not os.path.isdir(os.path.join(site, "reviews", folder)):
                continue
            if not os.path.exists(path):
                problems.append(f"{path}: missing")
                continue
            count += 1
            with open(path, "rb") as f:
                message = email.message_from_bytes(f.read(), policy=email.policy.default)
            where = f"reviews/{folder}/review.eml"
            if message.defects or any(part.defects for part in message.walk()):
                problems.append(f"{where}: defects {message.defects}")
            if message.get_content_type() != "multipart/alternative":
                problems.append(f"{where}: {message.get_content_type()}, expected multipart/alternative")
            if folder not in str(message["Subject"]):
                problems.append(f"{where}: the subject '{message['Subject']}' does not name {folder}")
            text, html = message.get_body(("plain",)), message.get_body(("html",))
            if text is None or html is None:
                problems.append(f"{where}: expected a plain text and an HTML part")
                continue
            html = html.get_content()
            text = text.get_content()
            for link in re.findall(r'(?:href|src)="([^"]*)"', html):
                if not link.startswith(base):
                    problems.append(f"{where}: the link {link} is not under {base}")
            for banned in BANNED:
                if banned in html.lower():
                    problems.append(f"{where}: has {banned}>, which mail clients strip")
            # What the review's page says changed, the mail shows: each status change's account and measure.
            with open(os.path.join(site, "reviews", folder, "index.html"), encoding="utf-8") as f:
                page = f.read()
            changes = page[page.find('id="changes_heading"'):page.find("<h3>Measures that moved</h3>")]
            expected = [html_text.unescape(re.sub(r"<[^>]+>", "", cell))
                        for row in re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td>', changes) for cell in row]
            saved = os.path.join(out, folder + ".html")
            with open(saved, "w", encoding="utf-8") as f:
                f.write(html)
            for width in (390, 1280):
                shown, wide = rendered(browser, saved, width)
                if "What the data says" not in shown:
                    problems.append(f"{where}: at {width} px the HTML part does not show what the data says")
                for cell in expected:
                    if cell not in shown or cell not in text:
                        problems.append(f"{where}: at {width} px the mail does not show the change '{cell}'")
                if wide:
                    problems.append(f"{where}: at {width} px the HTML part is wider than the screen")
    finally:
        browser.quit()
    return report(problems, f"mail: {count} review e-mails of {site} parsed and rendered at 390 and 1280 px: {len(problems)} problems")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
