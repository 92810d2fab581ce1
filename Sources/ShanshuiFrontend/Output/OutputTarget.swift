import Foundation

/// Where the bytes of an output go, decided from the path before anything is written (docs/security.md, Output files).
public enum OutputTarget: Sendable, Equatable {
  /// `-`: standard output.
  case standardOutput
  /// One of this process's open descriptors, named as `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or
  /// `/proc/self/fd/N`: written at the descriptor's own offset (so `>>` keeps appending), never reopened.
  case descriptor(Int32)
  /// A character device or FIFO anywhere, or any node reached through `/dev` or another process's `/proc/PID/fd`:
  /// opened for writing as it is (never created, truncated or renamed; a regular file there is appended to).
  case writeThrough(path: String)
  /// An existing regular file (a symbolic link's final target): replaced atomically, keeping its mode.
  case replace(directory: String, name: String)
  /// A path that does not exist yet (or a dangling link's target): created atomically, its missing parent
  /// directories first when `missingDirectories`.
  case create(directory: String, name: String, missingDirectories: Bool)

  /// The most symbolic links followed in one path, as Linux's own limit.
  static let maximumLinks = 40

  /// Resolves `path` (relative to the working directory) hop by hop: each link is read, never followed blindly, so a
  /// link into `/dev` or `/proc/*/fd` is seen as such even where the final target is not a path (`pipe:[…]`).
  public static func resolve(_ path: String) throws(OutputFailure) -> OutputTarget {
    if path == "-" { return .standardOutput }
    if path.isEmpty { throw .system(ENOENT) }
    // A name ending in a slash, `.` or `..` is a directory whatever exists there.
    if path.hasSuffix("/") { throw .refused(.directory) }
    var current = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var special = false
    for _ in 0...maximumLinks {
      let (directory, name) = PathText.split(current)
      if name.isEmpty || name == "." || name == ".." { throw .refused(.directory) }
      guard let realDirectory = PathText.realPath(directory) else {
        let failure = errno
        guard failure == ENOENT, !special, !PathText.isSpecial(directory) else { throw .system(failure) }
        return .create(directory: directory, name: name, missingDirectories: true)
      }
      let full = PathText.join(realDirectory, name)
      if PathText.isSpecial(full) { special = true }
      if let descriptor = PathText.ownDescriptor(full) { return .descriptor(descriptor) }
      // Another process's descriptor: its target may be no path at all (`pipe:[…]`), so open the link itself.
      if PathText.isDescriptorLink(full) { return .writeThrough(path: full) }
      var status = stat()
      guard lstat(full, &status) == 0 else {
        let failure = errno
        // Nothing is ever created under /dev or /proc.
        guard failure == ENOENT, !special else { throw .system(failure) }
        return .create(directory: realDirectory, name: name, missingDirectories: false)
      }
      switch status.st_mode & S_IFMT {
      case S_IFLNK:
        guard let target = PathText.readLink(full) else { throw .lastError }
        current = target.hasPrefix("/") ? target : PathText.join(realDirectory, target)
      case S_IFREG:
        return special ? .writeThrough(path: full) : .replace(directory: realDirectory, name: name)
      case S_IFCHR, S_IFIFO: return .writeThrough(path: full)
      default: throw .refused(RefusedNode(mode: status.st_mode) ?? .other)
      }
    }
    throw .system(ELOOP)
  }
}
