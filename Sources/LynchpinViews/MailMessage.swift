import Foundation
import LynchpinDomain

/// A MIME message of two alternatives, plain text and HTML (RFC 2045, 2046, 2047, 5322),
/// that a mail client opens as a draft to send (`X-Unsent: 1`). The same input gives the
/// same bytes: the date is the review's, the Message-ID and boundary are made from it.
///
/// Written here rather than taken from a package: the packages at hand write HTTP's
/// multipart/form-data (vapor/multipart-kit), not a mail message with quoted-printable
/// bodies and encoded subjects, and what a message needs is small and fixed by the RFCs.
public struct MailMessage: Sendable {
    public var subject: String
    /// The day the message is dated, at midnight UTC.
    public var date: Day
    /// Without angle brackets: `review-2026-11-27@plans.example.com`.
    public var messageID: String
    public var text: String
    public var html: [UInt8]

    public init(subject: String, date: Day, messageID: String, text: String, html: [UInt8]) {
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.text = text
        self.html = html
    }

    /// The message, lines ending in CRLF.
    public var bytes: [UInt8] {
        let text = Self.quotedPrintable(Array(self.text.utf8))
        let html = Self.quotedPrintable(self.html)
        // A boundary that no encoded line can hold: quoted-printable never writes "--=_"
        // at a line's start (it escapes "=" as "=3D").
        let boundary = "=_lynchpin_\(messageID.prefix { $0 != "@" })"
        var out = """
            MIME-Version: 1.0\r
            Date: \(Self.rfc5322(date))\r
            Message-ID: <\(messageID)>\r
            \(Self.header("Subject", subject))\r
            X-Unsent: 1\r
            Content-Type: multipart/alternative; boundary="\(boundary)"\r
            \r
            This is a message in two forms, plain text and HTML.\r
            \r
            --\(boundary)\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Transfer-Encoding: quoted-printable\r
            \r

            """
        out += text
        out += "\r\n--\(boundary)\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        out += html
        out += "\r\n--\(boundary)--\r\n"
        return Array(out.utf8)
    }

    /// "Fri, 27 Nov 2026 00:00:00 +0000".
    static func rfc5322(_ day: Day) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        // 2024-01-01 was a Monday.
        let monday = Day(year: 2024, month: 1, day: 1)!
        let weekday = ((monday.days(until: day) % 7) + 7) % 7
        let dayText = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        return "\(weekdays[weekday]), \(dayText) \(months[day.month - 1]) \(day.year) 00:00:00 +0000"
    }

    /// A header line: as it is when it is printable ASCII and short, else as RFC 2047
    /// encoded words (UTF-8, base64), each at most 75 characters, folded onto lines of their
    /// own, never splitting a character.
    static func header(_ name: String, _ value: String) -> String {
        let plain = value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if plain && name.count + 2 + value.utf8.count <= 78 { return "\(name): \(value)" }
        if plain && !value.contains("=?") {
            // Folded before a space, each line at most 78 characters where the words allow.
            var lines: [String] = []
            var line = "\(name):"
            var words = 0
            for word in value.split(separator: " ", omittingEmptySubsequences: false) {
                // A line holds one word at least, however long.
                if words > 0 && line.count + 1 + word.count > 78 {
                    lines.append(line)
                    line = ""
                }
                line += " " + word
                words += 1
            }
            lines.append(line)
            return lines.joined(separator: "\r\n")
        }
        // 75 characters of "=?utf-8?B?...?=" leave 63 for base64: 45 bytes of text a word.
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in value {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=") }
        return "\(name): " + words.joined(separator: "\r\n ")
    }

    /// Quoted-printable (RFC 2045 6.7): printable ASCII as it is except "=", every other
    /// byte as "=XX", line breaks as CRLF, lines of at most 76 characters ending in a soft
    /// break "=", and a space or tab before a break encoded, since mail may strip it.
    static func quotedPrintable(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var column = 0
        var index = 0
        func put(_ piece: [UInt8]) {
            if column + piece.count > 75 {
                out += Array("=\r\n".utf8)
                column = 0
            }
            out += piece
            column += piece.count
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")) {
                out += Array("\r\n".utf8)
                column = 0
                index += byte == UInt8(ascii: "\r") ? 2 : 1
                continue
            }
            let next = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: "\n")
            let beforeBreak = next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")
            let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                || ((byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) && !beforeBreak)
            put(literal ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
