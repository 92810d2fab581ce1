import Foundation

/// Runs the built `shanshui` binary as a user would, capturing its exit status and output.
public enum CommandRunner {
  public struct Output {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// The `shanshui` executable next to the test bundle (SwiftPM builds it for the CLI tests).
  public static var executable: URL {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
      "shanshui")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return Repository.url(".build/debug/shanshui")
  }

  /// Runs `executable` with `arguments` in `directory` (the repository root by default).
  public static func run(
    _ arguments: [String], in directory: URL = Repository.root, input: Data? = nil,
    environment: [String: String] = [:], executable: URL = CommandRunner.executable
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { _, new in new }
    process.environment = env
    let stdout = Pipe()
    let stderr = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = stdin
    try process.run()
    // Both pipes are drained at once, on two threads, while the input is written: reading one to its end first would
    // leave the child blocked on the other once its pipe buffer (64 KiB) is full, and the test hung.
    let drained = DispatchGroup()
    let errors = Drained()
    DispatchQueue.global().async(group: drained) { errors.data = stderr.fileHandleForReading.readDataToEndOfFile() }
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    drained.wait()
    let err = errors.data
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }
}

/// Standard error's bytes, written by the thread that drains it and read after `DispatchGroup.wait()`, which orders the
/// write before the read; `@unchecked Sendable` for that hand-over only.
private final class Drained: @unchecked Sendable {
  var data = Data()
}
