import Foundation
import ShanshuiBundledStandard
import ShanshuiCore

/// A standard with its versions: the current one, loaded, and the older ones beside it (`versions/VERSION/`), known
/// by their headers and each loaded once, on first use, whichever thread asks.
///
/// Start-up pays for the current version only, plus reading each older version's manifest header (a few hundred
/// bytes each): an older version's rule documents are decoded, parsed and compiled only when a file needs it.
public final class VersionedStandard: Sendable {
  /// The current version as loaded (and its files, for further workers' copies).
  public let current: LoadedStandard
  /// Every version's header.
  public let set: StandardVersionSet
  /// Where older versions are read from: the bundle, or a directory on disk.
  private let origin: Origin
  private let loads = OnceCache<String, Result<Standard, StandardLoader.Failure>>()

  enum Origin: Sendable {
    case bundled
    /// The root directory the versions' directories are relative to (the directory of `--standard`'s entry file).
    case disk(String)
  }

  init(current: LoadedStandard, set: StandardVersionSet, origin: Origin) {
    self.current = current
    self.set = set
    self.origin = origin
  }

  /// The standard at `path` (the bundled one for `nil`) with its versions: the current one loaded, the others'
  /// headers read (a header that cannot be read as a version is a failure, E215).
  public static func load(_ path: String?) -> Result<VersionedStandard, StandardLoader.Failure> {
    let loaded: LoadedStandard
    switch StandardProvider.loadKeepingFiles(path) {
    case .failure(let failure): return .failure(failure)
    case .success(let success): loaded = success
    }
    let info = loaded.standard.info
    let entry =
      path.map { StandardSource.at($0).displayPath(StandardSource.at($0).entryName) } ?? "<bundled>/standard.xml"
    guard let effective = CalendarDate(JudgingDate.withoutZone(info.effective)) else {
      return .failure(
        StandardLoader.Failure(diagnostics: [
          Diagnostic(
            .versionInvalid,
            LocalizedText(
              zh: "施行日期 “\(info.effective)” 不是 YYYY-MM-DD 日期",
              en: "the effective date '\(info.effective)' is not a YYYY-MM-DD date"),
            at: SourceLocation(file: entry, line: 0))
        ]))
    }
    var members = [StandardVersionSet.Member(info: info, effective: effective, directory: "")]
    var problems: [Diagnostic] = []
    let origin: Origin
    let manifests: [(directory: String, file: String, bytes: [UInt8]?)]
    if let path {
      // A path on disk always has a directory (`.` for a bare file name).
      let root = StandardSource.at(path).rootDirectory ?? "."
      origin = .disk(root)
      manifests = StandardSource.at(path).versionManifests.map { manifest in
        let directory = String(manifest.dropLast("/standard.xml".count))
        let file = root + "/" + manifest
        return (directory, file, FileManager.default.contents(atPath: file).map { [UInt8]($0) })
      }
    } else {
      origin = .bundled
      manifests = BundledStandard.versionDirectories.map {
        ($0, "<bundled>/\($0)/standard.xml", BundledStandard.manifest(ofVersion: $0))
      }
    }
    for manifest in manifests {
      guard let bytes = manifest.bytes else {
        problems.append(
          Diagnostic(
            .versionInvalid, LocalizedText(zh: "无法读取版本清单", en: "cannot read the version's manifest"),
            at: SourceLocation(file: manifest.file, line: 0)))
        continue
      }
      switch StandardVersionSet.header(bytes: bytes, file: manifest.file, directory: manifest.directory) {
      case .success(let member): members.append(member)
      case .failure(let problem): problems.append(problem)
      }
    }
    guard problems.isEmpty else { return .failure(StandardLoader.Failure(diagnostics: problems)) }
    return .success(VersionedStandard(current: loaded, set: StandardVersionSet(members: members), origin: origin))
  }

  /// The standard of `member`, loaded on first use (once per run; later calls return the same result).
  public func standard(_ member: StandardVersionSet.Member) -> Result<Standard, StandardLoader.Failure> {
    if member.isCurrent { return .success(current.standard) }
    return loads.value(for: member.directory) { load(member) }
  }

  /// The directories of the older versions loaded so far (for tests and the start-up measurement).
  public var loadedVersionDirectories: [String] { loads.keys.sorted() }

  /// The standards of the older versions loaded so far.
  public var loadedOlderStandards: [Standard] {
    loads.values.compactMap { try? $0.get() }
  }

  private func load(_ member: StandardVersionSet.Member) -> Result<Standard, StandardLoader.Failure> {
    let source: StandardSource
    let verifies: Bool
    switch origin {
    case .bundled:
      source = BundledStandard.source(ofVersion: member.directory)
      // Verified by the test suite before it was built in, as the current bundled version is.
      verifies = false
    case .disk(let root):
      source = .directory(root + "/" + member.directory)
      verifies = true
    }
    let loader = StandardLoader(toolFiles: BundledStandard.files, verifies: verifies)
    return Result { () throws(StandardLoader.Failure) in try loader.load(source) }
  }

}
