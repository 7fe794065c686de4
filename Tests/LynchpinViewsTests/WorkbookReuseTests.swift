import Foundation
import Testing
import LynchpinDomain
import LynchpinOutput
import LynchpinSite

/// A build keeps the replaced site's workbook when its figures add up the same, and only then.
@Suite struct WorkbookReuseTests {
    static let asOf = Day(iso: "2026-11-28")!

    @Test func theLastWorkbookIsKeptOnlyWhenItsFiguresAreTheSame() throws {
        let project = ReviewPageTests.project
        let portfolio = PortfolioAnalysis(project: project, asOf: Self.asOf)
        let fingerprint = PortfolioWorkbook(portfolio: portfolio, config: project.config).fingerprint()
        var renderer = SiteRenderer()
        renderer.previousWorkbook = (fingerprint, [1, 2, 3])
        #expect(try #require(renderer.pages(project, portfolio: portfolio).file(at: "portfolio.xlsx")).bytes == [1, 2, 3])
        // One figure different: the workbook is made again.
        var changed = project
        changed.weeks[1].entries[0].actual += 1
        let other = PortfolioAnalysis(project: changed, asOf: Self.asOf)
        #expect(PortfolioWorkbook(portfolio: other, config: changed.config).fingerprint() != fingerprint)
        let made = try #require(renderer.pages(changed, portfolio: other).file(at: "portfolio.xlsx")).bytes
        #expect(made.starts(with: Array("PK".utf8)), "a real workbook, not the kept bytes")
        // A later reference date is another workbook too (its rows are dated by it).
        #expect(PortfolioWorkbook(portfolio: PortfolioAnalysis(project: project, asOf: Day(iso: "2026-11-29")!),
                                  config: project.config).fingerprint() != fingerprint)
    }

    @Test func theFingerprintCoversEveryCellAndItsFormat() {
        let day = Day(iso: "2026-11-27")!
        let table = { (cells: [SpreadsheetFile.Cell]) in
            SpreadsheetFile.Table(sheet: "S", header: ["a", "b"], rows: [cells], widths: [8, 8], created: day)
        }
        let base = TableFingerprint.of([table([.number(1), .text("x")])], created: day)
        #expect(base == TableFingerprint.of([table([.number(1), .text("x")])], created: day))
        #expect(base.hasPrefix("lynchpin-figures ") && base.count == "lynchpin-figures ".count + 32)
        for other in [[.number(2), .text("x")], [.formatted(1, format: "0.0%"), .text("x")], [.number(1), .text("y")],
                      [.number(1), .empty], [.date(day), .text("x")]] as [[SpreadsheetFile.Cell]] {
            #expect(TableFingerprint.of([table(other)], created: day) != base, "\(other)")
        }
    }
}
