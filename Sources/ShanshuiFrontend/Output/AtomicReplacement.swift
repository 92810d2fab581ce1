import Foundation

/// Replaces or creates a regular file atomically: the bytes go to a temporary file in the same directory, which is
/// synced and renamed over the name, so a reader sees the old content or the new, and a failed write (no space, an
/// I/O error, a size limit) leaves the old content as it was.
enum AtomicReplacement {
  /// A temporary file being written, to be renamed over `name` by `commit` or removed by `abandon`.
  struct Pending {
    let descriptor: Int32
    let temporary: String
    let directory: String
    let name: String
    /// The replaced file's status; nil when the name is new.
    let old: stat?
  }

  /// Writes `bytes` as `name` in the existing, resolved `directory`. An existing file's mode (and, for root, owner) is
  /// kept; a new file gets 0666 less the umask, as `open(2)` gives it.
  static func write(_ bytes: [UInt8], directory: String, name: String) throws(OutputFailure) {
    let pending = try begin(directory: directory, name: name)
    do throws(OutputFailure) {
      try Descriptor.writeAll(bytes, to: pending.descriptor)
    } catch {
      abandon(pending)
      throw error
    }
    try commit(pending)
  }

  /// Creates the temporary file that will become `name` in the existing, resolved `directory`.
  static func begin(directory: String, name: String) throws(OutputFailure) -> Pending {
    let target = PathText.join(directory, name)
    var old = stat()
    let existed = lstat(target, &old) == 0
    if existed, old.st_mode & S_IFMT != S_IFREG { throw .refused(RefusedNode(mode: old.st_mode) ?? .other) }
    let (descriptor, temporary) = try createTemporary(in: directory, mode: existed ? 0o600 : 0o666)
    return Pending(
      descriptor: descriptor, temporary: temporary, directory: directory, name: name, old: existed ? old : nil)
  }

  /// Gives the written file the old one's mode (and owner), syncs it and renames it over the name; on failure the
  /// temporary file is removed and the old content is intact.
  static func commit(_ pending: Pending) throws(OutputFailure) {
    let descriptor = pending.descriptor
    do throws(OutputFailure) {
      if let old = pending.old {
        guard fchmod(descriptor, old.st_mode & 0o7777) == 0 else { throw OutputFailure.lastError }
        // Only root can give a file away; anyone else's new file is theirs, as with any editor's save.
        if geteuid() == 0, old.st_uid != geteuid() || old.st_gid != getegid() {
          _ = fchown(descriptor, old.st_uid, old.st_gid)
        }
      }
      guard fsync(descriptor) == 0 else { throw OutputFailure.lastError }
    } catch {
      abandon(pending)
      throw error
    }
    let target = PathText.join(pending.directory, pending.name)
    do throws(OutputFailure) {
      try Descriptor.closed(descriptor)
      // Never rename over a node that is not a regular file, even one that appeared while the bytes were written.
      var now = stat()
      if lstat(target, &now) == 0, now.st_mode & S_IFMT != S_IFREG {
        throw OutputFailure.refused(RefusedNode(mode: now.st_mode) ?? .other)
      }
      guard rename(pending.temporary, target) == 0 else { throw OutputFailure.lastError }
    } catch {
      unlink(pending.temporary)
      throw error
    }
    syncDirectory(pending.directory)
  }

  /// Closes and removes the temporary file: the name keeps its old content (or stays absent).
  static func abandon(_ pending: Pending) {
    _ = close(pending.descriptor)
    unlink(pending.temporary)
  }

  /// A new, empty temporary file beside the target, hidden and named so that a leftover says what made it.
  private static func createTemporary(in directory: String, mode: mode_t) throws(OutputFailure) -> (Int32, String) {
    for _ in 0..<100 {
      let name = ".shanshui-output-\(String(UInt64.random(in: 0...UInt64.max), radix: 16)).tmp"
      let path = PathText.join(directory, name)
      do {
        return (try Descriptor.opened(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode), path)
      } catch .system(EEXIST) {
        continue
      }
    }
    throw .system(EEXIST)
  }

  /// Makes the rename durable; a file system that cannot sync a directory is not an error.
  private static func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    _ = close(descriptor)
  }
}
