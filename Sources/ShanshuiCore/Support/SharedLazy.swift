import Foundation

/// A value made on first use, by the first thread that asks, and shared by every later one: for what a run needs only
/// on a path few files take (the submission schema's facts, read only to explain a schema error).
///
/// `NSLock`, not `Synchronization.Mutex`, so that ThreadSanitizer sees the lock (see `OnceCache` in the frontend).
/// `@unchecked Sendable`: `state` is read and written only while `lock` is held.
public final class SharedLazy<Value: Sendable>: @unchecked Sendable {
  private enum State {
    case pending(@Sendable () -> Value)
    case made(Value)
  }

  private var state: State
  private let lock = NSLock()

  /// A value `make` makes on first use.
  public init(_ make: @escaping @Sendable () -> Value) { state = .pending(make) }

  /// A value already made.
  public init(value: Value) { state = .made(value) }

  /// The value, made now if no thread has asked before (under the lock: two threads asking at once make it once).
  public var value: Value {
    lock.lock()
    defer { lock.unlock() }
    switch state {
    case .made(let value): return value
    case .pending(let make):
      let value = make()
      state = .made(value)
      return value
    }
  }
}
