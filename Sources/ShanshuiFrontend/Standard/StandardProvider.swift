import ShanshuiBundledStandard
import ShanshuiCore

/// Loads the standard a run works on: a path (`--standard`), or the one compiled into the binary. Every command and
/// every other caller loads it here, so a standard is read, checked and reported on one way.
public enum StandardProvider {
  /// The standard at `path`, or the bundled one for `nil`; a broken standard is the failure, with every problem.
  /// What loading only warns about is in `Standard.warnings` (E213).
  public static func load(_ path: String?) -> Result<Standard, StandardLoader.Failure> {
    loadKeepingFiles(path).map(\.standard)
  }

  /// The standard at `path` (the bundled one for `nil`) with a snapshot of the files it was loaded from, so that
  /// further copies (`copy(of:)`) are of exactly this standard.
  public static func loadKeepingFiles(_ path: String?) -> Result<LoadedStandard, StandardLoader.Failure> {
    // The bundled standard is verified in full by the test suite (BundledStandardTests) on the bytes that are built
    // in; verifying it again was two thirds of a small file's `check`. A standard given by path is verified.
    let loader = StandardLoader(toolFiles: BundledStandard.files, verifies: path != nil)
    let source = path.map(StandardSource.at) ?? BundledStandard.source
    return Result { () throws(StandardLoader.Failure) in
      let (standard, files) = try loader.loadKeepingFiles(source)
      return LoadedStandard(standard: standard, files: files)
    }
  }

  /// A further copy of `loaded`, with its own compiled XPath (for another thread: see `BatchRunner`), built from the
  /// snapshot in memory: nothing is read from disk, and nothing the first load verified on the same bytes is
  /// verified again. Nil only if the snapshot no longer loads (it cannot, being the same bytes).
  public static func copy(of loaded: LoadedStandard) -> Standard? {
    let loader = StandardLoader(toolFiles: BundledStandard.files, verifies: false)
    return try? loader.load(loaded.files)
  }
}

/// A loaded standard and the files it was loaded from (in memory).
public struct LoadedStandard: Sendable {
  public let standard: Standard
  /// Every file the load read, named as on disk (`StandardSource.snapshot`).
  public let files: StandardSource

  public init(standard: Standard, files: StandardSource) {
    self.standard = standard
    self.files = files
  }
}
