import LynchpinDisk

/// The keywords of a workbook a previous build wrote (`portfolio.xlsx` carries what its
/// figures add up to there), read with the loader's own zip reading.
public enum WorkbookKeywords {
    public static func read(_ bytes: [UInt8], reader: ContentReader = .disk) -> String? {
        Workbook.keywords(in: bytes, reader: reader)
    }
}
