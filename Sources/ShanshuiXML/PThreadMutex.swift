#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain POSIX mutex (ShanshuiXML uses no Foundation; `Synchronization.Mutex` would need macOS 15).
///
/// `@unchecked Sendable`: the mutex lives at a fixed heap address for the object's lifetime and is only ever used
/// through `pthread_mutex_lock`/`unlock`, which are thread-safe by definition.
final class PThreadMutex: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  init() { pthread_mutex_init(mutex, nil) }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Runs `body` holding the mutex.
  func locked<T>(_ body: () throws -> T) rethrows -> T {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }
}
