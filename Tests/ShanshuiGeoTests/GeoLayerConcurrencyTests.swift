import Foundation
import Testing

@testable import ShanshuiGeo

/// One GeoLayer shared by 8 threads, each with its own GeoWorker (the batch's design): every thread's overlaps and
/// distances equal the single-threaded answers. scripts/sanitize runs this under ThreadSanitizer, which sees the
/// Swift side and GEOS's allocations and locks; GEOS itself is not instrumented, so the lazy STRtree build is made
/// impossible by construction (LayerIndex warms the tree up on the loading thread) rather than caught by TSan.
@Suite struct GeoLayerConcurrencyTests {
  @Test func workersOnEightThreadsShareOneLayer() throws {
    let scene = LayerOracleTests.scene()
    let loader = try GeoWorker()
    let layer = try LayerOracleTests.layer(scene, worker: loader)
    let units = scene.units.map { LayerOracleTests.shape($0) }
    let filter = LayerFilter(field: "kind", values: ["line"])
    @Sendable func answers(_ worker: GeoWorker) throws -> [String] {
      try units.map { shape in
        let unit = try worker.prepare(shape)
        let overlaps = try worker.overlaps(of: unit, with: layer, where: nil)
        let nearest = try worker.nearest(to: unit, in: layer, where: filter, within: 2000)
        return
          "\(overlaps.map { "\($0.featureIndex):\($0.area)" }) \(nearest.map { "\($0.featureIndex):\($0.distance)" } ?? "-")"
      }
    }
    let expected = try answers(GeoWorker())
    let results = ConcurrentResults(count: 8)
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
      do {
        let worker = try GeoWorker()
        var all: [String] = []
        for _ in 0..<2 { all = try answers(worker) }
        results.set(thread, .success(all))
      } catch {
        results.set(thread, .failure(error))
      }
    }
    for thread in 0..<8 {
      #expect(try results.get(thread).get() == expected, "thread \(thread)")
    }
  }
}

/// Results per thread, written under a lock.
final class ConcurrentResults: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Result<[String], any Error>?]

  init(count: Int) { values = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Result<[String], any Error>) {
    lock.lock()
    defer { lock.unlock() }
    values[index] = value
  }

  func get(_ index: Int) -> Result<[String], any Error> {
    lock.lock()
    defer { lock.unlock() }
    return values[index] ?? .failure(Oracle.Failure(description: "thread \(index) did not finish"))
  }
}
