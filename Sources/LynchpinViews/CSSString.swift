/// A value as a quoted CSS string, for the few places a template writes data into a
/// stylesheet (the running header of a printed page). HTML escaping does not apply inside
/// `<style>`, so quotes, backslashes, line breaks and `<` are escaped the CSS way.
enum CSSString {
    /// Worked on the UTF-8 bytes: every character it changes is ASCII, and each plan and
    /// pack writes a few such headers, which walking Unicode scalars made 1% of a build.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\\"): out += [byte, byte]
            case UInt8(ascii: "<"): out += Array("\\3C ".utf8)
            case UInt8(ascii: ">"): out += Array("\\3E ".utf8)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
