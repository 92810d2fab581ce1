import ShanshuiCore

/// `shanshui standard versions`: every version of the standard with its effective date, oldest first, and which is
/// in force on a date (today by default).
public enum VersionListFormat: String, Sendable, CaseIterable {
  case text, json

  /// - parameter on: the date whose version in force is marked.
  public func render(_ set: StandardVersionSet, on date: CalendarDate, language: Language) -> String {
    let inForce = set.inForce(on: date)?.member
    switch self {
    case .text: return Self.text(set, inForce: inForce, date: date, language: language)
    case .json: return JSONText.encode(VersionListJSON(set: set, inForce: inForce, date: date, language: language))
    }
  }

  private static func text(
    _ set: StandardVersionSet, inForce: StandardVersionSet.Member?, date: CalendarDate, language: Language
  ) -> String {
    let zh = language == .zh
    var lines = [(set.current?.info.id ?? set.members.first?.info.id ?? "?") + (zh ? " 的版本" : " versions")]
    let width = set.members.map(\.info.version.count).max() ?? 0
    for member in set.members {
      let version = member.info.version.padding(toLength: width, withPad: " ", startingAt: 0)
      let place = member.isCurrent ? "standard.xml" : member.directory + "/standard.xml"
      var line = "  \(version)  \(member.info.effective)  \(member.info.status)  \(place)"
      if member.isCurrent { line += zh ? "（当前版本）" : " (current)" }
      if member == inForce { line += zh ? "  ← \(date) 施行中" : "  <- in force on \(date)" }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// The version list as versioned JSON (`formatVersion` 1).
struct VersionListJSON: Encodable {
  var formatVersion = 1
  var id: String
  /// The date `inForce` refers to.
  var date: String
  /// The version in force on `date`.
  var inForce: String?
  var versions: [Version]

  struct Version: Encodable {
    var version, effective, status, title, manifest: String
    var current: Bool
  }

  init(set: StandardVersionSet, inForce: StandardVersionSet.Member?, date: CalendarDate, language: Language) {
    id = set.current?.info.id ?? set.members.first?.info.id ?? ""
    self.date = date.description
    self.inForce = inForce?.info.version
    versions = set.members.map { member in
      Version(
        version: member.info.version, effective: member.info.effective, status: member.info.status,
        title: member.info.title.text(language),
        manifest: member.isCurrent ? "standard.xml" : member.directory + "/standard.xml", current: member.isCurrent)
    }
  }
}
