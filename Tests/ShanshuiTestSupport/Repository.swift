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

  /// The manifests of the frozen versions (`standards/versions/NAME/standard.xml`, relative to `standards/`) that
  /// carry the same version name as `standards/standard.xml`. While the current version has not been bumped past a
  /// snapshot of itself (issue 16: 0.1.0 is frozen on one branch, the current version becomes 0.2.0 on another),
  /// lint rightly reports each as SL024; once it is bumped, this is empty and the bundled standard lints clean.
  public static func versionsNamedLikeTheCurrentOne() throws -> [String] {
    func version(_ relative: String) throws -> String? {
      let text = String(decoding: try bytes("standards/" + relative), as: UTF8.self)
      guard let root = text.range(of: "<standard "),
        let start = text[root.upperBound...].range(of: "version=\""),
        let end = text[start.upperBound...].firstIndex(of: "\"")
      else { return nil }
      return String(text[start.upperBound..<end])
    }
    let current = try version("standard.xml")
    return try standardFiles(includingVersions: true).keys.filter {
      $0.hasPrefix("versions/") && $0.hasSuffix("/standard.xml") && $0.split(separator: "/").count == 3
    }.sorted().filter { try version($0) == current }
  }

  /// Every `.xml`/`.xsd` file under `standards/`, by path relative to it.
  /// - parameter includingVersions: also the older versions under `versions/`; without them, the files are the
  ///   current version alone, so a copy edited by a test is the only version that can judge a submission.
  public static func standardFiles(includingVersions: Bool = false) throws -> [String: [UInt8]] {
    let base = url("standards")
    var files: [String: [UInt8]] = [:]
    let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
    while let item = walker?.nextObject() as? URL {
      guard ["xml", "xsd"].contains(item.pathExtension) else { continue }
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
