import Foundation

/// Where a standard's files come from: a directory with `standard.xml`, a single file (a manifest or one rule
/// document), or files in memory (the bundled standard).
public enum StandardSource: Sendable {
  case directory(String)
  case file(String)
  case inMemory(name: String, files: [String: [UInt8]])
  /// The files a load of another source read (`StandardLoader.loadKeepingFiles`), named as that source names them.
  indirect case snapshot(of: StandardSource, files: [String: [UInt8]])

  /// The path of the entry file, relative to the source's root.
  var entry: String {
    switch self {
    case .directory, .inMemory: return "standard.xml"
    case .file(let path): return (path as NSString).lastPathComponent
    case .snapshot(let source, _): return source.entry
    }
  }

  /// Reads `relative` (a path below the root); throws a readable message.
  func read(_ relative: String) throws -> [UInt8] {
    switch self {
    case .inMemory(_, let files):
      guard let bytes = files[relative] else { throw SourceError("no such file in the bundled standard") }
      return bytes
    case .snapshot(_, let files):
      guard let bytes = files[relative] else { throw SourceError("not read when the standard was first loaded") }
      return bytes
    case .directory, .file:
      let url = URL(fileURLWithPath: displayPath(relative))
      do {
        return [UInt8](try Data(contentsOf: url))
      } catch {
        throw SourceError((error as NSError).localizedFailureReason ?? "cannot be read")
      }
    }
  }

  /// The path of the entry file relative to the root, as named in messages (`standard.xml`).
  public var entryName: String { entry }

  /// The directory on disk the source's relative paths start from (a version's `versions/` directory is below it);
  /// nil for files in memory.
  public var rootDirectory: String? {
    switch self {
    case .directory(let root): return root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    case .file(let path):
      let directory = (path as NSString).deletingLastPathComponent
      return directory.isEmpty ? "." : directory
    case .inMemory, .snapshot: return nil
    }
  }

  /// The manifests of the older versions beside the entry (`versions/NAME/standard.xml`, relative to the root),
  /// sorted.
  public var versionManifests: [String] {
    let paths: [String]
    switch self {
    case .inMemory(_, let files), .snapshot(_, let files): paths = Array(files.keys)
    case .directory, .file:
      guard let root = rootDirectory else { return [] }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/versions")) ?? []
      paths = names.map { "versions/\($0)/standard.xml" }.filter {
        FileManager.default.fileExists(atPath: root + "/" + $0)
      }
    }
    return StandardVersionSet.versionDirectories(among: paths).map { $0 + "/standard.xml" }
  }

  /// How `relative` is named in messages.
  public func displayPath(_ relative: String) -> String {
    switch self {
    case .inMemory(let name, _): return "\(name)/\(relative)"
    case .snapshot(let source, _): return source.displayPath(relative)
    case .directory(let root): return root.hasSuffix("/") ? root + relative : root + "/" + relative
    case .file(let path):
      let directory = (path as NSString).deletingLastPathComponent
      if directory.isEmpty { return relative }
      return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
  }

  /// Picks `.directory` or `.file` for a path on disk.
  public static func at(_ path: String) -> StandardSource {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      return .directory(path)
    }
    return .file(path)
  }
}

struct SourceError: Error {
  let reason: String
  init(_ reason: String) { self.reason = reason }
}
