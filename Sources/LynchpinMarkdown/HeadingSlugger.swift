/// Heading ids as GitHub and Hugo make them: lower case, letters and digits kept (in any
/// script), everything else folded into single dashes; a repeated id gets `-1`, `-2`, ...
struct HeadingSlugger {
    private var used: [String: Int] = [:]

    mutating func uniqueID(for title: String) -> String {
        let base = HeadingSlugger.slug(title)
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var n = count + 1
        while used["\(base)-\(n)"] != nil { n += 1 }
        used[base] = n
        used["\(base)-\(n)"] = 0
        return "\(base)-\(n)"
    }

    static func slug(_ title: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in title.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingDash && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }
}
