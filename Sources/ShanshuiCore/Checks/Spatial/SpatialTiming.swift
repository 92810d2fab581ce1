import Synchronization

/// Wall time spent in spatial rules (reading, preparing and measuring geometry, and the rules' own work on the
/// results), summed over every thread since the process started: `check --timings` shows it as part of checking,
/// the share a geometry library alone would be compared with (scripts/bench-spatial).
public enum SpatialTiming {
  private static let nanoseconds = Atomic<Int64>(0)

  /// The time measured so far.
  public static var total: Duration { .nanoseconds(nanoseconds.load(ordering: .relaxed)) }

  /// Runs `body`, adding its wall time to the total (two clock reads: tens of nanoseconds per rule and node).
  static func measure<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
    let start = ContinuousClock.now
    defer {
      let elapsed = start.duration(to: .now).components
      nanoseconds.add(elapsed.seconds * 1_000_000_000 + elapsed.attoseconds / 1_000_000_000, ordering: .relaxed)
    }
    return try body()
  }
}
