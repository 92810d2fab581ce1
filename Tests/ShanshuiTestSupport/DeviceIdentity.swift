import Foundation

/// A node's kind and inode, not following links: equal before and after a write when the write did not replace it.
public struct DeviceIdentity: Equatable {
  public var kind: mode_t
  public var inode: ino_t

  /// nil when nothing is at `path`.
  public init?(_ path: String) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    kind = status.st_mode & S_IFMT
    inode = status.st_ino
  }
}
