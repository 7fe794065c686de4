import Foundation
import LynchpinDisk
import LynchpinOutput
import LynchpinViews

/// The executive pack's contents numbered with the pages its parts start on. Chromium has
/// no `target-counter()`, so the first print says where each part starts (its named
/// destinations); a copy of the pack's cover and contents alone carries those numbers and
/// is printed, and its pages take the place of the first print's (`PDFAssembly`): the rest
/// of the pack is laid out once. When the numbered contents does not take the same pages,
/// or a step fails, the first print stands, unnumbered, and `note` says so.
struct ContentsNumbering {
    /// The executive pack's page.
    let page = SiteLinks.pack
    let site: String
    let io: FileIO
    /// `PDFStep.numberedPack`.
    let numbered: (String, [String: Int], Bool, Int?) -> [UInt8]?
    private(set) var best: [UInt8]?
    private(set) var note: String?
    private var first: [UInt8]?
    /// Pages before the portfolio in the first print: the cover and the contents.
    private var contentsPages = 0

    init(site: String, io: FileIO, numbered: @escaping (String, [String: Int], Bool, Int?) -> [UInt8]?) {
        self.site = site
        self.io = io
        self.numbered = numbered
    }

    /// Where a pack's page is written again with numbers to be printed: hidden, beside it,
    /// and removed once printed. The executive pack's and each manager's pack's.
    static func copy(of page: String, in site: String) -> String {
        let folder = (page as NSString).deletingLastPathComponent
        return site + "/" + folder + "/.numbered-" + (page as NSString).lastPathComponent
    }

    var copy: String { Self.copy(of: page, in: site) }

    /// The page to print first: the pack with a placeholder number in every contents
    /// entry, so its contents is tagged as the numbered one will be, and the numbered
    /// contents' pages can take its pages' place with their tags; nil prints the page itself.
    func firstCopy() -> String? {
        guard let html = numbered(page, ["*": 0], false, nil), (try? io.write(html, copy)) != nil else { return nil }
        return URL(fileURLWithPath: copy).absoluteString
    }

    /// Takes a print of the page or of its numbered contents: the address of the copy to
    /// print next, or nil when `best` is the one to keep.
    mutating func take(_ printed: [UInt8]) -> String? {
        guard let first else {
            self.first = printed
            best = printed
            guard let layout = try? PDFAssembly.Layout(printed), let portfolio = layout.destinations[PackPage.portfolioID],
                  portfolio > 1 else {
                note = "\(page): its contents is left without page numbers (its first print names no page for its portfolio)"
                return nil
            }
            guard let html = numbered(page, layout.destinations, true, layout.pages), (try? io.write(html, copy)) != nil else {
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
