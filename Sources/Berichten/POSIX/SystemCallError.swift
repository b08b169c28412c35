import Glibc

/// A failed system call, with its errno kept for the caller to sort (machine or file).
package struct SystemCallError: Error, Sendable, CustomStringConvertible {
    package let call: String
    package let path: String
    package let code: Int32

    init(call: String, path: String, code: Int32 = errno) {
        self.call = call
        self.path = path
        self.code = code
    }

    package var reason: String { String(cString: strerror(code)) }
    package var description: String { "\(call) \(path): \(reason)" }
}
