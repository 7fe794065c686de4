/// One answer of serve's: a status, its headers and the body.
struct ServeResponse: Sendable, Equatable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    /// For HEAD: the length the body would have, sent with no body.
    var omitsBody = false

    init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A short plain-text answer for a refused request.
    static func refusal(_ status: Int) -> ServeResponse {
        ServeResponse(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"],
                      body: Array("\(status) \(reason(status))\n".utf8))
    }

    /// The bytes on the wire. Headers go out sorted, so the same answer is the same bytes.
    func encoded(keepAlive: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        var fields = headers
        // A 304 has no body and says nothing of the length of the one the browser keeps.
        if status != 304 { fields["Content-Length"] = String(body.count) }
        fields["Connection"] = keepAlive ? "keep-alive" : "close"
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            head += "\(name): \(value)\r\n"
        }
        head += "\r\n"
        return omitsBody ? Array(head.utf8) : Array(head.utf8) + body
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 414: "URI Too Long"
        case 431: "Request Header Fields Too Large"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }
}
