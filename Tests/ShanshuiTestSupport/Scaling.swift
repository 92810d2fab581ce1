#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Measures how the cost of a piece of work grows with its input, for the scaling tests: each loop over
/// input-controlled data is run at two sizes ten times apart, and the ratio of their costs must stay at most
/// `maximumRatio` (linear growth gives about 10, quadratic about 100).
///
/// The cost is the CPU time of the calling thread, not wall time, so other tests running at the same time do not
/// count; the least of several runs is kept, being the least disturbed one. Work measured this way must stay on the
/// calling thread (no `-j`, no task groups).
public enum Scaling {
  /// The largest accepted cost ratio for an input ten times larger.
  public static let maximumRatio = 20.0
  /// The smallest ratio that shows the measured work grows with its input at all.
  public static let minimumRatio = 3.0

  /// The calling thread's CPU time spent in `work`, in seconds: the least of `runs` runs.
  public static func cost(runs: Int = 3, _ work: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<max(1, runs) {
      let start = threadCPUTime()
      try work()
      best = min(best, threadCPUTime() - start)
    }
    return best
  }

  /// The cost of `large` over the cost of `small`, each the least of `runs` runs; the small one runs first (and once
  /// more beforehand, so that lazily built state is built before either is measured).
  /// With `SHANSHUI_PRINT_SCALING=1` in the environment, each measurement is printed (for the closing figures).
  public static func ratio(
    runs: Int = 3, function: String = #function, small: () throws -> Void, large: () throws -> Void
  ) rethrows -> Measured {
    try small()
    let smallCost = try cost(runs: runs, small)
    let largeCost = try cost(runs: runs, large)
    let measured = Measured(small: smallCost, large: largeCost)
    if getenv("SHANSHUI_PRINT_SCALING") != nil { print("scaling: \(function): \(measured)") }
    return measured
  }

  /// Two measured costs and their ratio.
  public struct Measured: CustomStringConvertible, Sendable {
    public var small: Double
    public var large: Double
    /// `large / small`; a small cost under a microsecond counts as a microsecond so that the ratio stays finite.
    public var ratio: Double { large / max(small, 1e-6) }
    /// Whether the ratio is within `Scaling.maximumRatio`, and at least `Scaling.minimumRatio`: a cost that does not
    /// grow with a tenfold input means the work was not measured (it ran on another thread, or not at all).
    public var isWithinBound: Bool { ratio >= Scaling.minimumRatio && ratio <= Scaling.maximumRatio }
    public var description: String {
      "cost \(milliseconds(small)) ms → \(milliseconds(large)) ms, ratio \((ratio * 10).rounded() / 10) (bounds \(Int(Scaling.minimumRatio))–\(Int(Scaling.maximumRatio)))"
    }
    private func milliseconds(_ seconds: Double) -> Double { (seconds * 10_000).rounded() / 10 }
  }

  static func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
