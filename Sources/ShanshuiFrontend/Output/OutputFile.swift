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
    do {
      try Self.write(bytes, to: OutputTarget.resolve(path))
    } catch {
      throw OutputError(option: option, path: path, failure: error)
    }
  }

  static func write(_ bytes: [UInt8], to target: OutputTarget) throws(OutputFailure) {
    switch target {
    case .standardOutput:
      try Descriptor.writeAll(bytes, to: STDOUT_FILENO)
    case .descriptor(let descriptor):
      // The descriptor is written as it is open (its offset, its O_APPEND); a block device or directory never.
      let status = try Descriptor.status(descriptor)
      if status.st_mode & S_IFMT != S_IFSOCK, let refused = RefusedNode(mode: status.st_mode) {
        throw .refused(refused)
      }
      try Descriptor.writeAll(bytes, to: descriptor)
    case .writeThrough(let path):
      try writeThrough(bytes, path: path)
    case .replace(let directory, let name):
      try AtomicReplacement.write(bytes, directory: directory, name: name)
    case .create(let directory, let name, let missingDirectories):
      let resolved = missingDirectories ? try DirectoryCreation.create(directory) : directory
      try AtomicReplacement.write(bytes, directory: resolved, name: name)
    }
  }

  /// Opens an existing node for writing without creating or truncating it; a regular file is appended to.
  private static func writeThrough(_ bytes: [UInt8], path: String) throws(OutputFailure) {
    var status = stat()
    guard stat(path, &status) == 0 else { throw .lastError }
    if let refused = RefusedNode(mode: status.st_mode) { throw .refused(refused) }
    let append = status.st_mode & S_IFMT == S_IFREG ? O_APPEND : 0
    let descriptor = try Descriptor.opened(path, O_WRONLY | O_NOCTTY | append)
    do throws(OutputFailure) {
      // What was opened may differ from what was looked at: check again on the descriptor itself.
      if let refused = RefusedNode(mode: try Descriptor.status(descriptor).st_mode) {
        throw OutputFailure.refused(refused)
      }
      try Descriptor.writeAll(bytes, to: descriptor)
    } catch {
      _ = close(descriptor)
      throw error
    }
    try Descriptor.closed(descriptor)
  }
}
