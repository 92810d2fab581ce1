/// Writes a standard, as it applies under one profile, as an ISO Schematron schema (XPath 1.0 query binding, EXSLT
/// `regexp:test` for `pattern`), so that any Schematron engine checks what `shanshui check --profile P` checks.
///
/// One pattern per rule (an engine fires only the first matching rule of a pattern), the assertion's id is the rule
/// id, its `role` the severity; parameters are global `let` variables with the profile's value; codelists are
/// global `let` variables too. Rules that do not apply under the profile are left out; rules that have no exact
/// XPath 1.0 form are left out as well and listed in `unexpressed`. A rule limited to programmes holds only for the
/// submissions that name none of them; the engine's SS-SYS-002 notice (no programme stated) is a pattern too.
public struct SchematronExporter {
  public let standard: Standard

  public init(standard: Standard) { self.standard = standard }

  public func export(profile: Profile, language: Language) -> SchematronExport {
    let validator = Validator(standard: standard)
    let parameters = validator.parameters[profile] ?? [:]
    let applicable = validator.applicable[profile] ?? []
    let versioned = Set(standard.rules.flatMap { $0.check.codelistHistories })
    let codelists = CodelistXPath(codelists: standard.codelists, versioned: versioned)
    let scope = SchematronScope(
      parameters: parameters, codelists: codelists,
      rewriter: QuantityCallRewriter(namespaces: standard.namespaces))
    var export = SchematronExport(profile: profile)
    var document = SchematronDocument(
      title: "\(standard.info.title.text(language)) \(standard.info.version) — \(profile.title.text(language))",
      namespaces: standard.namespaces.filter { $0.value != Namespaces.functions })
    for id in parameters.keys.sorted() {
      guard let parameter = parameters[id], let value = XPathText.number(parameter.number) else { continue }
      let unit = parameter.parameter.unit
      let note = "\(unit.id)" + (language == .zh ? "；" : "; ") + Self.status(parameter).text(language)
      document.globals.append(SchematronLet(name: id, value: value, note: note))
    }
    document.globals += XPathText.globals + codelists.lets
    for rule in standard.rules {
      guard applicable.contains(rule.id) else {
        export.notApplicable.append(rule.id)
        continue
      }
      // Geometry is measured (GEOS, PROJ), which no XPath 1.0 engine does: such rules are shanshui's alone, by
      // design, and the schema says so at the top.
      if rule.check is any SpatialRuleCheck {
        export.spatial.append(rule.id)
        continue
      }
      do {
        document.rules.append(
          try translate(rule, scope: scope, parameters: parameters, profile: profile, language: language))
        export.exported.append(rule.id)
      } catch {
        export.unexpressed.append(UnexpressedRule(ruleID: rule.id, reason: error.reason))
        document.comments.append("\(rule.id): \(error.reason.text(.en))")
      }
    }
    let applied = standard.rules.filter { applicable.contains($0.id) }
    if let notice = ProgrammeNoticeRule.rule(rules: applied, language: language) { document.rules.append(notice) }
    if !export.spatial.isEmpty {
      document.comments.append(
        language == .zh
          ? "以下空间规则需要几何计算，只由 shanshui check 检查（docs/spatial.md）：\(export.spatial.joined(separator: " "))"
          : "spatial rules measure geometry and are checked by shanshui check only (docs/spatial.md): "
            + export.spatial.joined(separator: " "))
    }
    export.text = document.xml
    return export
  }

  private func translate(
    _ rule: Rule, scope: SchematronScope, parameters: [String: ResolvedParameter], profile: Profile, language: Language
  ) throws(Unexpressible) -> SchematronRule {
    let context = try ContextPattern.pattern(for: try scope.rewriter.rewrite(rule.context.source))
    let form = try rule.check.schematron(in: scope)
    let lets = form.lets
    var test = form.test
    if !rule.projectTypes.isEmpty {
      let types = rule.projectTypes.sorted().map { "/*/s:project[1]/@type = \(XPathText.literal($0))" }
      test = "not(\(XPathText.any(types))) or (\(test))"
    }
    if !rule.programmes.isEmpty {
      // The engine's ProgrammeScope: any of the project's programme codes, compared as written.
      let codes = rule.programmes.sorted().map { "/*/s:project[1]/s:programme/@code = \(XPathText.literal($0))" }
      test = "not(\(XPathText.any(codes))) or (\(test))"
    }
    let lifted = BraceLiterals.lift(test)
    return SchematronRule(
      id: rule.id, severity: rule.severity.rawValue, title: rule.title.text(language), context: context,
      lets: lets + lifted.lets,
      test: lifted.test,
      message: message(rule, scope: scope, parameters: parameters, profile: profile, language: language))
  }

  /// The rule's message with what is known statically filled in (profile, parameters, codelist, regex, bounds),
  /// what the check can read from the submission as `sch:value-of` (the failing value, the element it is on), and
  /// anything else as `…`.
  private func message(
    _ rule: Rule, scope: SchematronScope, parameters: [String: ResolvedParameter], profile: Profile, language: Language
  ) -> [SchematronMessagePart] {
    var values = rule.check.knownPlaceholders(in: scope, language: language)
    values["profile"] = profile.title
    let dynamic = rule.check.submissionPlaceholders(in: scope, language: language)
    let template = rule.message.text(language)
    var selects: [String] = []
    for name in MessageTemplate.placeholders(in: template) where values[name] == nil && !name.hasPrefix("param:") {
      if let select = dynamic[name] {
        // A private-use marker survives rendering and is split out below; rule texts never hold one (E-range).
        values[name] = LocalizedText("\u{E000}\(selects.count)\u{E001}")
        selects.append(select)
      } else {
        values[name] = LocalizedText("…")
      }
    }
    let text = MessageTemplate.render(template, language: language, values: values, parameters: parameters)
    return SchematronMessagePart.split(text, selects: selects)
  }
}

extension SchematronExporter {
  /// A value's status as the schema's reader needs it: adopted, provisional, or for `unified` without an agreed
  /// value, whose value applies.
  static func status(_ parameter: ResolvedParameter) -> LocalizedText {
    let status =
      parameter.value.status == .adopted
      ? LocalizedText(zh: "已采纳", en: "adopted") : LocalizedText(zh: "暂定", en: "provisional")
    guard let province = parameter.fallbackFrom else { return status }
    return LocalizedText(
      zh: "未统一，暂按\(province.title.text(.zh))值（\(status.text(.zh))）",
      en: "not unified: \(province.title.text(.en))'s value (\(status.text(.en)))")
  }
}

/// The result of an export: the schema and which rules it holds.
public struct SchematronExport: Sendable {
  public var profile: Profile
  public var text = ""
  /// Rules in the schema.
  public var exported: [String] = []
  /// Rules that do not apply under the profile (not allowed there, or a parameter without a value there).
  public var notApplicable: [String] = []
  /// Rules that apply but have no exact XPath 1.0 form, with the reason.
  public var unexpressed: [UnexpressedRule] = []
  /// Spatial rules (they measure geometry): left out by design, named in a comment of the schema.
  public var spatial: [String] = []
}

/// A rule the export could not express.
public struct UnexpressedRule: Sendable {
  public var ruleID: String
  public var reason: LocalizedText
}
