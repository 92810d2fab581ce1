import Foundation

/// Facts about the machine the service runs on.
enum System {
  /// The cores the process may use.
  static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
