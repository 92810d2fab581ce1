import Foundation

/// One output a command writes (a report, a baseline, an export, a generated submission), named by a path the user
/// gave with an option. The rules (docs/security.md, "Output files"):
///
/// - `-` is standard output.
/// - A path that does not exist yet, or an existing regular file (through any symbolic links that do not lead into
///   `/dev` or `/proc/*/fd`), is written atomically: a temporary file in the same directory, synced, renamed over the
///   name; a link stays a link and its target is replaced; the old file's mode is kept; on failure the old content is
///   intact. Missing parent directories are created.
/// - This process's own descriptors (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`, also through a
///   link) are written at their current offset, so a `>>` redirection keeps appending.
/// - A character device or FIFO, and anything reached through `/dev` or another process's `/proc/PID/fd`, is opened
///   for writing as it is: never created, truncated, renamed or replaced (a regular file there is appended to).
/// - A directory, a block device or a socket is refused (E501); a failed system call is E500 with its reason.
public struct OutputFile: Sendable, Equatable {
  /// The path as given (`-` for standard output).
  public var path: String
  /// The option that named it, for messages (`--output`, `--report sarif`, `--write-baseline`).
  public var option: String

  public init(path: String, option: String) {
    self.path = path
    self.option = option
  }

  /// Whether the output is standard output (`-`).
  public var isStandardOutput: Bool { path == "-" }

  /// Where the bytes would go, for a check before a long run; nothing is created or written.
  public func target() throws(OutputError) -> OutputTarget {
    do {
      return try OutputTarget.resolve(path)
    } catch {
      throw OutputError(option: option, path: path, failure: error)
    }
  }

  /// Writes `text` as UTF-8.
  public func write(_ text: String) throws(OutputError) { try write(Array(text.utf8)) }

  /// Writes `bytes` by the rules above.
  public func write(_ bytes: [UInt8]) throws(OutputError) {
    let sink = try open()
    sink.write(bytes)
    try sink.finish()
  }

  /// Opens the output to be written in pieces (a report streamed as it is rendered), by the rules above.
  public func open() throws(OutputError) -> OutputSink {
    do {
      return try OutputSink(file: self, target: OutputTarget.resolve(path))
    } catch {
      throw OutputError(option: option, path: path, failure: error)
    }
  }
}
