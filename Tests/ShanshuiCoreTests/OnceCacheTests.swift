import Foundation
import Synchronization
import Testing

import ShanshuiCore

/// `OnceCache` makes each key's value once however many threads ask at the same time, and every thread gets that
/// value (run under ThreadSanitizer by `scripts/sanitize`, which is what the cache's pthread lock is for).
@Suite struct OnceCacheTests {
  @Test func concurrentCallersShareOneMadeValuePerKey() {
    let cache = OnceCache<Int, Int>()
    let makes = Atomic<Int>(0)
    // Each iteration's result, recorded under the cache's own lock (a Synchronization.Mutex would be invisible to
    // ThreadSanitizer on Linux).
    let results = OnceCache<Int, Int>()
    DispatchQueue.concurrentPerform(iterations: 400) { iteration in
      let key = iteration % 4
      let value = cache.value(for: key) {
        makes.add(1, ordering: .relaxed)
        return key * 1000 + iteration
      }
      _ = results.value(for: iteration) { value }
    }
    #expect(makes.load(ordering: .relaxed) == 4)
    // Every caller of a key got the one value made for it (made by whichever iteration came first).
    let made = Dictionary(grouping: results.values, by: { $0 / 1000 }).mapValues(Set.init)
    #expect(made.count == 4 && made.values.allSatisfy { $0.count == 1 })
    #expect(results.keys.count == 400)
    #expect(Set(cache.keys) == [0, 1, 2, 3])
    #expect(cache.values.count == 4)
  }
}
