import Foundation
import LynchpinDisk
import LynchpinOutput

/// The executive pack's contents numbered with the pages its parts start on. Chromium has
/// no `target-counter()`, so the first print says where each part starts (its named
/// destinations); a copy of the pack's cover and contents alone carries those numbers and
/// is printed, and its pages take the place of the first print's (`PDFAssembly`): the rest
/// of the pack is laid out once. When the numbered contents does not take the same pages,
/// or a step fails, the first print stands, unnumbered, and `note` says so.
struct ContentsNumbering {
    /// The page under the site, such as `print/index.html`.
    let page: String
    let site: String
    let io: FileIO
    /// The pack with its contents numbered (entry id to page), its footers counting the
    /// given total (0: its own), whole or (true) only its cover and contents; nil for none.
    let numbered: (String, [String: Int], Int, Bool) -> [UInt8]?
    private(set) var best: [UInt8]?
    private(set) var note: String?
    private var first: [UInt8]?
    /// Pages before the portfolio in the first print: the cover and the contents.
    private var contentsPages = 0

    init(page: String, site: String, io: FileIO, numbered: @escaping (String, [String: Int], Int, Bool) -> [UInt8]?) {
        self.page = page
        self.site = site
        self.io = io
        self.numbered = numbered
    }

    /// Where the numbered copy is written; hidden, and removed by `finish`.
    var copy: String {
        let folder = (page as NSString).deletingLastPathComponent
        return site + "/" + folder + "/.numbered-" + (page as NSString).lastPathComponent
    }

    /// The page to print first: the pack with a placeholder number in every contents
    /// entry, so its contents is tagged as the numbered one will be, and the numbered
    /// contents' pages can take its pages' place with their tags; nil prints the page itself.
    func firstCopy() -> String? {
        guard let html = numbered(page, ["*": 0], 0, false), (try? io.write(html, copy)) != nil else { return nil }
        return URL(fileURLWithPath: copy).absoluteString
    }

    /// Takes a print of the page or of its numbered contents: the address of the copy to
    /// print next, or nil when `best` is the one to keep.
    mutating func take(_ printed: [UInt8]) -> String? {
        guard let first else {
            self.first = printed
            best = printed
            let pages = PDFAssembly.destinations(in: printed)
            guard let portfolio = pages["pack-portfolio"], portfolio > 1, let total = try? PDFAssembly.pageCount(printed) else {
                note = "\(page): its contents is left without page numbers (its first print names no page for its portfolio)"
                return nil
            }
            guard let html = numbered(page, pages, total, true), (try? io.write(html, copy)) != nil else {
                note = "\(page): its contents is left without page numbers (its numbered copy could not be written)"
                return nil
            }
            contentsPages = portfolio - 1
            return URL(fileURLWithPath: copy).absoluteString
        }
        do {
            guard try PDFAssembly.pageCount(printed) == contentsPages else {
                note = "\(page): its contents is left without page numbers (the numbered contents did not take the same pages)"
                return nil
            }
            best = try PDFAssembly.replacingFirstPages(of: first, with: printed, count: contentsPages)
        } catch {
            note = "\(page): its contents is left without page numbers (\(error))"
        }
        return nil
    }

    func finish() {
        try? io.remove(copy)
    }
}
