import Foundation

/// `mkdir -p` for an output's parent directories, which never creates anything under `/dev` or `/proc/*/fd`.
enum DirectoryCreation {
  /// Creates the missing directories of `path` (absolute or relative) and returns its resolved path.
  static func create(_ path: String) throws(OutputFailure) -> String {
    var missing: [String] = []
    var existing = path
    while PathText.realPath(existing) == nil {
      guard errno == ENOENT else { throw .lastError }
      let (parent, name) = PathText.split(existing)
      guard parent != existing else { throw .system(ENOENT) }
      if !name.isEmpty { missing.insert(name, at: 0) }
      existing = parent
    }
    guard var current = PathText.realPath(existing) else { throw .lastError }
    if PathText.isSpecial(current) { throw .system(ENOENT) }
    for name in missing {
      current = PathText.join(current, name)
      if mkdir(current, 0o777) != 0 {
        let failure = errno
        var status = stat()
        guard failure == EEXIST, stat(current, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
          throw .system(failure == EEXIST ? ENOTDIR : failure)
        }
      }
    }
    guard let resolved = PathText.realPath(path) else { throw .lastError }
    return resolved
  }
}
