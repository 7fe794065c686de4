/// Markup that is safe to insert as it is: template text, a rendered partial, or cmark's
/// output. Data goes in through interpolation, which escapes it unless it is `HTML` already,
/// so a value reaches a page unescaped only by being declared markup.
public struct HTML: Sendable, Equatable {
    public var bytes: [UInt8]

    public init() { bytes = [] }

    /// Trusted markup: cmark's output, or a CSS string already escaped for `<style>`.
    public init(raw text: String) { bytes = Array(text.utf8) }

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public var isEmpty: Bool { bytes.isEmpty }

    public mutating func append(_ other: HTML) { bytes.append(contentsOf: other.bytes) }

    /// The markup as text, for a feed that carries HTML as escaped text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes `text` into `out`, escaping `& < > " '`. Runs without them are copied in one go:
    /// most values have none, and a per-byte append was the hot spot of the old renderer.
    @inlinable
    public static func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            for index in 0..<source.count {
                let replacement: StaticString
                switch source[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                replacement.withUTF8Buffer { out.append(contentsOf: $0) }
                runStart = index + 1
            }
            if runStart < source.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
        }
    }
}

extension HTML: ExpressibleByStringInterpolation {
    public struct StringInterpolation: StringInterpolationProtocol {
        public var bytes: [UInt8] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        /// Template text: trusted, and compiled in as bytes, so appending it is a copy.
        public mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        /// Data: escaped.
        public mutating func appendInterpolation(_ text: String) { HTML.escape(text, into: &bytes) }

        /// Missing data renders as nothing, as `{{name}}` did in the Mustache theme.
        public mutating func appendInterpolation(_ text: String?) {
            if let text { HTML.escape(text, into: &bytes) }
        }

        public mutating func appendInterpolation(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }

        /// A partial, or markup declared trusted.
        public mutating func appendInterpolation(_ html: HTML) { bytes.append(contentsOf: html.bytes) }

        public mutating func appendInterpolation(_ html: HTML?) {
            if let html { bytes.append(contentsOf: html.bytes) }
        }

        /// A list of partials, one after the other.
        public mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { bytes.append(contentsOf: part.bytes) }
        }
    }

    public init(stringInterpolation: StringInterpolation) { bytes = stringInterpolation.bytes }
    public init(stringLiteral value: StaticString) { bytes = value.withUTF8Buffer { Array($0) } }
}

extension HTML: Encodable {
    /// As text, so a Mustache override and `lynchpin theme data` see the markup.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
