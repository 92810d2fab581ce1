import Foundation
import ShanshuiFrontend

/// A progress line on standard error for batches on a terminal: files done / total and the rate. Silent when
/// standard error is not a terminal, with `--quiet`, or for a single file.
///
/// `@unchecked Sendable`: `done` and `lastDrawn` are read and written, and `write` is called, only under `lock`; the
/// rest is immutable.
final class Progress: BatchProgress, @unchecked Sendable {
  private let total: Int
  private let started = Date()
  private var done = 0
  private var lastDrawn = Date.distantPast
  private let lock = NSLock()
  private let write: (String) -> Void

  /// A progress line, or nil when none should be shown.
  static func make(total: Int, quiet: Bool) -> Progress? {
    guard !quiet, total > 1, isatty(STDERR_FILENO) != 0 else { return nil }
    return Progress(total: total) { FileHandle.standardError.write(Data($0.utf8)) }
  }

  init(total: Int, write: @escaping (String) -> Void) {
    self.total = total
    self.write = write
  }

  /// One more file done; redraws at most ten times a second, and always for the last file.
  func advance() {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    let now = Date()
    guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
    lastDrawn = now
    write("\r\u{1B}[K" + Self.line(done: done, total: total, elapsed: now.timeIntervalSince(started)))
  }

  /// Clears the line before the report is written.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    write("\r\u{1B}[K")
  }

  /// `[120/2000] 6% · 85.3 files/s`.
  static func line(done: Int, total: Int, elapsed: TimeInterval) -> String {
    let percent = total > 0 ? done * 100 / total : 100
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    return "[\(done)/\(total)] \(percent)% · \(String(format: "%.1f", rate)) files/s"
  }
}
