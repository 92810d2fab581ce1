import ShanshuiCore

/// The parameters page: one table per profile (Chongqing, Sichuan, unified), one row per parameter in each, with
/// value, unit, status, and the source or provisional reason, and the rules that use it.
enum DocParametersPage {
  static func page(_ standard: Standard, themes: [DocTheme], terms: DocTerms) -> DocPage {
    let title = terms.label("参数取值", "Parameter values")
    var blocks: [DocBlock] = [.heading(level: 1, [.text(title)], anchor: nil)]
    blocks.append(
      .paragraph([
        .text(
          terms.label(
            "每个参数在各标准下的取值：已采纳的取值注明来源，暂定取值注明理由；省份无取值时使用该参数的规则在该省不适用；统一标准无取值时暂按较严的省份取值判定。",
            "Each parameter's value under each profile: adopted values with their source, provisional ones with the reason. "
              + "Without a provincial value, the rules that use the parameter do not apply in that province; without a "
              + "unified value, the stricter provincial value applies."))
      ]))
    let parameters = standard.parameters.values.sorted { $0.id < $1.id }
    let links = RuleLinks(standard: standard, themes: themes)
    for profile in Profile.allCases {
      blocks.append(.heading(level: 2, [.text(terms.profile(profile))], anchor: "profile-" + profile.rawValue))
      blocks.append(
        .table(
          header: [
            [.text(terms.label("参数", "Parameter"))], [.text(terms.label("名称", "Title"))],
            [.text(terms.label("取值", "Value"))], [.text(terms.label("单位", "Unit"))],
            [.text(terms.label("状态", "Status"))], [.text(terms.label("来源或暂定理由", "Source or provisional reason"))],
            [.text(terms.label("规则", "Rules"))],
          ],
          rows: parameters.map { parameter in
            let cell = DocParameterValue(parameter, profile, terms)
            return [
              [.code(parameter.id)], terms.lines(parameter.title), cell.value, [.text(terms.unit(parameter.unit))],
              cell.status, cell.basis, links.inlines(using: parameter.id),
            ]
          }))
    }
    return DocPage(name: DocSite.parametersPage, title: title, blocks: blocks)
  }
}

/// The rules that use each parameter, with links to their theme pages, indexed once per page: a standard may have
/// thousands of rules and parameters, and a scan of every rule per parameter costs their product.
private struct RuleLinks {
  let users: [String: [String]]
  let links: [String: DocLink]

  init(standard: Standard, themes: [DocTheme]) {
    var users: [String: [String]] = [:]
    for rule in standard.rules {
      for parameter in Set(rule.parameterIDs) { users[parameter, default: []].append(rule.id) }
    }
    self.users = users.mapValues { $0.sorted() }
    var links: [String: DocLink] = [:]
    for theme in themes {
      for rule in theme.rules where links[rule.id] == nil {
        links[rule.id] = DocLink(page: theme.page, anchor: rule.id)
      }
    }
    self.links = links
  }

  func inlines(using parameter: String) -> [DocInline] {
    [DocInline].joined(
      (users[parameter] ?? []).map { id in links[id].map { [.link([.text(id)], $0)] } ?? [.text(id)] },
      separator: [.text(" ")])
  }
}
