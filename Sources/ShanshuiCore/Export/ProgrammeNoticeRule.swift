/// The engine's SS-SYS-002 notice (a submission that states no programme, while rules limited to programmes would
/// apply to its project type) as a Schematron rule, so that the export reports it exactly when `shanshui check
/// --profile P` does.
enum ProgrammeNoticeRule {
  /// The rule for the rules applicable under the exported profile, or nil when none is limited to programmes.
  static func rule(rules: [Rule], language: Language) -> SchematronRule? {
    let scoped = rules.filter { !$0.programmes.isEmpty }
    guard !scoped.isEmpty else { return nil }
    // The notice fires for a project type some scoped rule applies to; a rule for every type makes it fire always.
    let types = Set(scoped.flatMap(\.projectTypes)).sorted()
    let test =
      scoped.contains { $0.projectTypes.isEmpty }
      ? "false()" : "not(\(XPathText.any(types.map { "@type = \(XPathText.literal($0))" })))"
    let notice = SystemNotice.noProgramme
    return SchematronRule(
      id: notice.id, severity: notice.severity.rawValue, title: notice.title.text(language),
      context: "/s:submission/s:project[not(s:programme)]", lets: [], test: test,
      message: [
        .text(
          notice.message.text(language).replacingOccurrences(
            of: "{rules}", with: ProgrammeScope.list(scoped).text(language)))
      ])
  }
}
