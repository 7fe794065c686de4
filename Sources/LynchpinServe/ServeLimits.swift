/// How much serve reads from a client and how long it waits for one, so that no client,
/// slow or hostile, can hold memory or a connection for long.
public struct ServeLimits: Sendable {
    /// Longer request lines are answered 414 (URI Too Long).
    public var requestLineBytes = 8 * 1024
    /// A longer head (request line and headers), or more headers than `headerCount`, is
    /// answered 431 (Request Header Fields Too Large).
    public var headBytes = 32 * 1024
    public var headerCount = 100
    /// A connection with no request under way is closed after this long.
    public var idleSeconds = 10.0
    /// A request's head must arrive in full within this long of its first byte, or it is
    /// answered 408 (Request Timeout): this is what stops a client that sends a byte at a time.
    public var headSeconds = 10.0
    /// A response the client has not taken within this long is abandoned.
    public var writeSeconds = 10.0
    /// Connections beyond this many at once are answered 503 and closed.
    public var maxConnections = 1024

    public init() {}

    public static let standard = ServeLimits()
}
