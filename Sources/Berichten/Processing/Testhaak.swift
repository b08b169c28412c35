import Foundation

/// Test-only ways to make berichtd stop at a chosen moment, in debug builds only.
/// - `BERICHTD_TEST_VASTLOPEN`, part of a file name: trap on that message, to show that the spool
///   goes on past a message berichtd keeps stopping on (see ``AttemptMark``).
/// - `BERICHTD_TEST_GROEPSKILL=1`: kill -9 itself after a group commit, once the first retour of a
///   group of two or more is written (a kill between the group's commit and its last retour).
enum Testhaak {
    #if DEBUG
        private static let vastlopenOp = ProcessInfo.processInfo.environment["BERICHTD_TEST_VASTLOPEN"] ?? ""
        private static let groepskill = ProcessInfo.processInfo.environment["BERICHTD_TEST_GROEPSKILL"] == "1"
    #endif

    static func misschienVastlopen(_ naam: String) {
        #if DEBUG
            if !vastlopenOp.isEmpty, naam.contains(vastlopenOp) { fatalError("testhaak BERICHTD_TEST_VASTLOPEN") }
        #endif
    }

    static func misschienStoppenNaGroepscommit() {
        #if DEBUG
            if groepskill { kill(getpid(), SIGKILL) }
        #endif
    }
}
