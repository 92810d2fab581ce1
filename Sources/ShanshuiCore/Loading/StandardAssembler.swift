import ShanshuiXML

/// Joins raw rule documents into one model: finds duplicates, resolves references, compiles contexts, and checks
/// parameter values, units and message placeholders.
struct StandardAssembler {
  let documents: [RawDocument]
  private(set) var diagnostics: [Diagnostic] = []
  /// Problems that do not stop loading (a bound without a unit in rule language 1).
  private(set) var warnings: [Diagnostic] = []
  private var namespaces: [String: String] = [:]
  /// The layer roles every document declares, for the rules' references.
  private var layers: [String: LayerRole] = [:]

  /// Whether the rules are verified (`StandardLoader.verifies`): XPath statically, references, placeholders, units
  /// and example pairs. Duplicates, syntax and what only warns are found either way, as they shape the model.
  let verifies: Bool

  init(documents: [RawDocument], verifies: Bool = true) {
    self.documents = documents
    self.verifies = verifies
  }

  struct Assembled {
    var documents: [RuleDocumentInfo]
    var parameters: [String: Parameter]
    var codelists: [String: Codelist]
    var rules: [Rule]
    var namespaces: [String: String]
    var layers: [String: LayerRole]
  }

  mutating func assemble() -> Assembled {
    let sources = collectSources()
    let namespaces = collectNamespaces()
    self.namespaces = namespaces
    var parameters: [String: Parameter] = [:]
    var codelists: [String: Codelist] = [:]
    for document in documents {
      for raw in document.parameters {
        guard unique(raw.id, kind: "parameter", in: parameters.keys, at: raw.location) else { continue }
        parameters[raw.id] = parameter(raw, sources: sources)
      }
      for raw in document.codelists {
        guard unique(raw.codelist.id, kind: "codelist", in: codelists.keys, at: raw.codelist.location) else { continue }
        _ = resolve(raw.sources, in: sources)
        codelists[raw.codelist.id] = raw.codelist
      }
    }
    var layers: [String: LayerRole] = [:]
    for document in documents {
      for (declared, references) in document.layers {
        var role = declared
        guard unique(role.id, kind: "layer role", in: layers.keys, at: role.location) else { continue }
        role.sources = resolve(references, in: sources)
        for field in role.fields {
          if let list = field.codelist, codelists[list] == nil {
            fail(
              .unknownReference, "图层角色 \(role.id) 的字段 \(field.name) 引用了未定义的代码表 \(list)",
              "layer role \(role.id): field \(field.name) refers to unknown codelist \(list)", at: role.location)
          }
        }
        layers[role.id] = role
      }
    }
    self.layers = layers
    var rules: [Rule] = []
    for document in documents {
      for raw in document.rules {
        guard unique(raw.id, kind: "rule", in: rules.map(\.id), at: raw.location) else { continue }
        if let rule = rule(raw, theme: document.theme, sources: sources, parameters: parameters, codelists: codelists) {
          rules.append(rule)
        }
      }
    }
    let infos = documents.map { document in
      RuleDocumentInfo(
        info: document.info, theme: document.theme, file: document.file, sources: document.sources.map(\.0))
    }
    return Assembled(
      documents: infos, parameters: parameters, codelists: codelists, rules: rules, namespaces: namespaces,
      layers: layers)
  }

  private mutating func collectSources() -> [String: SourceDocument] {
    var sources: [String: SourceDocument] = [:]
    for document in documents {
      for (source, location) in document.sources {
        guard unique(source.id, kind: "source document", in: sources.keys, at: location) else { continue }
        sources[source.id] = source
      }
    }
    return sources
  }

  private mutating func collectNamespaces() -> [String: String] {
    var namespaces = ["s": Namespaces.submission, "ss": Namespaces.functions]
    for document in documents {
      for (prefix, uri, location) in document.namespaces {
        if let existing = namespaces[prefix], existing != uri {
          fail(
            .duplicateID, "前缀 \(prefix) 已绑定到 \(existing)", "prefix \(prefix) is already bound to \(existing)",
            at: location)
        }
        namespaces[prefix] = uri
      }
    }
    return namespaces
  }

  private mutating func unique<C: Sequence>(
    _ id: String, kind: String, in existing: C, at location: SourceLocation
  ) -> Bool
  where C.Element == String {
    guard existing.contains(id) else { return true }
    fail(.duplicateID, "\(kind) 标识 \(id) 重复", "duplicate \(kind) id \(id)", at: location)
    return false
  }

