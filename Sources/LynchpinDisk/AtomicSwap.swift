import Foundation

/// Exchanges two paths in one step, so a web server reading the site always finds a whole
/// one: Linux's renameat2 with RENAME_EXCHANGE, macOS's renamex_np with RENAME_SWAP. Both
/// are looked up at run time (Glibc does not declare renameat2 to Swift without
/// _GNU_SOURCE), and a system or file system without them says so by returning false.
enum AtomicSwap {
    static func exchange(_ first: String, _ second: String) throws -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchange: UInt32 = 1 << 1   // RENAME_EXCHANGE, <linux/fs.h>
        if renameat2(AT_FDCWD, first, AT_FDCWD, second, exchange) == 0 { return true }
        #elseif canImport(Darwin)
        if renamex_np(first, second, UInt32(RENAME_SWAP)) == 0 { return true }
        #else
        return false
        #endif
        let code = errno
        // Not offered here: the kernel, the file system, or an overlay that lacks it.
        if [ENOSYS, EINVAL, ENOTSUP, EOPNOTSUPP, EXDEV].contains(code) { return false }
        throw POSIXFile.Failure(path: second, code: code)
    }
}
