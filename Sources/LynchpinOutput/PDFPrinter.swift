import Foundation

/// Prints pages of a written site to PDF with a headless Chromium or Chrome. Browsers print
/// HTML well when the CSS is made for it (the theme's `@media print` and `@page` rules), so
/// no PDF library is needed.
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
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                continue
            }
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + candidate) {
                return folder + "/" + candidate
            }
        }
        return nil
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Prints `page` (an HTML file) to `pdf`.
    /// - Parameter profile: names the browser's scratch profile, so prints can run side by side.
    public func print(page: String, to pdf: String, profile: String = UUID().uuidString) throws {
        let scratch = NSTemporaryDirectory() + "lynchpin-chromium-\(getpid())-\(profile)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--disable-gpu", "--no-sandbox", "--no-pdf-header-footer", "--disable-extensions",
            "--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000",
            "--user-data-dir=" + scratch,
            "--print-to-pdf=" + pdf, URL(fileURLWithPath: page).absoluteString,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf) else {
            let detail = String(decoding: message, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw Failure(description: "\(browser) could not print \(page) (exit \(process.terminationStatus)) \(detail)")
        }
    }
}
