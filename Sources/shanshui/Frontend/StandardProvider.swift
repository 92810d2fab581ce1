import ShanshuiBundledStandard
import ShanshuiCore

/// Loads the standard a command works on: `--standard PATH`, or the one compiled into the binary.
enum StandardProvider {
  static func load(_ path: String?) -> Result<Standard, StandardLoader.Failure> {
    let loader = StandardLoader(toolFiles: BundledStandard.files)
    let source = path.map(StandardSource.at) ?? BundledStandard.source
    return Result { () throws(StandardLoader.Failure) in try loader.load(source) }
  }
}
