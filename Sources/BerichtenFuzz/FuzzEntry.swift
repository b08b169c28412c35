import BerichtenFuzzHarness
import Foundation

/// The harness for this process: the checkout is found from the executable's path (or
/// `BERICHTD_REPO`), the throw-away spools go to `BERICHTD_FUZZ_WORK` (default /dev/shm, else the
/// temp directory). A harness that cannot be set up (no XSDs, a config this build cannot load)
/// ends the process with exit code 2 and a message, never with a crash that libFuzzer would
/// blame on an input.
let harness: FuzzHarness = {
    let executable =
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    guard let repository = FuzzHarness.findRepository(from: executable) else {
        setupFailed("checkout met xsd/ en config/regio.toml niet gevonden; zet BERICHTD_REPO")
    }
    let environment = ProcessInfo.processInfo.environment
    let workRoot =
        environment["BERICHTD_FUZZ_WORK"]
        ?? (FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
    let share = environment["BERICHTD_FUZZ_VERWERKER"].flatMap { UInt64($0) } ?? 8
    do {
        return try FuzzHarness(repository: repository, workRoot: workRoot, verwerkerShare: share)
    } catch {
        setupFailed("harness opzetten mislukt: \(error)")
    }
}()

func setupFailed(_ message: String) -> Never {
    FileHandle.standardError.write(Data("berichtd-fuzz: \(message)\n".utf8))
    exit(2)
}

/// libFuzzer calls this once before the first input: the harness is set up here, so that its
/// cost and its failures are not attributed to an input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>?,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
    _ = harness
    return 0
}

/// libFuzzer's entry point. A broken invariant is a crash, so libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        _ = try harness.run(bytes)
    } catch {
        fatalError("berichtd-fuzz: \(error)")
    }
    return 0
}

#if FUZZING
    /// libFuzzer's own mutator (LLVMFuzzerMutate, extern "C"; its arguments and result are a
    /// pointer and two size_t, which Swift passes the same way on x86_64 and arm64).
    @_silgen_name("LLVMFuzzerMutate")
    func libFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

    /// One mutation in four replaces a date element value with an edge date (``DateMutation``),
    /// the others are libFuzzer's.
    @_cdecl("LLVMFuzzerCustomMutator")
    public func fuzzCustomMutator(
        _ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32
    ) -> Int {
        guard let data else { return 0 }
        if seed % 4 == 0,
            DateMutation.apply(to: UnsafeMutableBufferPointer(start: data, count: size), seed: UInt64(seed))
        {
            return size
        }
        return libFuzzerMutate(data, size, maxSize)
    }
#else
    /// Without libFuzzer (a plain `swift build`): runs the files named on the command line through
    /// the same harness and prints what each led to; exits 1 when one breaks an invariant.
    @main
    struct Replay {
        static func main() {
            let files = CommandLine.arguments.dropFirst()
            guard !files.isEmpty else {
                print("gebruik: berichtd-fuzz BESTAND...  (met libFuzzer gebouwd: zie tools/fuzz.sh)")
                exit(2)
            }
            var failed = false
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("\(file): onleesbaar")
                    failed = true
                    continue
                }
                do {
                    print("\(file): \(try harness.run(Array(data)))")
                } catch {
                    print("\(file): \(error)")
                    failed = true
                }
            }
            exit(failed ? 1 : 0)
        }
    }
#endif
