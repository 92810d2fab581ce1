import Foundation

/// A value per key, made once by the first thread that asks and shared by every later one.
///
/// `NSLock`, not `Synchronization.Mutex`: on Linux `Mutex` locks with raw futex calls that ThreadSanitizer does not
/// see, so it reports the guarded dictionary as raced (CI, `scripts/sanitize`); `NSLock` is a pthread mutex, which
/// it does. `@unchecked Sendable`: `storage` is read and written only while `lock` is held.
public final class OnceCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  private var storage: [Key: Value] = [:]
  private let lock = NSLock()

  public init() {}

  /// The value for `key`, made by `make` on first use (under the lock: two threads asking at once make it once).
  public func value(for key: Key, make: () -> Value) -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let made = storage[key] { return made }
    let made = make()
    storage[key] = made
    return made
  }

  /// The keys made so far.
  public var keys: [Key] {
    lock.lock()
    defer { lock.unlock() }
    return Array(storage.keys)
  }

  /// The values made so far.
  public var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return Array(storage.values)
  }
}
