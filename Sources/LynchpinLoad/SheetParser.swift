import CLibXML2
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A worksheet's XML read straight from libxml2's SAX callbacks, on bytes: a wide sheet of
/// 300 accounts and 156 weeks is 375,000 cells, and making a String of every element name
/// and attribute (`XMLPull`) took most of its load time. Only what a cell holds is kept:
/// its column (from `r`), type (`t`), style (`s`) and value (`<v>`, or `<is><t>`).
final class SheetParser {
    private let strings: [String]
    private let dateStyles: [Bool]
    private(set) var rows: [(row: Int, cells: [(column: Int, value: Workbook.Cell)])] = []
    private(set) var problem: String?
    /// The sheet's merged ranges as written (`A1:F1`): a merged cell holds its value in its
    /// first cell only, so a sheet with them is never read as if it had none.
    private(set) var merged: [String] = []

    private var cells: [(column: Int, value: Workbook.Cell)] = []
    private var rowNumber = 0
    private var column = 0
    private var type: UInt8 = UInt8(ascii: "n")
    private var style = 0
    private var value: [UInt8] = []
    private var inValue = false
    private var inInline = false
    private var inInlineText = false
    private var phonetic = 0

    init(strings: [String], dateStyles: [Bool]) {
        self.strings = strings
        self.dateStyles = dateStyles
    }

    /// libxml2's status: 0 when the XML was well formed.
    func parse(_ bytes: [UInt8]) -> Int32 {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, name, _, _, _, _, count, _, attributes in
            guard let context, let name else { return }
            Unmanaged<SheetParser>.fromOpaque(context).takeUnretainedValue().start(name, count: Int(count), attributes)
        }
        sax.endElementNs = { context, name, _, _ in
            guard let context, let name else { return }
            Unmanaged<SheetParser>.fromOpaque(context).takeUnretainedValue().end(name)
        }
        sax.characters = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            let parser = Unmanaged<SheetParser>.fromOpaque(context).takeUnretainedValue()
            if parser.inValue || (parser.inInlineText && parser.phonetic == 0) {
                parser.value.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
            }
        }
        sax.serror = { _, _ in }
        return bytes.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlSAXUserParseMemory(&sax, Unmanaged.passUnretained(self).toOpaque(), $0, Int32(buffer.count))
            }
        }
    }

    private static func named(_ name: UnsafePointer<xmlChar>, _ expected: StaticString) -> Bool {
        strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self),
               UnsafeRawPointer(expected.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    private func start(_ name: UnsafePointer<xmlChar>, count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if Self.named(name, "c") {
            column += 1
            type = UInt8(ascii: "n")
            style = 0
            value.removeAll(keepingCapacity: true)
            guard let attributes else { return }
            for index in 0..<count {
                // localname, prefix, URI, value, end of value
                guard let local = attributes[index * 5], let start = attributes[index * 5 + 3],
                      let end = attributes[index * 5 + 4] else { continue }
                let text = UnsafeBufferPointer(start: start, count: end - start)
                if Self.named(local, "r") {
                    var letters = 0
                    for byte in text {
                        guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { break }
                        letters = letters * 26 + Int(byte - UInt8(ascii: "A") + 1)
                        // Past Excel's last column (XFD, 16,384) no program writes: the
                        // reference is not read, rather than overflow (found by the fuzzer).
                        if letters > 16_384 {
                            letters = 0
                            break
                        }
                    }
                    if letters > 0 { column = letters }
                } else if Self.named(local, "t") {
                    // s, b, e, n, d; str -> S, inlineStr -> i
                    type = text.count == 3 ? UInt8(ascii: "S") : text.count > 3 ? UInt8(ascii: "i") : text.first ?? UInt8(ascii: "n")
                } else if Self.named(local, "s") {
                    style = Self.integer(text) ?? 0
                }
            }
        } else if Self.named(name, "v") {
            inValue = true
        } else if Self.named(name, "mergeCell") {
            guard let attributes else { return }
            for index in 0..<count where attributes[index * 5].map({ Self.named($0, "ref") }) ?? false {
                if let start = attributes[index * 5 + 3], let end = attributes[index * 5 + 4] {
                    merged.append(String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self))
                }
            }
        } else if Self.named(name, "row") {
            cells = []
            column = 0
            var number: Int?
            if let attributes {
                for index in 0..<count where attributes[index * 5].map({ Self.named($0, "r") }) ?? false {
                    if let start = attributes[index * 5 + 3], let end = attributes[index * 5 + 4] {
                        number = Self.integer(UnsafeBufferPointer(start: start, count: end - start))
                    }
                }
            }
            rowNumber = number ?? rowNumber + 1
        } else if Self.named(name, "is") {
            inInline = true
        } else if inInline, Self.named(name, "t") {
            inInlineText = true
        } else if inInline, Self.named(name, "rPh") {
            phonetic += 1
        }
    }

    private func end(_ name: UnsafePointer<xmlChar>) {
        if Self.named(name, "v") {
            inValue = false
        } else if Self.named(name, "c") {
            if let cell = makeCell() { cells.append((column, cell)) }
        } else if Self.named(name, "row") {
            rows.append((rowNumber, cells))
        } else if Self.named(name, "is") {
            inInline = false
        } else if Self.named(name, "t") {
            inInlineText = false
        } else if Self.named(name, "rPh") {
            phonetic -= 1
        }
    }

    private func makeCell() -> Workbook.Cell? {
        let text = { String(decoding: self.value, as: UTF8.self) }
        switch type {
        case UInt8(ascii: "s"):
            guard let index = value.withUnsafeBufferPointer(Self.integer), strings.indices.contains(index) else {
                problem = problem ?? "expected a shared string number, found '\(text())'"
                return nil
            }
            return .text(strings[index])
        case UInt8(ascii: "i"), UInt8(ascii: "S"): return .text(text())
        case UInt8(ascii: "b"): return .bool(value == [UInt8(ascii: "1")] || text() == "true")
        case UInt8(ascii: "e"): return .error(text())
        case UInt8(ascii: "d"): return value.isEmpty ? nil : .text(text())
        default:
            guard !value.isEmpty else { return nil }
            guard let number = number() else {
                problem = problem ?? "expected a number, found '\(text())'"
                return nil
            }
            return .number(number, isDate: dateStyles.indices.contains(style) && dateStyles[style])
        }
    }

    /// The value's bytes as a Double, as Swift reads a decimal (`1E-3`, `612000`), the same in
    /// every locale; nil unless finite.
    private func number() -> Double? {
        Double(String(decoding: value, as: UTF8.self)).flatMap { $0.isFinite ? $0 : nil }
    }

    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count < 19 else { return nil }
        var number = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number
    }
}
