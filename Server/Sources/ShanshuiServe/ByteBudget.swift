import Foundation

/// A count of bytes held in memory across requests, under a limit: each request reserves its body's bytes as they
/// arrive (or at once, when `Content-Length` declares them) and releases them once answered, so that many
/// concurrent uploads cannot add up past the limit whatever each one's own cap. `@unchecked Sendable`: `used` is
/// only touched under `lock`.
public final class ByteBudget: @unchecked Sendable {
  public let limit: Int
  private var used = 0
  private let lock = NSLock()

  public init(limit: Int) {
    self.limit = max(0, limit)
  }

  /// Reserves `bytes`; false (and nothing reserved) when that would pass the limit.
  public func reserve(_ bytes: Int) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    guard bytes <= limit - used else { return false }
    used += bytes
    return true
  }

  public func release(_ bytes: Int) {
    lock.lock()
    used -= bytes
    lock.unlock()
  }

  /// Bytes reserved now.
  public var inUse: Int {
    lock.lock()
    defer { lock.unlock() }
    return used
  }
}

/// One request's share of a `ByteBudget`: what it reserved, released all at once when the request is done.
/// `@unchecked Sendable`: used by one request's task at a time; `reserved` only under `lock`.
final class BudgetShare: @unchecked Sendable {
  let budget: ByteBudget
  private var reserved = 0
  private let lock = NSLock()

  init(_ budget: ByteBudget) { self.budget = budget }

  func reserve(_ bytes: Int) -> Bool {
    guard budget.reserve(bytes) else { return false }
    lock.lock()
    reserved += bytes
    lock.unlock()
    return true
  }

  func releaseAll() {
    lock.lock()
    let bytes = reserved
    reserved = 0
    lock.unlock()
    budget.release(bytes)
  }
}
