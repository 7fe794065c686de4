/// What a browser asked for: the request line and headers of one HTTP/1.x request. Serve
/// answers GET and HEAD only, so a request body is never read.
struct RequestHead: Equatable, Sendable {
    var method: String
    var target: String
    var version: String
    /// Header names in lower case; a repeated header keeps its last value.
    var headers: [String: String]

    /// HTTP/1.1 keeps the connection open unless told to close; HTTP/1.0 closes unless told
    /// to keep it. A request that announces a body closes it too, as its body is not read.
    var keepsAlive: Bool {
        if headers["content-length"].map({ $0 != "0" }) ?? false || headers["transfer-encoding"] != nil { return false }
        let connection = headers["connection"]?.lowercased() ?? ""
        return version == "HTTP/1.0" ? connection.contains("keep-alive") : !connection.contains("close")
    }

    enum Parse: Equatable {
        /// The head has not all arrived yet.
        case incomplete
        case head(RequestHead, length: Int)
        /// The request is refused with this status before any handler sees it.
        case refused(status: Int)
    }

    /// Reads a request head from the start of `bytes`. The limits apply before the head is
    /// complete, so a client can never make serve hold more than `limits.headBytes`.
    static func parse(_ bytes: [UInt8], limits: ServeLimits) -> Parse {
        let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\n"))
        if (lineEnd ?? bytes.count) > limits.requestLineBytes { return .refused(status: 414) }
        guard let lineEnd else { return .incomplete }
        guard let headEnd = endOfHead(bytes, from: lineEnd) else {
            return bytes.count > limits.headBytes ? .refused(status: 431) : .incomplete
        }
        if headEnd > limits.headBytes { return .refused(status: 431) }

        let lines = bytes[..<headEnd].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { line in String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self) }
        let parts = lines[0].split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[1].hasPrefix("/") || parts[1] == "*" else { return .refused(status: 400) }
        guard parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else {
            return parts[2].hasPrefix("HTTP/") ? .refused(status: 505) : .refused(status: 400)
        }
        var headers: [String: String] = [:]
        let fields = lines.dropFirst().filter { !$0.isEmpty }
        if fields.count > limits.headerCount { return .refused(status: 431) }
        for field in fields {
            guard let colon = field.firstIndex(of: ":"), colon != field.startIndex,
                  !field[..<colon].contains(where: { $0 == " " || $0 == "\t" }) else { return .refused(status: 400) }
            headers[field[..<colon].lowercased()] = String(field[field.index(after: colon)...].trimmingBlanks())
        }
        return .head(RequestHead(method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), headers: headers),
                     length: headEnd)
    }

    /// The index just past the blank line that ends a head (CRLF CRLF, or bare LFs).
    private static func endOfHead(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                var next = index + 1
                if next < bytes.count, bytes[next] == UInt8(ascii: "\r") { next += 1 }
                if next < bytes.count, bytes[next] == UInt8(ascii: "\n") { return next + 1 }
            }
            index += 1
        }
        return nil
    }
}

private extension Substring {
    /// Without the spaces and tabs HTTP allows around a header's value.
    func trimmingBlanks() -> Substring {
        var view = self
        while let first = view.first, first == " " || first == "\t" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" { view.removeLast() }
        return view
    }
}
