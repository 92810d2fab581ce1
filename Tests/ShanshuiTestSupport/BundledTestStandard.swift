import ShanshuiBundledStandard
import ShanshuiCore

/// The bundled standard, loaded once per test process and shared by every suite (a `Standard` and a `Validator` are
/// immutable and safe to use from any number of threads at once: `ConcurrentCheckingTests` proves it under
/// ThreadSanitizer).
public enum BundledTestStandard {
  /// The load's outcome, kept so that a broken standard fails each test that needs it with the loader's diagnostics.
  public static let result = Result { () throws(StandardLoader.Failure) -> Standard in try load() }

  /// The bundled standard; throws the loader's failure.
  public static func standard() throws(StandardLoader.Failure) -> Standard { try result.get() }

  /// A validator for the bundled standard, or `nil` when it does not load.
  public static let validator: Validator? = try? Validator(standard: standard())

  /// A fresh load, for tests that load standards concurrently or compare two loads.
  public static func load() throws(StandardLoader.Failure) -> Standard {
    try StandardLoader(toolFiles: BundledStandard.files).load(BundledStandard.source)
  }
}
