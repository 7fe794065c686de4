import Testing
import LynchpinDomain
@testable import LynchpinMarkdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func givesHeadingsStableIDsAndAnOutline() {
        let doc = renderer.render("# Plan\n\n## Strategy\n\ntext\n\n### Why *now*\n\n## Strategy\n")
        #expect(doc.outline == [
            Heading(level: 1, text: "Plan", id: "plan"),
            Heading(level: 2, text: "Strategy", id: "strategy"),
            Heading(level: 3, text: "Why now", id: "why-now", hasContent: false),
            Heading(level: 2, text: "Strategy", id: "strategy-1", hasContent: false),
        ])
        #expect(doc.html.contains("<h2 id=\"strategy\">Strategy</h2>"))
        #expect(doc.html.contains("<h3 id=\"why-now\">Why <em>now</em></h3>"))
        #expect(doc.html.contains("<h2 id=\"strategy-1\">Strategy</h2>"))
    }

    /// A heading with nothing under it but deeper headings and comments covers nothing:
    /// the empty sections `lynchpin new account` writes are not "present".
    @Test func aSectionHasContentOnlyWithSomethingWrittenUnderIt() {
        let doc = renderer.render("## Strategy\n\n## Organization\n\n<!-- to do -->\n\n## Human resources\n\n### People\n\n- one\n\n## Systems and processes\n")
        #expect(doc.outline.map(\.hasContent) == [false, false, true, true, false])
    }

    @Test func slugsKeepLettersOfAnyScript() {
        #expect(HeadingSlugger.slug("Überblick & Ziele") == "überblick-ziele")
        #expect(HeadingSlugger.slug("!!!") == "section")
    }

    @Test func escapesHeadingTextInHTML() {
        let doc = renderer.render("## Fish & <chips>\n")
        #expect(doc.outline.first?.text == "Fish &")
        #expect(doc.html.hasPrefix("<h2 id=\"fish\">Fish &amp; "))
    }

    @Test func safeModeDropsRawHTMLAndScriptLinks() {
        let doc = renderer.render("<script>alert(1)</script>\n\n[click](javascript:alert(1)) <b>bold</b>\n")
        #expect(!doc.html.contains("<script>"))
        #expect(!doc.html.contains("javascript:"))
        #expect(!doc.html.contains("<b>"))
        #expect(doc.html.contains("raw HTML omitted"))
    }

    @Test func unsafeModeLetsRawHTMLThrough() {
        let doc = MarkdownRenderer(allowUnsafeHTML: true).render("<div class=\"note\">hi</div>\n\n[x](javascript:go())\n")
        #expect(doc.html.contains("<div class=\"note\">hi</div>"))
        #expect(doc.html.contains("href=\"javascript:go()\""))
    }

    @Test func smartPunctuationFollowsTheSetting() {
        #expect(renderer.render("\"Hi\" -- it's done...").html.contains("“Hi” – it’s done…"))
        #expect(MarkdownRenderer(smartPunctuation: false).render("\"Hi\" -- it's").html.contains("&quot;Hi&quot; -- it's"))
    }
}

@Suite struct RelativeLinkTests {
    /// What would need rebasing on another page: relative links and images, in order.
    @Test func aDocumentListsItsRelativeLinks() {
        let document = MarkdownRenderer().render(
            "# Plan\n\n[a](../b/index.html) ![map](map.png) [here](#plan) [web](https://example.com/x)\n"
                + "[mail](mailto:kam@example.com) [root](/about/) [query](?x=1) [up](../../playbooks/p/)\n",
            idPrefix: "acme-")
        #expect(document.relativeLinks == ["../b/index.html", "map.png", "../../playbooks/p/"])
        #expect(Document(source: "", outline: []).relativeLinks == nil, "not known unless rendered")
    }
}

@Suite struct HeadingTextTests {
    /// The byte-level slug for ASCII titles must agree with the Unicode rule on every one.
    @Test func asciiSlugsAgreeWithTheUnicodeRule() {
        // Every pair of ASCII characters: each one's own treatment and every transition.
        let alphabet = (0x00...0x7F).compactMap(Unicode.Scalar.init).map(String.init)
        var titles = ["Why now?", "Q3 2026: the pilot", "  --a--b--  ", "", "!!!", "ABC_def-09", "a\tb"]
        for first in alphabet {
            for second in alphabet { titles.append("x" + first + second + "Z") }
        }
        for title in titles {
            #expect(HeadingSlugger.asciiSlug(title) == HeadingSlugger.unicodeSlug(title), "\(title.debugDescription)")
        }
        #expect(HeadingSlugger.slug("Q3 2026: the pilot") == "q3-2026-the-pilot")
    }

    @Test func headingTextIsTrimmedOfUnicodeWhiteSpace() {
        for text in ["Plan", " Plan ", "\u{00A0}Plan\u{2003}", "\n\tPlan  x \u{3000}", "   ", "", "Ünder\u{2028}"] {
            #expect(MarkdownRenderer.trimmingWhiteSpace(text) == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(text.debugDescription)")
        }
    }
}
