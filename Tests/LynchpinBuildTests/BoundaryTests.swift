import Foundation
import Testing

/// The boundaries docs/architecture.md promises, checked on the source: a promise in a
/// comment that nothing checks is how the code came to reach the disk from 19 files.
@Suite struct BoundaryTests {
    static let sources = SampleSiteTests.repository + "/Sources"

    /// Each Swift file under Sources/, by its path below it, with its text.
    static func files() throws -> [(path: String, text: String)] {
        try (FileManager.default.subpaths(atPath: sources) ?? []).filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOfFile: sources + "/" + $0, encoding: .utf8))
        }
    }

    /// Only LynchpinDisk reaches the file system; the rest are handed its values.
    @Test func onlyTheDiskModuleTouchesTheDisk() throws {
        let calls = ["FileManager", "NSTemporaryDirectory", "Data(contentsOf", ".write(to:", "createFile(", "opendir(", "inotify_"]
        let outside = try Self.files().filter { !$0.path.hasPrefix("LynchpinDisk/") }.flatMap { file in
            calls.filter { call in
                file.text.split(separator: "\n").contains { $0.contains(call) && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            }.map { "\(file.path): \($0)" }
        }
        #expect(outside == [])
    }

    /// No `Any` outside the DevTools client and the Mustache bridge.
    @Test func noAnyOutsideTheBridges() throws {
        let allowed = ["LynchpinOutput/ChromiumSession.swift", "LynchpinSite/PlainData.swift", "LynchpinSite/ThemeOverrides.swift"]
        let found = try Self.files().filter { !allowed.contains($0.path) }.filter { file in
            file.text.split(separator: "\n").contains { line in
                !line.trimmingCharacters(in: .whitespaces).hasPrefix("//")
                    && line.range(of: #"[\[:(<, ]Any[\]>?), ]"#, options: .regularExpression) != nil
            }
        }.map(\.path)
        #expect(found == [])
    }

    /// No function over 80 lines, no file over 400.
    @Test func filesAndFunctionsStaySmall() throws {
        var long: [String] = []
        for file in try Self.files() {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.count > 400 { long.append("\(file.path): \(lines.count) lines") }
            for (index, line) in lines.enumerated() where line.range(of: #"^\s*(public |private |static |mutating |fileprivate |override )*(func|init)\b"#, options: .regularExpression) != nil {
                var depth = 0, started = false, end = index
                scan: for (offset, next) in lines[index...].enumerated() {
                    for character in next {
                        if character == "{" { depth += 1; started = true } else if character == "}" { depth -= 1 }
                    }
                    end = index + offset
                    if started && depth <= 0 { break scan }
                    if !started && offset > 6 { break scan }
                }
                if started && end - index + 1 > 80 { long.append("\(file.path):\(index + 1): \(end - index + 1) lines") }
            }
        }
        #expect(long == [])
    }
}
