/// Whether every entry of a zip archive lies inside its bytes, checked before ZIPFoundation
/// reads it: ZIPFoundation 0.9.20 crashed on an entry that points past the end of an
/// in-memory archive, and kept reading for good from a file whose central directory was
/// corrupt (both found by the `sheet` fuzz target). The central directory is walked as
/// the format (APPNOTE 4.3.12, 4.3.7) lays it out: each record's local header must be where
/// it says, and its data must end inside the file.
enum ZipBounds {
    /// nil when every entry lies inside; else what is wrong, in words.
    static func problem(in bytes: [UInt8]) -> String? {
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard let low = u16(at), let high = u16(at + 2) else { return nil }
            return low | high << 16
        }
        // The end-of-central-directory record: 22 bytes and a comment of up to 64 KB.
        var end = bytes.count - 22
        while end >= max(0, bytes.count - 22 - 65_535), u32(end) != 0x0605_4b50 { end -= 1 }
        guard end >= 0, let count = u16(end + 10), let size = u32(end + 12), let offset = u32(end + 16) else {
            return "no end of its central directory"
        }
        // ZIP64 (sizes past 4 GB) is not what a workbook of scorecards is.
        guard count != 0xFFFF, size != 0xFFFF_FFFF, offset != 0xFFFF_FFFF, offset + size <= end else {
            return "a central directory that does not fit in the file"
        }
        var record = offset
        for index in 0..<count {
            guard u32(record) == 0x0201_4b50, let compressed = u32(record + 20), let nameLength = u32(record + 28).map({ $0 & 0xFFFF }),
                  let extra = u16(record + 30), let comment = u16(record + 32), let local = u32(record + 42) else {
                return "entry \(index + 1) of \(count) unreadable in its central directory"
            }
            guard u32(local) == 0x0403_4b50, let localName = u16(local + 26), let localExtra = u16(local + 28),
                  local + 30 + localName + localExtra + compressed <= offset else {
                return "entry \(index + 1) of \(count) pointing past its data"
            }
            record += 46 + nameLength + extra + comment
        }
        return nil
    }
}
