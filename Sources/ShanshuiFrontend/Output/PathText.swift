import Foundation

/// Path arithmetic on plain strings (no normalisation behind the caller's back) and the system calls that read paths.
enum PathText {
  /// The directory and the last component of an absolute path (`/` for a top-level name).
  static func split(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
  }

  static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// `realpath(3)` of an existing path, or nil with `errno` set.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The text of a symbolic link, or nil with `errno` set.
  static func readLink(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Whether `path` (already resolved) lies where nodes are devices or descriptors: `/dev`, or `/proc/PID/fd`
  /// (also `/proc/PID/task/TID/fd`, and `/proc/self` before it is resolved).
  static func isSpecial(_ path: String) -> Bool {
    if path == "/dev" || path.hasPrefix("/dev/") { return true }
    let parts = path.split(separator: "/", omittingEmptySubsequences: true)
    guard parts.first == "proc", parts.count >= 3 else { return false }
    return parts[2] == "fd" || (parts.count >= 5 && parts[2] == "task" && parts[4] == "fd")
  }

  /// `/proc/PID/fd/N` or `/proc/PID/task/TID/fd/N`: the descriptor number and the process id.
  static func descriptorLink(_ path: String) -> (process: String, descriptor: Int32)? {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true)
    guard parts.first == "proc", let last = parts.last, let descriptor = Int32(last), descriptor >= 0 else {
      return nil
    }
    if parts.count == 4, parts[2] == "fd" { return (String(parts[1]), descriptor) }
    if parts.count == 6, parts[2] == "task", parts[4] == "fd" { return (String(parts[1]), descriptor) }
    return nil
  }

  static func isDescriptorLink(_ path: String) -> Bool { descriptorLink(path) != nil }

  /// The descriptor number when `path` names one of this process's own descriptors.
  static func ownDescriptor(_ path: String) -> Int32? {
    guard let link = descriptorLink(path) else { return nil }
    let me = String(getpid())
    return link.process == me || link.process == "self" || link.process == "thread-self" ? link.descriptor : nil
  }
}
