import Foundation

/// A directory of outputs (`doc --output DIR`): created with its parents when missing, each file in it written by
/// `OutputFile`'s rules (atomically, so a reader never sees a half-written page). Other files there are left alone.
public struct OutputDirectory: Sendable, Equatable {
  public var path: String
  /// The option that named it, for messages.
  public var option: String

  public init(path: String, option: String) {
    self.path = path
    self.option = option
  }

  /// Writes `files` (relative path → text), in the order of their paths; stops at the first that cannot be written.
  public func write(_ files: [String: String]) throws(OutputError) {
    var status = stat()
    if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR {
      throw OutputError(option: option, path: path, failure: .system(ENOTDIR))
    }
    for (relative, text) in files.sorted(by: { $0.key < $1.key }) {
      try OutputFile(path: PathText.join(path, relative), option: option).write(text)
    }
  }
}
