import Foundation

/// Paths inside the repository, found from this file's location so tests run from any working directory.
public enum Repository {
  /// The repository root.
  public static let root: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url
  }()

  public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

  /// The bytes of a repository file.
  public static func bytes(_ relative: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url(relative)))
  }

  /// Every `.xml`/`.xsd` file and bundled source text (`.txt`) under `standards/`, by path relative to it.
  /// - parameter includingVersions: also the older versions under `versions/`; without them, the files are the
  ///   current version alone, so a copy edited by a test is the only version that can judge a submission.
  public static func standardFiles(includingVersions: Bool = false) throws -> [String: [UInt8]] {
    let base = url("standards")
    var files: [String: [UInt8]] = [:]
    let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
    while let item = walker?.nextObject() as? URL {
      guard ["xml", "xsd", "txt"].contains(item.pathExtension) else { continue }
      let relative = String(item.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
      if !includingVersions && relative.hasPrefix("versions/") { continue }
      files[relative] = [UInt8](try Data(contentsOf: item))
    }
    return files
  }

  /// The fixtures, sorted.
  public static func fixtures() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url("fixtures").path)
      .filter { $0.hasSuffix(".xml") }.sorted()
  }
}
