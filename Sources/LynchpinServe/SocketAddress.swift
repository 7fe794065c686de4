import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A numeric IPv4 or IPv6 address and a port, ready to bind.
struct SocketAddress {
    let family: Int32
    private var storage = sockaddr_storage()

    init?(_ address: String, port: UInt16) {
        if var ip4 = Self.ip4(address) {
            family = AF_INET
            ip4.sin_port = port.bigEndian
            withUnsafeMutableBytes(of: &storage) { out in withUnsafeBytes(of: ip4) { out.copyMemory(from: $0) } }
        } else if var ip6 = Self.ip6(address) {
            family = AF_INET6
            ip6.sin6_port = port.bigEndian
            withUnsafeMutableBytes(of: &storage) { out in withUnsafeBytes(of: ip6) { out.copyMemory(from: $0) } }
        } else {
            return nil
        }
    }

    private static func ip4(_ text: String) -> sockaddr_in? {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        return inet_pton(AF_INET, text, &address.sin_addr) == 1 ? address : nil
    }

    private static func ip6(_ text: String) -> sockaddr_in6? {
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(AF_INET6)
        return inet_pton(AF_INET6, text, &address.sin6_addr) == 1 ? address : nil
    }

    func bind(_ fd: Int32) -> Int32 {
        let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
        var copy = storage
        return withUnsafePointer(to: &copy) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.bind(fd, $0, length)
                #else
                Darwin.bind(fd, $0, length)
                #endif
            }
        }
    }

    /// The port a socket is bound to: the one the system chose, when asked for port 0.
    static func port(of fd: Int32) -> UInt16? {
        var bound = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let got = withUnsafeMutablePointer(to: &bound) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard got == 0 else { return nil }
        return withUnsafeBytes(of: bound) { raw in
            // sin_port and sin6_port sit at the same offset, after the family.
            UInt16(bigEndian: raw.load(fromByteOffset: 2, as: UInt16.self))
        }
    }
}
