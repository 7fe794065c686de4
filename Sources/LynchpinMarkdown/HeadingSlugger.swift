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
        title.utf8.allSatisfy { $0 < 0x80 } ? asciiSlug(title) : unicodeSlug(title)
    }

    /// The same rule on bytes, for the common all-ASCII title: no lower-cased copy, no
    /// Unicode property lookups.
    static func asciiSlug(_ title: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(title.utf8.count)
        var pendingDash = false
        for byte in title.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                out.append(lower)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }

    static func unicodeSlug(_ title: String) -> String {
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
