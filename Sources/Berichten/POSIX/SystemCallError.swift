import Glibc

/// A failed system call, with its errno kept for the caller to sort (machine or file).
public struct SystemCallError: Error, Sendable, CustomStringConvertible {
    public let call: String
    public let path: String
    public let code: Int32

    init(call: String, path: String, code: Int32 = errno) {
        self.call = call
        self.path = path
        self.code = code
    }

    public var reason: String { String(cString: strerror(code)) }
    public var description: String { "\(call) \(path): \(reason)" }
}
