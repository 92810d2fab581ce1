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
  /// The smallest ratio that shows the measured work grows with its input at all. Not applied under a sanitizer
  /// (`SHANSHUI_SANITIZER`, set by scripts/sanitize): ThreadSanitizer's runtime takes a global lock per allocation, and
  /// while other tests allocate, a small run's cost becomes mostly waiting (a diff of 80 rules measured 256 ms under
  /// TSan against 19 ms without, so 10x the rules came out 2.3x). The maximum still applies there: quadratic growth
  /// shows through any constant.
  public static let minimumRatio: Double = getenv("SHANSHUI_SANITIZER") == nil ? 3.0 : 0.0

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

  /// The cost of `large` over the cost of `small`, each the least of `runs` runs. The small one runs once beforehand,
  /// so that lazily built state is built before either is measured; then the two alternate, so that a burst of load
  /// from other tests disturbs runs of both sizes rather than all the runs of one.
  /// With `SHANSHUI_PRINT_SCALING=1` in the environment, each measurement is printed (for the closing figures).
  public static func ratio(
    runs: Int = 3, function: String = #function, small: () throws -> Void, large: () throws -> Void
  ) rethrows -> Measured {
    try small()
    var smallCost = Double.infinity
    var largeCost = Double.infinity
    for _ in 0..<max(1, runs) {
      smallCost = min(smallCost, try cost(runs: 1, small))
      largeCost = min(largeCost, try cost(runs: 1, large))
    }
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
