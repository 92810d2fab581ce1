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
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("shanshui")
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
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large report cannot fill a pipe and block the child.
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }
}
