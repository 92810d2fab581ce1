import ShanshuiXML

/// The versions of a standard a run can judge by: the current one (`standard.xml`, the newest) and the frozen
/// snapshots beside it (`versions/VERSION/standard.xml`), each known by its manifest's header until it is loaded.
///
/// A file is judged by the version in force on its judging date: the one with the latest effective date on or
/// before it; a date before every version takes the oldest (docs/editing-the-standard.md, Standard versions).
public struct StandardVersionSet: Sendable {
  /// One version: its manifest's header and where its files are.
  public struct Member: Sendable, Hashable {
    public var info: StandardInfo
    public var effective: CalendarDate
    /// The version's directory below the standard's root: "" for the current version, `versions/0.1.0` for a
    /// snapshot.
    public var directory: String
    /// Whether this is the current version (`standard.xml` at the root).
    public var isCurrent: Bool { directory.isEmpty }

    public init(info: StandardInfo, effective: CalendarDate, directory: String) {
      self.info = info
      self.effective = effective
      self.directory = directory
    }
  }

  /// Every version, oldest first (by effective date; on equal dates, which `lint` reports as SL024, the current
  /// version counts as the later one, then the directory names decide).
  public let members: [Member]

  public init(members: [Member]) {
    self.members = members.sorted { lhs, rhs in
      if lhs.effective != rhs.effective { return lhs.effective < rhs.effective }
      if lhs.isCurrent != rhs.isCurrent { return rhs.isCurrent }
      return lhs.directory < rhs.directory
    }
  }

  /// The current version (`standard.xml` at the root).
  public var current: Member? { members.first(where: \.isCurrent) }

  /// The version in force on `date`: the latest effective on or before it; before every version, the oldest, and
  /// `before` is true.
  public func inForce(on date: CalendarDate) -> (member: Member, before: Bool)? {
    if let member = members.last(where: { $0.effective <= date }) { return (member, false) }
    return members.first.map { ($0, true) }
  }

  /// The version called `version` (`standard/@version`); of two with the same name (SL024), the later one.
  public func named(_ version: String) -> Member? { members.last { $0.info.version == version } }

  /// The header of a version's manifest: its identity and effective date, or the problem (E215) that makes it
  /// unusable as a version.
  public static func header(
    bytes: [UInt8], file: String, directory: String
  ) -> Result<Member, Diagnostic> {
    let problem = { (zh: String, en: String, line: Int) in
      Diagnostic(.versionInvalid, LocalizedText(zh: zh, en: en), at: SourceLocation(file: file, line: line))
    }
    guard let document = try? XMLDocument.parse(bytes, url: file), let root = document.root,
      root.localName == "standard", root.namespaceURI == Namespaces.standard
    else {
      return .failure(
        problem("版本清单不是可读的标准清单（standard.xml）", "the version's manifest is not a readable standard.xml", 0))
    }
    let info = RuleDocumentParser.info(of: root)
    guard let effective = CalendarDate(info.effective) else {
      return .failure(
        problem(
          "版本 \(info.version) 的施行日期 “\(info.effective)” 不是 YYYY-MM-DD 日期",
          "version \(info.version): the effective date '\(info.effective)' is not a YYYY-MM-DD date", root.line))
    }
    return .success(Member(info: info, effective: effective, directory: directory))
  }

  /// The directory of each version under `versions/` among `paths` (relative to the standard's root): those that
  /// hold a `standard.xml` directly below `versions/NAME/`, sorted.
  public static func versionDirectories(among paths: some Sequence<String>) -> [String] {
    paths.compactMap { path -> String? in
      let parts = path.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0] == "versions", !parts[1].isEmpty, parts[2] == "standard.xml" else { return nil }
      return "versions/\(parts[1])"
    }.sorted()
  }
}
