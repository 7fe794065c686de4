import Foundation

/// Hands the memory that loading and analysis used and let go back to the system before the
/// pages are rendered. The loader's YAML trees, file texts and parsed rows are freed in
/// between the values that stay, so the C allocator keeps their pages resident. glibc's
/// `malloc_trim` returns them; it is looked up at run time, because Swift's Glibc module
/// does not declare it and other C libraries do not have it.
enum ReleaseFreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
        .map { unsafeBitCast($0, to: Trim.self) }

    static func now() {
        _ = trim?(0)
    }
}
