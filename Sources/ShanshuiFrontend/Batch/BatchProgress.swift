/// Hears of a batch's progress, from any worker thread: the CLI's progress line, a service's status, or nothing.
public protocol BatchProgress: Sendable {
  /// One more input done.
  func advance()
  /// The batch is over (before the report is written).
  func finish()
}
