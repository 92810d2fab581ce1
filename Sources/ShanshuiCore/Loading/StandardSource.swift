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