  private mutating func resolve(
    _ references: [RawDocument.SourceRef], in sources: [String: SourceDocument]
  ) -> [SourceReference] {
    references.compactMap { reference in
      guard let document = sources[reference.id] else {
        fail(
          .unknownReference, "未定义的来源文件 \(reference.id)", "unknown source document \(reference.id)",
          at: reference.location)
        return nil
      }
      return SourceReference(document: document, clause: reference.clause, quote: reference.quote)
    }
  }

  private mutating func parameter(_ raw: RawDocument.RawParameter, sources: [String: SourceDocument]) -> Parameter {
    var values: [Profile: Parameter.Value] = [:]
    if raw.values.isEmpty {
      fail(
        .invalidParameterValue, "参数 \(raw.id) 在任何标准下都没有取值，引用它的规则永远不会适用",
        "parameter \(raw.id) has no value under any profile: the rules that use it never apply", at: raw.location)
    }
    for value in raw.values {
      if value.value.isNaN {
        fail(
          .invalidParameterValue, "参数 \(raw.id) 的 \(value.profile.rawValue) 取值不是数字",
          "parameter \(raw.id): the \(value.profile.rawValue) value is not a number", at: value.location)
      }
      if values[value.profile] != nil {
        fail(
          .duplicateID, "参数 \(raw.id) 的 \(value.profile.rawValue) 取值重复",
          "parameter \(raw.id) has two \(value.profile.rawValue) values", at: value.location)
      }
      if value.status == .adopted && value.sources.isEmpty {
        fail(
          .invalidParameterValue, "参数 \(raw.id) 的 \(value.profile.rawValue) 取值为 adopted，但没有来源",
          "parameter \(raw.id): the adopted \(value.profile.rawValue) value has no source", at: value.location)
      }
      if value.status == .provisional && value.reason == nil {
        fail(
          .invalidParameterValue, "参数 \(raw.id) 的 \(value.profile.rawValue) 取值为 provisional，但没有说明理由",
          "parameter \(raw.id): the provisional \(value.profile.rawValue) value gives no reason", at: value.location)
      }
      values[value.profile] = Parameter.Value(
        profile: value.profile, status: value.status, value: value.value,
        sources: resolve(value.sources, in: sources), reason: value.reason)
    }
    return Parameter(
      id: raw.id, title: raw.title, unit: raw.unit, stricter: raw.stricter, values: values, location: raw.location)
  }

  private mutating func rule(
    _ raw: RawDocument.RawRule, theme: String, sources: [String: SourceDocument],
    parameters: [String: Parameter], codelists: [String: Codelist]
  ) -> Rule? {
    let context: XPathExpression
    do {
      context = try XPathExpression(raw.context)
    } catch {
      diagnostics.append(Diagnostic(.xpathSyntax, XPathMessages.syntax(error), at: raw.contextLocation))
      return nil
    }
    // In this order, as diagnostics at one location keep the order they were found in.
    if verifies { verifyReferences(raw, parameters: parameters, codelists: codelists) }
    warnAboutUnitlessBounds(raw)
    if verifies { verifyUnitsAndExamples(raw, parameters: parameters) }
    return Rule(
      id: raw.id, severity: raw.severity, theme: theme, title: raw.title, message: raw.message,
      sources: resolve(raw.sources, in: sources), projectTypes: raw.projectTypes, profiles: raw.profiles,
      context: context, check: raw.check, examples: raw.examples, location: raw.location, waivable: raw.waivable,
      boundMessages: raw.boundMessages, programmes: raw.programmes)
  }

