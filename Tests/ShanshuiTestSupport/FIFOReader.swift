import Foundation
import Synchronization

/// Reads a FIFO or a pipe to its end on a thread of its own, as a consumer of `--output FIFO` would: opening a FIFO
/// for reading blocks until a writer comes, and the writer's open blocks until this reader is there.
public final class FIFOReader: Sendable {
  /// Set once by the reading thread, before it signals `done`.
  private let data = Mutex(Data())
  private let done = DispatchSemaphore(value: 0)

  /// Reads the FIFO at `path` (opened on the reading thread, since the open blocks until a writer comes).
  public convenience init(_ path: String) {
    self.init { FileHandle(forReadingAtPath: path) }
  }

  /// Reads `handle` (the read end of a pipe, say).
  public convenience init(handle: FileHandle) {
    self.init { handle }
  }

  private init(_ open: @escaping @Sendable () -> FileHandle?) {
    Thread { [self] in
      let bytes = open()?.readDataToEndOfFile() ?? Data()
      data.withLock { $0 = bytes }
      done.signal()
    }.start()
  }

  /// The bytes read once the writer closed the FIFO; nil after `seconds` without.
  public func wait(seconds: Double = 60) -> Data? {
    done.wait(timeout: .now() + seconds) == .success ? data.withLock { $0 } : nil
  }

  /// The bytes read, as UTF-8 text ("" after a minute without the writer closing).
  public func text() -> String { wait().map { String(decoding: $0, as: UTF8.self) } ?? "" }
}
