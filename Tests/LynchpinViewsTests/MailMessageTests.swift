import Foundation
import Testing
import LynchpinDomain
import LynchpinSite
import LynchpinTheme
@testable import LynchpinViews

/// The review's e-mail: quoted-printable and header encoding as RFC 2045 and 2047 have them,
/// and the message a large portfolio's review makes.
@Suite struct MailMessageTests {
    @Test func quotedPrintableEscapesEqualsAndNonASCIIAndBreaksLongLines() {
        #expect(MailMessage.quotedPrintable(Array("a=b".utf8)) == "a=3Db")
        #expect(MailMessage.quotedPrintable(Array("Kestrel · Q4".utf8)) == "Kestrel =C2=B7 Q4")
        // A space before a line break is encoded: mail may strip trailing white space.
        #expect(MailMessage.quotedPrintable(Array("end \nnext".utf8)) == "end=20\r\nnext")
        let long = MailMessage.quotedPrintable(Array(String(repeating: "x", count: 200).utf8))
        let lines = long.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") })
        #expect(lines.map { $0.hasSuffix("=") ? String($0.dropLast()) : $0 }.joined() == String(repeating: "x", count: 200))
        // An escape is never split across a soft break.
        let escapes = MailMessage.quotedPrintable(Array(String(repeating: "é", count: 40).utf8))
        #expect(escapes.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 && !$0.dropLast().hasSuffix("=") })
    }

    @Test func headersFoldAndEncodeWhereTheyMust() {
        #expect(MailMessage.header("Subject", "Week 48") == "Subject: Week 48")
        let folded = MailMessage.header("Subject", String(repeating: "word ", count: 30).trimmingCharacters(in: .whitespaces))
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
        #expect(folded.replacingOccurrences(of: "\r\n", with: "") == "Subject: " + String(repeating: "word ", count: 30).trimmingCharacters(in: .whitespaces))
        let encoded = MailMessage.header("Subject", "Revue de la semaine: Société Générale → rouge")
        #expect(encoded.hasPrefix("Subject: =?utf-8?B?"))
        let words = encoded.dropFirst("Subject: ".count).components(separatedBy: "\r\n ")
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?utf-8?B?") && $0.hasSuffix("?=") })
        let decoded = words.map { Data(base64Encoded: String($0.dropFirst(10).dropLast(2)))! }.reduce(Data(), +)
        #expect(String(decoding: decoded, as: UTF8.self) == "Revue de la semaine: Société Générale → rouge")
    }

    @Test func theDateIsTheReviewsWithItsWeekday() {
        #expect(MailMessage.rfc5322(Day(iso: "2026-11-27")!) == "Fri, 27 Nov 2026 00:00:00 +0000")
        #expect(MailMessage.rfc5322(Day(iso: "2027-01-04")!) == "Mon, 04 Jan 2027 00:00:00 +0000")
        #expect(MailMessage.rfc5322(Day(iso: "2023-12-31")!) == "Sun, 31 Dec 2023 00:00:00 +0000")
    }

    /// Sixty accounts: the mail counts the changes by account, as the review page does, and
    /// every link in it is absolute.
    @Test func aWholePortfolioReviewsMailCountsByAccountWithAbsoluteLinks() throws {
        var project = ReviewPageTests.project
        project.config.baseURL = "https://plans.example.com/"
        let portfolio = PortfolioAnalysis(project: project, asOf: Day(iso: "2026-11-28")!)
        let pages = SiteRenderer().pages(project, portfolio: portfolio)
        let raw = String(decoding: try #require(pages.file(at: "reviews/2026-11-27/review.eml")).bytes, as: UTF8.self)
        #expect(raw.contains("\r\nSubject: Whole portfolio, 2026-11-27: 3 newly red, 1 overall worse\r\n"))
        #expect(raw.contains("\r\nMessage-ID: <review-2026-11-27@plans.example.com>\r\n"))
        let mail = ReviewMail(review: project.reviews[0], project: project, portfolio: portfolio, baseURL: "https://plans.example.com/")
        let html = String(decoding: BuiltInTheme.reviewMailHTML(mail).bytes, as: UTF8.self)
        #expect(html.contains("4 status changes and 2 other moves in 4 of 60 accounts."))
        #expect(html.contains("<a href=\"https://plans.example.com/accounts/acct-07/index.html#acct-07-scorecard_heading\" style=\"color:#1f4f8a\">Account 7</a>"))
        let links = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!links.isEmpty && links.allSatisfy { $0.hasPrefix("https://plans.example.com/") })
        for stripped in ["<style", "<script", "<svg", "class=\""] { #expect(!html.contains(stripped)) }
        let text = BuiltInTheme.reviewMailText(mail)
        #expect(text.contains("- Account 7: 2 now red, 0 now amber, 0 now green, 0 moved the wrong way"))
    }

    @Test func withoutABaseURLTheBuildSaysWhyThereIsNoMail() {
        let project = ReviewPageTests.project
        let pages = SiteRenderer().pages(project, portfolio: PortfolioAnalysis(project: project, asOf: Day(iso: "2026-11-28")!))
        #expect(pages.file(at: "reviews/2026-11-27/review.eml") == nil)
        #expect(pages.notes.contains("reviews/*/review.eml skipped: an e-mail needs absolute links; set base_url in lynchpin.yml."))
    }
}
