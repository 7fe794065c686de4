import Foundation
import LynchpinLoad

// Built by `make fuzz` with -sanitize=fuzzer,address and -DLYNCHPIN_FUZZ, libFuzzer drives
// the parser named by LYNCHPIN_FUZZ_TARGET (front-matter, yaml, yaml-subset, csv, markdown,
// config). Built plainly, it runs files through a parser: `lynchpin-fuzz yaml crash-1234`,
// the way a crash that fuzzing found is reproduced.

#if LYNCHPIN_FUZZ
private let target: ParserEntryPoints.Target = {
    let name = ProcessInfo.processInfo.environment["LYNCHPIN_FUZZ_TARGET"] ?? ""
    guard let target = ParserEntryPoints.Target(rawValue: name) else {
        let names = ParserEntryPoints.Target.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("set LYNCHPIN_FUZZ_TARGET to one of \(names)\n".utf8))
        exit(64)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    ParserEntryPoints.run(target, on: bytes)
    return 0
}

/// libFuzzer's driver, from the sanitizer runtime that -sanitize=fuzzer links.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>,
               _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable with `main` defined as `<module>_main`; here that hands the
/// process to libFuzzer's driver, which parses its flags and calls fuzzOneInput.
@_cdecl("LynchpinFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzOneInput)
}
#else
@main
struct LynchpinFuzz {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = ParserEntryPoints.Target(rawValue: name), arguments.count > 1 else {
            let names = ParserEntryPoints.Target.allCases.map(\.rawValue).joined(separator: "|")
            print("usage: lynchpin-fuzz \(names) FILE...   (make fuzz builds the libFuzzer version)")
            exit(64)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { print("\(path): cannot be read"); exit(1) }
            let problems = ParserEntryPoints.run(target, on: [UInt8](data))
            print("\(path): \(problems) problems, no crash")
        }
    }
}
#endif
