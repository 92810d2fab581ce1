import ShanshuiCore

/// The index: the standard's identity, its themes with rule counts, and links to the parameters and each theme.
enum DocIndexPage {
  static func page(_ standard: Standard, themes: [DocTheme], terms: DocTerms) -> DocPage {
    let info = standard.info
    var blocks: [DocBlock] = [.heading(level: 1, [.text(terms.line(info.title))], anchor: nil)]
    blocks.append(
      .list([
        [.strong([.text(terms.label("标识", "Id"))]), .text(": "), .code(info.id)],
        [.strong([.text(terms.label("版本", "Version"))]), .text(": \(info.version) (\(info.status))")],
        [.strong([.text(terms.label("施行日期", "Effective"))]), .text(": \(info.effective)")],
        [
          .strong([.text(terms.label("规模", "Size"))]),
          .text(
            ": "
              + terms.label(
                "\(standard.rules.count) 条规则，\(themes.count) 个主题，\(standard.parameters.count) 个参数，\(standard.codelists.count) 个代码表",
                "\(standard.rules.count) rules, \(themes.count) themes, \(standard.parameters.count) parameters, \(standard.codelists.count) codelists"
              )),
        ],
      ]))
    blocks.append(.heading(level: 2, [.text(terms.label("主题", "Themes"))], anchor: "themes"))
    blocks.append(
      .table(
        header: [
          [.text(terms.label("主题", "Theme"))], [.text(terms.label("名称", "Title"))],
          [.text(terms.label("规则数", "Rules"))], [.text(terms.label("规则", "Rule ids"))],
        ],
        rows: themes.map { theme in
          [
            [.link([.text(theme.id)], DocLink(page: theme.page, anchor: nil))], terms.lines(theme.title),
            [.text("\(theme.rules.count)")],
            [DocInline].joined(
              theme.rules.map { [.link([.text($0.id)], DocLink(page: theme.page, anchor: $0.id))] },
              separator: [.text(" ")]),
          ]
        }))
    blocks.append(.heading(level: 2, [.text(terms.label("参数", "Parameters"))], anchor: "parameters"))
    blocks.append(
      .paragraph(
        [
          .link(
            [.text(terms.label("各标准的参数取值表", "Parameter values per profile"))],
            DocLink(page: DocSite.parametersPage, anchor: nil))
        ] + [.text(": ")]
          + [DocInline].joined(
            Profile.allCases.map {
              [
                .link(
                  [.text(terms.profile($0))], DocLink(page: DocSite.parametersPage, anchor: "profile-" + $0.rawValue))
              ]
            }, separator: [.text(" · ")])))
    blocks.append(.heading(level: 2, [.text(terms.label("代码表", "Codelists"))], anchor: "codelists"))
    blocks.append(
      .table(
        header: [
          [.text(terms.label("代码表", "Codelist"))], [.text(terms.label("名称", "Title"))],
          [.text(terms.label("代码数", "Codes"))], [.text(terms.label("已撤销", "Retired"))],
        ],
        rows: standard.codelists.values.sorted { $0.id < $1.id }.map { list in
          [
            [.code(list.id)], terms.lines(list.title), [.text("\(list.codes.count)")],
            [.text("\(list.codes.values.filter { $0.replacedBy != nil }.count)")],
          ]
        }))
    return DocPage(name: DocSite.indexPage, title: terms.line(info.title), blocks: blocks)
  }
}
