import ShanshuiXML

/// Turns check failures into findings: message, location, parameter and notes.
enum FindingBuilder {
  /// - parameter citations: the rule's sources cited (`RuleTable.citations`), shared by all its findings.
  static func finding(
    rule: Rule, citations: [LocalizedText], failure: CheckFailure, context: CheckContext, file: String,
    paths: XMLPathBuilder
  ) -> Finding {
    var values = failure.values
    values["profile"] = context.profile.title
    let path = paths.path(of: failure.node)
    values["path"] = LocalizedText(path)
    let template = failure.message ?? failure.bound.flatMap { rule.boundMessages[$0] } ?? rule.message
    var message = template.map { template, language in
      MessageTemplate.render(template, language: language, values: values, parameters: context.parameters)
    }
    // A spatial finding names its unit in its detail line already.
    if let unit = UnitSubject(containing: failure.node), failure.spatial?.unitID != unit.id {
      message = unit.introducing(message)
    }
    var notes = failure.notes
    if failure.message == nil, let side = failure.bound, rule.boundMessages[side] == nil,
      rule.check.boundSides.count > 1
    {
      // One message for both bounds cannot say which was crossed (lint SL021): the note does.
      let limit = [values["limit"], values["unit"]].compactMap { $0 }
      let zh = limit.map { $0.text(.zh) }.joined(separator: " ").trimmed
      let en = limit.map { $0.text(.en) }.joined(separator: " ").trimmed
      notes.append(
        side == .min
          ? LocalizedText(zh: "低于下限 \(zh)", en: "below the minimum of \(en)")
          : LocalizedText(zh: "超过上限 \(zh)", en: "above the maximum of \(en)"))
    }
    let fallbacks = rule.parameterIDs.sorted().compactMap { context.parameters[$0] }.filter { $0.fallbackFrom != nil }
    for parameter in fallbacks {
      guard let from = parameter.fallbackFrom else { continue }
      let value = NumberFormat.format(parameter.number)
      let unit = parameter.parameter.unit.symbol
      let both = Profile.provinces.allSatisfy { parameter.parameter.values[$0] != nil }
      notes.append(
        LocalizedText(
          zh:
            "参数 \(parameter.parameter.id) 尚无统一值：统一标准暂按\(both ? "较严格的" : "唯一的")\(from.title.text(.zh))值 \(value)\(unit.text(.zh)) 判定",
          en:
            "parameter \(parameter.parameter.id) has no unified value yet: the unified profile applies the \(both ? "stricter" : "only") \(from.title.text(.en)) value \(value) \(unit.text(.en))"
        ))
    }
    var finding = Finding(
      ruleID: rule.id, severity: rule.severity, theme: rule.theme, title: rule.title, message: message,
      location: SourceLocation(file: file, line: failure.node.line), path: path,
      anchoredPath: failure.node.anchoredPath, profile: context.profile,
      parameter: failure.parameter.map(parameterUse), notes: notes,
      sources: citations)
    finding.spatial = failure.spatial
    return finding
  }

  static func parameterUse(_ parameter: ResolvedParameter) -> Finding.ParameterUse {
    Finding.ParameterUse(
      id: parameter.parameter.id, value: parameter.number, unit: parameter.parameter.unit.id,
      status: parameter.value.status, valueFrom: parameter.fallbackFrom ?? parameter.profile,
      sources: parameter.citations, reason: parameter.value.reason)
  }

  /// The info finding for a division outside Chongqing and Sichuan, judged under `unified`.
  static func foreignDivision(node: XMLNode, code: String, file: String, paths: XMLPathBuilder) -> Finding {
    let notice = SystemNotice.foreignDivision
    var message = LocalizedText(
      zh: notice.message.text(.zh).replacingOccurrences(of: "{code}", with: code),
      en: notice.message.text(.en).replacingOccurrences(of: "{code}", with: code))
    if let unit = UnitSubject(containing: node) { message = unit.introducing(message) }
    return Finding(
      ruleID: notice.id, severity: notice.severity, theme: notice.theme, title: notice.title,
      message: message,
      location: SourceLocation(file: file, line: node.line), path: paths.path(of: node),
      anchoredPath: node.anchoredPath,
      profile: .unified, parameter: nil, notes: [], sources: [])
  }

  /// The info finding for a submission that states no programme, listing the programme rules not applied to it.
  static func noProgramme(
    project: XMLNode, rules: [Rule], profile: Profile, file: String, paths: XMLPathBuilder
  ) -> Finding {
    let notice = SystemNotice.noProgramme
    let list = ProgrammeScope.list(rules)
    return Finding(
      ruleID: notice.id, severity: notice.severity, theme: notice.theme, title: notice.title,
      message: notice.message.map { template, language in
        template.replacingOccurrences(of: "{rules}", with: list.text(language))
      },
      location: SourceLocation(file: file, line: project.line), path: paths.path(of: project),
      anchoredPath: project.anchoredPath, profile: profile, parameter: nil, notes: [], sources: [])
  }

  /// SS-SYS-004: layers were given, the submission has no geometry; the notice is on the root element.
  static func noGeometry(
    root: XMLNode, roles: [String], profile: Profile, file: String, paths: XMLPathBuilder
  ) -> Finding {
    let notice = SystemNotice.noGeometry
    return Finding(
      ruleID: notice.id, severity: notice.severity, theme: notice.theme, title: notice.title,
      message: notice.message.map { template, language in
        template.replacingOccurrences(of: "{roles}", with: roles.joined(separator: language == .zh ? "、" : ", "))
      },
      location: SourceLocation(file: file, line: root.line), path: paths.path(of: root),
      anchoredPath: root.anchoredPath, profile: profile, parameter: nil, notes: [], sources: [])
  }

  /// SS-SYS-003: `choice` took the oldest version because its judging date precedes every version; the notice is on
  /// the programme the date came from, else on the project (else the root).
  static func beforeEveryVersion(
    root: XMLNode, choice: VersionChoice, profile: Profile, file: String, paths: XMLPathBuilder
  ) -> Finding {
    let notice = SystemNotice.beforeEveryVersion
    let project = root.firstChild(named: XMLName("project", namespace: Namespaces.submission))
    let programme = project?.children(named: XMLName("programme", namespace: Namespaces.submission)).first {
      $0.attribute("code") == choice.judgingDate?.programme
    }
    let node =
      (choice.judgingDate?.basis == .callYear || choice.judgingDate?.basis == .callDate ? programme : nil)
      ?? project ?? root
    return Finding(
      ruleID: notice.id, severity: notice.severity, theme: notice.theme, title: notice.title,
      message: notice.message.map { template, _ in
        template.replacingOccurrences(of: "{date}", with: choice.judgingDate?.date.description ?? "?")
          .replacingOccurrences(of: "{version}", with: choice.version)
          .replacingOccurrences(of: "{effective}", with: choice.effective)
      },
      location: SourceLocation(file: file, line: node.line), path: paths.path(of: node),
      anchoredPath: node.anchoredPath, profile: profile, parameter: nil, notes: [], sources: [])
  }
}
