import ShanshuiCore

/// A theme's page: every rule of the theme, sorted by id, each under a heading anchored by its id.
enum DocThemePage {
  static func page(_ theme: DocTheme, standard: Standard, themes: [DocTheme], terms: DocTerms) -> DocPage {
    var blocks: [DocBlock] = [.heading(level: 1, [.text(terms.line(theme.title))], anchor: nil)]
    var facts: [DocInline] = [.text(terms.label("主题", "Theme") + ": "), .code(theme.id)]
    if !theme.file.isEmpty { facts += [.text(" · " + terms.label("规则文档", "Rule document") + ": "), .code(theme.file)] }
    facts += [.text(" · " + terms.label("\(theme.rules.count) 条规则", "\(theme.rules.count) rules"))]
    blocks.append(.paragraph(facts))
    for rule in theme.rules { blocks += self.rule(rule, standard: standard, terms: terms) }
    return DocPage(name: theme.page, title: terms.line(theme.title), blocks: blocks)
  }

  static func rule(_ rule: Rule, standard: Standard, terms: DocTerms) -> [DocBlock] {
    let check = CheckDeclaration(rule.check)
    let words = rule.check.words(standard: standard)
    func item(_ zh: String, _ en: String, _ content: [DocInline]) -> [DocInline] {
      [.strong([.text(terms.label(zh, en))]), .text(": ")] + content
    }
    var items = [
      item("严重程度", "Severity", [.text(terms.severity(rule.severity))]),
      item("检查内容", "What it checks", terms.perLanguage { DocCheckLine.inlines(words, language: $0) }),
      item("上下文（逐个检查其选中的节点）", "Context (each node it selects is checked)", [.code(rule.context.source)]),
      item(
        "检查定义", "Check",
        [.code(([check.kind] + check.fields.map { "\($0.name)=\"\($0.value)\"" }).joined(separator: " "))]),
    ]
    if !rule.projectTypes.isEmpty {
      items.append(item("适用项目类型", "Project types", [.text(rule.projectTypes.sorted().joined(separator: " "))]))
    }
    if !rule.programmes.isEmpty {
      items.append(
        item(
          "适用资金渠道（其他资金渠道或未声明时不适用）", "Programmes (n/a for a submission of another programme or none)",
          [.text(rule.programmes.sorted().joined(separator: " "))]))
    }
    if rule.profiles != Set(Profile.allCases) {
      items.append(item("适用标准", "Profiles", [.text(rule.profiles.sorted().map(terms.profile).joined(separator: ", "))]))
    }
    items.append(item("消息", "Message", terms.lines(rule.message)))
    items.append(item("依据", "Sources", terms.citations(rule.sources)))
    var blocks: [DocBlock] = [
      .heading(level: 2, [.text(rule.id + " " + terms.line(rule.title))], anchor: rule.id), .list(items),
    ]
    for id in rule.parameterIDs.sorted() {
      guard let parameter = standard.parameters[id] else { continue }
      blocks.append(
        .paragraph(
          [.strong([.text(terms.label("参数", "Parameter"))]), .text(" "), .code(id), .text(" ")]
            + [
              .text(
                terms.line(parameter.title) + " (" + terms.unit(parameter.unit) + "; "
                  + terms.direction(parameter.stricter) + ")")
            ]))
      blocks.append(
        .table(
          header: [
            [.text(terms.label("标准", "Profile"))], [.text(terms.label("取值", "Value"))],
            [.text(terms.label("状态", "Status"))], [.text(terms.label("来源或暂定理由", "Source or provisional reason"))],
          ],
          rows: Profile.allCases.map { profile in
            let cell = DocParameterValue(parameter, profile, terms)
            return [[.text(terms.profile(profile))], cell.value, cell.status, cell.basis]
          }))
    }
    blocks.append(.paragraph([.strong([.text(terms.label("示例", "Examples"))])]))
    blocks.append(.list(rule.examples.map { example(ExampleSummary($0), terms: terms) }))
    return blocks
  }

  static func example(_ example: ExampleSummary, terms: DocTerms) -> [DocInline] {
    var content: [DocInline] = [
      .text(example.outcome == "pass" ? terms.label("通过", "passes") : terms.label("不通过", "fails"))
    ]
    content.append(.text(" (\(example.profile))"))
    if let description = example.description { content += [.text(": ")] + terms.lines(description) }
    if !example.edits.isEmpty {
      content += [.text(example.description == nil ? ": " : " — ")]
      content += [DocInline].joined(example.edits.map { [.code($0)] }, separator: [.text("; ")])
    } else if example.description == nil {
      content.append(.text(": " + terms.label("示例基础申报原样", "the example base as it is")))
    }
    return content
  }
}
