/// Wall times of a `check` run's phases (`check --timings`), in the order they ran: loading the standard, loading
/// each layer, checking the files, writing the reports. Measured always (a clock read per phase), printed only when
/// asked, on standard error: the reports stay byte-identical.
public struct PhaseTimings: Sendable, Hashable {
  /// One phase and how long it took.
  public struct Phase: Sendable, Hashable {
    /// `standard`, `layer ROLE`, `checking` or `reports`.
    public var name: String
    /// Wall time, seconds.
    public var seconds: Double
    /// What the phase worked on ("1 file", "200000 features"), or empty.
    public var detail: String
  }

  public private(set) var phases: [Phase] = []

  public init() {}

  /// Records a phase that started at `start` and ends now.
  public mutating func record(_ name: String, since start: ContinuousClock.Instant, detail: String = "") {
    record(name, start.duration(to: .now), detail: detail)
  }

  /// Records a phase that took `duration`.
  public mutating func record(_ name: String, _ duration: Duration, detail: String = "") {
    phases.append(Phase(name: name, seconds: Self.seconds(duration), detail: detail))
  }

  static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }

  /// "1234.5 ms".
  static func milliseconds(_ duration: Duration) -> String { milliseconds(seconds(duration)) }

  /// The lines `--timings` prints: `shanshui: timing standard: 31.2 ms`, one per phase, and the total.
  public var text: String {
    var lines = phases.map { phase in
      "shanshui: timing \(phase.name): \(Self.milliseconds(phase.seconds))"
        + (phase.detail.isEmpty ? "" : " (\(phase.detail))")
    }
    lines.append("shanshui: timing total: \(Self.milliseconds(phases.reduce(0) { $0 + $1.seconds }))")
    return lines.joined(separator: "\n") + "\n"
  }

  static func milliseconds(_ seconds: Double) -> String {
    let tenths = Int((seconds * 10_000).rounded())
    return "\(tenths / 10).\(tenths % 10) ms"
  }
}
