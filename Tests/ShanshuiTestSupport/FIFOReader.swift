import Foundation

/// Reads a FIFO to its end on a thread of its own, as a consumer of `--output FIFO` would: opening a FIFO for reading
/// blocks until a writer comes, and the writer's open blocks until this reader is there.
public final class FIFOReader: @unchecked Sendable {
  // Written by the reading thread before it signals `done`, read only after waiting on it: the semaphore orders the
  // two, hence `@unchecked Sendable`.
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  public init(_ path: String) {
    Thread { [self] in
      data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
      done.signal()
    }.start()
  }

  /// The bytes read once the writer closed the FIFO; nil after `seconds` without.
  public func wait(seconds: Double = 60) -> Data? {
    done.wait(timeout: .now() + seconds) == .success ? data : nil
  }

  /// The bytes read, as UTF-8 text ("" after a minute without the writer closing).
  public func text() -> String { wait().map { String(decoding: $0, as: UTF8.self) } ?? "" }
}
