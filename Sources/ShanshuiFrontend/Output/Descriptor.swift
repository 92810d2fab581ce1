import Foundation

/// Writing to an open descriptor: every byte, whatever the system call hands back.
enum Descriptor {
  /// Writes all of `bytes` to `descriptor`, retrying after a signal (EINTR), after a partial write, and — for a
  /// non-blocking descriptor such as a terminal or pipe inherited that way — once it is writable again.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(OutputFailure) {
    try bytes.withUnsafeBufferPointer { (buffer) throws(OutputFailure) in try writeAll(buffer, to: descriptor) }
  }

  /// Writes all of `buffer` to `descriptor`, as `writeAll(_:to:)` does for an array.
  static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws(OutputFailure) {
    guard let base = buffer.baseAddress else { return }
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, base + offset, buffer.count - offset)
      if written > 0 {
        offset += written
      } else if written < 0 && errno == EINTR {
        continue
      } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
        var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&poller, 1, -1)
      } else {
        throw .system(written < 0 ? errno : EIO)
      }
    }
  }

  /// `open(2)`, retried after a signal (opening a FIFO blocks until a reader comes, and may be interrupted).
  static func opened(_ path: String, _ flags: Int32, _ mode: mode_t = 0) throws(OutputFailure) -> Int32 {
    while true {
      let descriptor = open(path, flags | O_CLOEXEC, mode)
      if descriptor >= 0 { return descriptor }
      if errno != EINTR { throw .lastError }
    }
  }

  /// `close(2)`, whose failure (a deferred write error on some file systems) is a failed write.
  static func closed(_ descriptor: Int32) throws(OutputFailure) {
    if close(descriptor) != 0 && errno != EINTR { throw .lastError }
  }

  /// `fstat(2)`.
  static func status(_ descriptor: Int32) throws(OutputFailure) -> stat {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .lastError }
    return status
  }
}
