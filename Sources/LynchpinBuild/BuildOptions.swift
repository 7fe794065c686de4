import LynchpinDomain
import LynchpinLoad

/// What one `lynchpin build` is asked to do.
public struct BuildOptions: Sendable {
    public var location: ProjectLocation
    /// Absolute path of the site folder to write.
    public var output: String
    /// Today's date, for projects whose config has no `as_of` and no scorecard weeks yet.
    public var today: Day
    /// Warnings fail the build too (for CI).
    public var strict: Bool
    /// Build the site as it stood on this day, overriding `as_of` in lynchpin.yml.
    public var asOf: Day?
    /// Print the executive packs and the plans to `pdf/` with a headless browser.
    public var pdf: PDFRequest?
    /// How long to wait for another build writing the same site to finish; 0 does not wait.
    public var waitForLock: Double = 60

    public init(location: ProjectLocation, output: String? = nil, today: Day, strict: Bool = false, asOf: Day? = nil) {
        self.location = location
        self.output = output ?? location.root + "/site"
        self.today = today
        self.strict = strict
        self.asOf = asOf
    }
}

/// What `--pdf` asks for: which browser prints, or nil to look for one.
public struct PDFRequest: Sendable {
    public var browser: String?

    public init(browser: String? = nil) {
        self.browser = browser
    }
}
