import Foundation
import ShanshuiCore

/// The standard compiled into the binary from `standards/` at build time: the current version, and the older
/// versions frozen under `standards/versions/` (each decoded only when a run needs it).
public enum BundledStandard {
  /// The current version's files (everything but `versions/`): path relative to `standards/` → bytes.
  public static let files: [String: [UInt8]] = decode { !$0.hasPrefix(versionsPrefix) }

  /// The bundled files of the current version as a source the standard loader reads from.
  public static var source: StandardSource { .inMemory(name: "<bundled>", files: files) }

  /// The current version's files and each older version's manifest (`versions/NAME/standard.xml`), for linting the
  /// set of versions (SL024) without decoding the older versions' rule documents.
  public static var sourceWithVersionManifests: StandardSource {
    var files = self.files
    for directory in versionDirectories { files[directory + "/standard.xml"] = manifest(ofVersion: directory) }
    return .inMemory(name: "<bundled>", files: files)
  }

  /// The directory of each bundled older version, `versions/0.1.0`, sorted.
  public static let versionDirectories: [String] = StandardVersionSet.versionDirectories(
    among: embeddedStandardFiles.map(\.path))

  /// The files of the bundled version in `directory` (`versions/0.1.0`), relative to it; decoded on each call.
  public static func files(ofVersion directory: String) -> [String: [UInt8]] {
    let prefix = directory + "/"
    var files: [String: [UInt8]] = [:]
    for (path, bytes) in decode({ $0.hasPrefix(prefix) }) { files[String(path.dropFirst(prefix.count))] = bytes }
    return files
  }

  /// The manifest (`standard.xml`) of the bundled version in `directory`, decoded alone.
  public static func manifest(ofVersion directory: String) -> [UInt8]? {
    decode { $0 == directory + "/standard.xml" }.values.first
  }

  /// The bundled version in `directory` as a source, named `<bundled>/versions/0.1.0` in messages.
  public static func source(ofVersion directory: String) -> StandardSource {
    .inMemory(name: "<bundled>/" + directory, files: files(ofVersion: directory))
  }

  /// Every embedded file, every version (for the test that compares them with `standards/`).
  public static var allFiles: [String: [UInt8]] { decode { _ in true } }

  private static let versionsPrefix = "versions/"

  private static func decode(_ include: (String) -> Bool) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for (path, base64) in embeddedStandardFiles where include(path) {
      files[path] = Data(base64Encoded: base64).map { [UInt8]($0) } ?? []
    }
    return files
  }
}