  /// A rule's XPath checked statically, and what it refers to: problems that leave its model as it is.
  private mutating func verifyReferences(
    _ raw: RawDocument.RawRule, parameters: [String: Parameter], codelists: [String: Codelist]
  ) {
    checkStatically(raw.context, rule: raw.id, at: raw.contextLocation)
    if !XPathLexer.variables(in: raw.context).isEmpty {
      fail(
        .xpathEvaluation, "规则 \(raw.id) 的上下文不能使用参数变量", "rule \(raw.id): a context cannot use parameters ($…)",
        at: raw.contextLocation)
    }
    for test in raw.check.xpathTests { checkStatically(test.source, rule: raw.id, at: raw.location) }
    let message = raw.message
    for name in MessageTemplate.unknownPlaceholders(in: message, for: raw.checkKind) {
      fail(
        .unknownPlaceholder, "规则 \(raw.id) 的消息使用了不存在的占位符 {\(name)}",
        "rule \(raw.id): message placeholder {\(name)} does not exist for \(raw.checkKind.description.name)",
        at: raw.location)
    }
    let referenced = Set(raw.check.parameterIDs).union(MessageTemplate.parameterIDs(in: message))
    for id in referenced.sorted() where parameters[id] == nil {
      fail(
        .unknownReference, "规则 \(raw.id) 引用了未定义的参数 \(id)", "rule \(raw.id) refers to unknown parameter \(id)",
        at: raw.location)
    }
    if let types = codelists["project-types"] {
      for type in raw.projectTypes.sorted() where types.codes[type] == nil {
        fail(
          .unknownReference, "规则 \(raw.id) 限定的项目类型 \(type) 不在 project-types 代码表中",
          "rule \(raw.id) applies to project type \(type), which the project-types codelist lacks", at: raw.location)
      }
    }
    for programme in raw.programmes.sorted() where codelists[Codelist.programmesID]?.codes[programme] == nil {
      fail(
        .unknownReference, "规则 \(raw.id) 限定的资金渠道 \(programme) 不在 \(Codelist.programmesID) 代码表中",
        "rule \(raw.id) applies to programme \(programme), which the \(Codelist.programmesID) codelist lacks",
        at: raw.location)
    }
    for role in (raw.check as? any SpatialRuleCheck)?.layerRoles ?? [] where layers[role] == nil {
      fail(
        .unknownReference, "规则 \(raw.id) 引用了未声明的图层角色 \(role)（在 <layers> 中声明）",
        "rule \(raw.id) refers to undeclared layer role \(role) (declare it in <layers>)", at: raw.location)
    }
    for example in raw.examples {
      for layer in example.layers where layers[layer.role] == nil {
        fail(
          .unknownReference, "规则 \(raw.id) 的示例给出了未声明的图层角色 \(layer.role)",
          "rule \(raw.id): an example gives undeclared layer role \(layer.role)", at: layer.location)
      }
    }
    for id in raw.check.codelistIDs where codelists[id] == nil {
      fail(
        .unknownReference, "规则 \(raw.id) 引用了未定义的代码表 \(id)", "rule \(raw.id) refers to unknown codelist \(id)",
        at: raw.location)
    }
  }

  /// A rule's bounds in units its parameters and context agree with, and its passing and failing examples.
  private mutating func verifyUnitsAndExamples(_ raw: RawDocument.RawRule, parameters: [String: Parameter]) {
    for problem in raw.check.problems(context: raw.context, parameters: parameters) {
      diagnostics.append(Diagnostic(.unitMismatch, problem.map { text, _ in "\(raw.id): \(text)" }, at: raw.location))
    }
    if !raw.examples.contains(where: { $0.outcome == .pass }) || !raw.examples.contains(where: { $0.outcome == .fail })
    {
      fail(
        .invalidExample, "规则 \(raw.id) 须至少有一个通过示例和一个失败示例",
        "rule \(raw.id) needs at least one passing and one failing example", at: raw.location)
    }
  }

  /// A bound without a unit: an error from rule language 2, a warning in rule language 1 (which assumes one).
  private mutating func warnAboutUnitlessBounds(_ raw: RawDocument.RawRule) {
    for (attribute, assumed) in raw.check.unitlessBounds {
      let message = LocalizedText(
        zh: "规则 \(raw.id)：\(raw.checkKind.description.name) 的 \(attribute) 是未注明单位的数字（在检查元素上加 unit）",
        en:
          "rule \(raw.id): \(raw.checkKind.description.name)'s \(attribute) is a number without a unit (add unit to the check)"
      )
      if raw.language >= 2 {
        diagnostics.append(Diagnostic(.boundWithoutUnit, message, at: raw.location))
      } else {
        warnings.append(
          Diagnostic(
            .boundWithoutUnit,
            LocalizedText(
              zh: message.text(.zh) + "；规则语言 1 暂" + assumed.text(.zh) + "，自规则语言 2 起为错误",
              en: message.text(.en) + "; rule language 1 has it " + assumed.text(.en)
                + ", an error from rule language 2"),
            at: raw.location))
      }
    }
  }

  private mutating func checkStatically(_ expression: String, rule: String, at location: SourceLocation) {
    let problems = XPathStaticCheck.problems(
      in: expression, prefixes: Set(namespaces.keys), extensions: ["ss": ShanshuiFunctions.names])
    for problem in problems {
      fail(
        .xpathEvaluation, "规则 \(rule) 的 XPath：\(problem)\n\(expression)",
        "rule \(rule): XPath \(problem)\n\(expression)",
        at: location)
    }
  }

  private mutating func fail(_ code: ErrorCode, _ zh: String, _ en: String, at location: SourceLocation) {
    diagnostics.append(Diagnostic(code, LocalizedText(zh: zh, en: en), at: location))
  }
}
