import Foundation

/// A test-only way to make berichtd trap on a chosen message, in debug builds only: the fault
/// tests set `BERICHTD_TEST_VASTLOPEN` to part of a file name to show that the spool goes on
/// past a message berichtd keeps stopping on (see ``AttemptMark``).
enum Testhaak {
    #if DEBUG
        private static let vastlopenOp = ProcessInfo.processInfo.environment["BERICHTD_TEST_VASTLOPEN"] ?? ""
    #endif

    static func misschienVastlopen(_ naam: String) {
        #if DEBUG
            if !vastlopenOp.isEmpty, naam.contains(vastlopenOp) { fatalError("testhaak BERICHTD_TEST_VASTLOPEN") }
        #endif
    }
}
