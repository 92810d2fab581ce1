import ShanshuiXML

/// The programmes a submission states (`project/programme/@code`), which decide whether rules limited to programmes
/// (`<applies programmes>`) apply to it.
enum ProgrammeScope {
  private static let programmeName = XMLName("programme", namespace: Namespaces.submission)

  /// The codes of `project`'s `programme` elements (empty when it names none), as written: compared exactly, as the
  /// Schematron export's `s:programme/@code = '…'` compares them.
  static func codes(of project: XMLNode?) -> Set<String> {
    Set((project?.children(named: programmeName) ?? []).compactMap { $0.attribute("code") })
  }

  /// Whether `project` has a `programme` element.
  static func statesProgramme(_ project: XMLNode?) -> Bool {
    project?.firstChild(named: programmeName) != nil
  }

  /// The rules limited to programmes that would apply to a project of `projectType` under `profile` if it named
  /// one of their programmes, in standard order.
  static func rulesNotApplied(standard: Standard, applicable: [Bool], projectType: String) -> [Rule] {
    zip(standard.rules, applicable).filter { rule, applies in
      applies && !rule.programmes.isEmpty && (rule.projectTypes.isEmpty || rule.projectTypes.contains(projectType))
    }.map(\.0)
  }

  /// The rules in the notice's words: each id with its programmes, `SS-FUN-002 (central-ssw)`.
  static func list(_ rules: [Rule]) -> LocalizedText {
    LocalizedText(
      zh: rules.map { "\($0.id)（\($0.programmes.sorted().joined(separator: "、"))）" }.joined(separator: "；"),
      en: rules.map { "\($0.id) (\($0.programmes.sorted().joined(separator: ", ")))" }.joined(separator: "; "))
  }
}
