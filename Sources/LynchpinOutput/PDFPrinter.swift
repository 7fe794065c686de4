import Foundation
import LynchpinDisk

/// The headless Chromium or Chrome that prints a site's pages (through `ChromiumSession`).
/// Browsers print HTML well when the CSS is made for it (the theme's `@media print` and
/// `@page` rules), so no PDF library is needed.
public struct PDFPrinter: Sendable {
    public let browser: String

    public init(browser: String) {
        self.browser = browser
    }

    /// The names a Chromium-family browser goes by, in the order they are tried.
    public static let candidates = [
        "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
    ]

    /// The first browser found on PATH (or at its full path), or nil.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for candidate in candidates {
            if candidate.hasPrefix("/") {
                if Programs.isExecutable(candidate) { return candidate }
                continue
            }
            for folder in folders where Programs.isExecutable(folder + "/" + candidate) {
                return folder + "/" + candidate
            }
        }
        return nil
    }
}
