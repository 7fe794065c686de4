import Testing
@testable import LynchpinMarkdown

@Suite struct LinkRebaseTests {
    let toPack = LinkRebase(from: "accounts/acme/index.html", to: "print/index.html")

    @Test(arguments: [
        ("../../playbooks/pilot-90/", "../playbooks/pilot-90/"),
        ("../../playbooks/pilot-90/index.html#day-0", "../playbooks/pilot-90/index.html#day-0"),
        ("../beta/index.html", "../accounts/beta/index.html"),
        ("chart.png", "../accounts/acme/chart.png"),
        ("./notes/", "../accounts/acme/notes/"),
        ("../../../outside.html", "../../outside.html"),
        ("../../", "../"),
        ("../../print/index.html", "index.html"),
    ])
    func relativeLinksPointAtTheSameFile(written: String, rebased: String) {
        #expect(toPack.rebase(written) == rebased)
    }

    @Test(arguments: ["https://example.com/a", "mailto:a@b.c", "/root.html", "#strategy", "?q=1", "//cdn.example/x.js", ""])
    func absoluteAndInPageLinksStayAsTheyAre(url: String) {
        #expect(toPack.rebase(url) == url)
    }

    @Test func sameDepthChangesOnlyWhatDiffers() {
        let rebase = LinkRebase(from: "accounts/acme/index.html", to: "print/dana/index.html")
        #expect(rebase.rebase("../../playbooks/x/") == "../../playbooks/x/")
        #expect(rebase.rebase("photo.jpg") == "../../accounts/acme/photo.jpg")
    }
}

@Suite struct PrefixedRenderTests {
    @Test func headingIDsAndLinksToThemCarryThePrefix() {
        let doc = MarkdownRenderer().render("## Strategy\n\n[see](#strategy) [elsewhere](#other) [out](../x/)\n", idPrefix: "acme-")
        #expect(doc.outline.map(\.id) == ["acme-strategy"])
        #expect(doc.html.contains("<h2 id=\"acme-strategy\">Strategy</h2>"))
        #expect(doc.html.contains("<a href=\"#acme-strategy\">see</a>"))
        #expect(doc.html.contains("<a href=\"#other\">elsewhere</a>"), "not a heading of this document: left alone")
        #expect(doc.html.contains("<a href=\"../x/\">out</a>"), "no rebase asked for")
    }

    @Test func rebasingWorksOnLinksImagesAndLinksInsideHeadings() {
        let rebase = LinkRebase(from: "accounts/acme/index.html", to: "print/index.html")
        let doc = MarkdownRenderer().render("## See [the pilot](../../playbooks/pilot/)\n\n![map](map.png)\n", rebase: rebase)
        #expect(doc.html.contains("<h2 id=\"see-the-pilot\">See <a href=\"../playbooks/pilot/\">the pilot</a></h2>"))
        #expect(doc.html.contains("<img src=\"../accounts/acme/map.png\" alt=\"map\" />"))
    }
}
