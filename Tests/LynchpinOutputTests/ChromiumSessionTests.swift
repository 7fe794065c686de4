import Foundation
import Testing
import LynchpinOutput

/// The tab pool of one browser: every address comes back under its own index, however the
/// prints finish, a page that cannot load fails alone, and an address handed back is
/// printed for the same index.
@Suite(.enabled(if: PDFPrinter.locate() != nil, "Chromium or Chrome is not installed (scripts/setup --test installs it)"))
struct ChromiumSessionTests {
    /// Writes pages of known lengths and returns their addresses.
    static func pages(_ sizes: [Int]) throws -> (folder: String, urls: [String]) {
        let folder = NSTemporaryDirectory() + "lynchpin-session-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let urls = try sizes.enumerated().map { index, pages in
            let body = (1...pages).map { "<p style=\"break-after: page\">page \($0) of document \(index)</p>" }.joined()
            let path = folder + "/page-\(index).html"
            try Data("<!doctype html><title>\(index)</title>\(body)".utf8).write(to: URL(fileURLWithPath: path))
            return URL(fileURLWithPath: path).absoluteString
        }
        return (folder, urls)
    }

    static func pageCount(_ pdf: [UInt8]) -> Int {
        // Chromium writes one `/Type /Page` dictionary a page, besides the `/Pages` tree.
        let text = String(decoding: pdf, as: UTF8.self)
        return text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
    }

    @Test func everyResultComesBackUnderItsOwnIndexAndAMissingPageFailsAlone() throws {
        let (folder, written) = try Self.pages([12, 1, 3, 1, 5, 2, 1])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var urls = written
        urls.insert(URL(fileURLWithPath: folder + "/missing.html").absoluteString, at: 3)
        let session = try ChromiumSession(browser: try #require(PDFPrinter.locate()))
        defer { session.close() }
        var pages: [Int: Int] = [:]
        var failed: [Int] = []
        try session.printPDFs(urls: urls, together: 3) { index, result in
            switch result {
            case .success(let pdf): pages[index] = Self.pageCount(pdf)
            case .failure: failed.append(index)
            }
            return []
        }
        #expect(failed == [3], "only the missing page fails")
        #expect(pages == [0: 12, 1: 1, 2: 3, 4: 1, 5: 5, 6: 2, 7: 1])
    }

    @Test func addressesHandedBackArePrintedUnderTheNextIndexes() throws {
        let (folder, urls) = try Self.pages([2, 4, 1])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try ChromiumSession(browser: try #require(PDFPrinter.locate()))
        defer { session.close() }
        var seen: [Int: Int] = [:]
        try session.printPDFs(urls: urls, together: 2) { index, result in
            seen[index] = (try? result.get()).map(Self.pageCount) ?? -1
            // Document 0's print asks for documents 2 and 1 again; the second of those for 0.
            if index == 0 { return [urls[2], urls[1]] }
            return index == 4 ? [urls[0]] : []
        }
        #expect(seen == [0: 2, 1: 4, 2: 1, 3: 1, 4: 4, 5: 2])
    }
}
