extension String {
    /// An enum's raw value in words: "decision-maker" as "decision maker". Raw values are
    /// ASCII, so the bytes are swapped in place of walking Characters.
    func replacingDashes() -> String { replacing(UInt8(ascii: "-"), with: UInt8(ascii: " ")) }

    /// "at risk" as "at-risk", for a CSS class.
    func replacingSpaces() -> String { replacing(UInt8(ascii: " "), with: UInt8(ascii: "-")) }

    private func replacing(_ byte: UInt8, with replacement: UInt8) -> String {
        guard utf8.contains(byte) else { return self }
        return String(decoding: utf8.map { $0 == byte ? replacement : $0 }, as: UTF8.self)
    }
}
