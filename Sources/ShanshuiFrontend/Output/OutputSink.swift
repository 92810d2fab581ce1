import Foundation

/// An output written in pieces (`OutputFile.open()`), by the same rules as a whole write: the bytes are buffered and
/// written a block at a time, so writing a report of any size costs one block of memory. A file that is replaced or
/// created gets its name only when `finish()` succeeds; a failed or abandoned sink leaves the old content as it was.
///
/// Not thread-safe: one writer at a time.
public final class OutputSink {
  /// What `finish()` does with the descriptor once every byte is written.
  private enum Ending {
    /// Standard output or one of this process's own descriptors: left open.
    case keepOpen
    /// A device, FIFO or file opened as it is: closed.
    case close
    /// A temporary file: synced and renamed over the name.
    case replace(AtomicReplacement.Pending)
  }

  /// The size of the buffered block: big enough that a report costs few system calls, small beside any report.
  static let blockSize = 1 << 16

  private let file: OutputFile
  private let descriptor: Int32
  private var ending: Ending?
  private var buffer: [UInt8] = []
  /// The first write that failed: later writes are dropped, and `finish()` reports it.
  private var failure: OutputFailure?

  init(file: OutputFile, target: OutputTarget) throws(OutputFailure) {
    self.file = file
    buffer.reserveCapacity(Self.blockSize)
    switch target {
    case .standardOutput:
      (descriptor, ending) = (STDOUT_FILENO, .keepOpen)
    case .descriptor(let own):
      // The descriptor is written as it is open (its offset, its O_APPEND); a block device or directory never.
      let status = try Descriptor.status(own)
      if status.st_mode & S_IFMT != S_IFSOCK, let refused = RefusedNode(mode: status.st_mode) {
        throw .refused(refused)
      }
      (descriptor, ending) = (own, .keepOpen)
    case .writeThrough(let path):
      (descriptor, ending) = (try Self.openThrough(path), .close)
    case .replace(let directory, let name):
      let pending = try AtomicReplacement.begin(directory: directory, name: name)
      (descriptor, ending) = (pending.descriptor, .replace(pending))
    case .create(let directory, let name, let missingDirectories):
      let resolved = missingDirectories ? try DirectoryCreation.create(directory) : directory
      let pending = try AtomicReplacement.begin(directory: resolved, name: name)
      (descriptor, ending) = (pending.descriptor, .replace(pending))
    }
  }

  deinit { abandon() }

  /// Appends `text` as UTF-8.
  public func write(_ text: String) {
    var text = text
    text.withUTF8 { write(bytes: $0) }
  }

  /// Appends `bytes`.
  public func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { write(bytes: $0) }
  }

  private func write(bytes: UnsafeBufferPointer<UInt8>) {
    // Nothing after a failure (the output would have a gap) or after `finish()` (the descriptor may be closed).
    guard failure == nil, ending != nil else { return }
    if buffer.count + bytes.count > Self.blockSize { flush() }
    guard failure == nil else { return }
    if bytes.count >= Self.blockSize {
      do throws(OutputFailure) {
        try Descriptor.writeAll(bytes, to: descriptor)
      } catch {
        failure = error
      }
    } else {
      buffer.append(contentsOf: bytes)
    }
  }

  private func flush() {
    guard failure == nil, ending != nil, !buffer.isEmpty else { return }
    do throws(OutputFailure) {
      try buffer.withUnsafeBufferPointer { (bytes) throws(OutputFailure) in
        try Descriptor.writeAll(bytes, to: descriptor)
      }
    } catch {
      failure = error
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is buffered and completes the output: a replaced file is synced and renamed into place. The first
  /// failure of any write is thrown here (E500/E501, naming the option and the path).
  public func finish() throws(OutputError) {
    guard let ending else { return }
    flush()
    self.ending = nil
    do throws(OutputFailure) {
      if let failure { throw failure }
      switch ending {
      case .keepOpen: break
      case .close: try Descriptor.closed(descriptor)
      case .replace(let pending): try AtomicReplacement.commit(pending)
      }
    } catch {
      // A failed write never reached the ending: close (or remove) here. A failed ending has cleaned up already.
      if failure != nil {
        if case .close = ending { _ = close(descriptor) }
        if case .replace(let pending) = ending { AtomicReplacement.abandon(pending) }
      }
      throw OutputError(option: file.option, path: file.path, failure: error)
    }
  }

  /// Drops the output without completing it: a temporary file is removed, an opened node closed.
  private func abandon() {
    guard let ending else { return }
    self.ending = nil
    switch ending {
    case .keepOpen: break
    case .close: _ = close(descriptor)
    case .replace(let pending): AtomicReplacement.abandon(pending)
    }
  }

  /// Opens an existing node for writing without creating or truncating it; a regular file is appended to.
  private static func openThrough(_ path: String) throws(OutputFailure) -> Int32 {
    var status = stat()
    guard stat(path, &status) == 0 else { throw .lastError }
    if let refused = RefusedNode(mode: status.st_mode) { throw .refused(refused) }
    let append = status.st_mode & S_IFMT == S_IFREG ? O_APPEND : 0
    let descriptor = try Descriptor.opened(path, O_WRONLY | O_NOCTTY | append)
    // What was opened may differ from what was looked at: check again on the descriptor itself.
    do throws(OutputFailure) {
      if let refused = RefusedNode(mode: try Descriptor.status(descriptor).st_mode) {
        throw OutputFailure.refused(refused)
      }
    } catch {
      _ = close(descriptor)
      throw error
    }
    return descriptor
  }
}
