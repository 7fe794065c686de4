/// A value as a quoted CSS string, for the few places a template writes data into a
/// stylesheet (the running header of a printed page). HTML escaping does not apply inside
/// `<style>`, so quotes, backslashes, line breaks and `<` are escaped the CSS way.
enum CSSString {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
