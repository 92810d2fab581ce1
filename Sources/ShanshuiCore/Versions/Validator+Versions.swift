import ShanshuiXML

extension Validator {
  /// Rule-checks a parsed submission, schema-validated by the newest version's schema, with this validator's
  /// version, and records `choice` in the result; a judging date before every version adds the info notice
  /// SS-SYS-003.
  /// - parameter selection: the profile selection; nil: every profile side by side (`--profile all`).
  /// - parameter source: the document's bytes, when at hand (lines of comments past line 65,535).
  public func check(
    _ document: XMLDocument, path: String, selection: ProfileSelection?, source: [UInt8]? = nil,
    judgedBy choice: VersionChoice
  ) -> FileResult {
    var result =
      selection.map { check(document, path: path, selection: $0, source: source) }
      ?? checkEveryProfile(document, path: path, source: source)
    result.judgedBy = choice
    if choice.beforeEveryVersion, result.status == .checked, let root = document.root {
      let profile = selection.map { ProfilePlan(root: root, selection: $0).projectProfile } ?? .unified
      let notice = FindingBuilder.beforeEveryVersion(
        root: root, choice: choice, profile: profile, file: path, paths: UnitSubject.pathBuilder())
      let index = result.findings.firstIndex { $0.location.line > notice.location.line } ?? result.findings.endIndex
      result.findings.insert(notice, at: index)
    }
    return result
  }
}
