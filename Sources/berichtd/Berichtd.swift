import ArgumentParser
import Foundation

/// The `berichtd` command line: the daemon and its tools.
struct Berichtd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "berichtd",
        abstract: "Verwerkt iJw/iWmo 3.2-berichten (toewijzing 301, declaratie 323) voor gemeenten.",
        subcommands: [
            CheckCommand.self, ProcessCommand.self, RunCommand.self, ConfigCommand.self, GenereerCommand.self,
            ReportCommand.self,
        ]
    )
}

@main
enum Hoofdprogramma {
    /// Exit codes: 0 success, 1 a checked message is invalid, 2 usage or I/O error.
    static func main() async {
        do {
            var command = try Berichtd.parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            if Berichtd.exitCode(for: error) == .success {
                print(Berichtd.fullMessage(for: error))
                exit(0)
            }
            Uitvoer.fout(Berichtd.fullMessage(for: error))
            exit(2)
        }
    }
}
