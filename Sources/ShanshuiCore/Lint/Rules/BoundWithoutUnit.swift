import ShanshuiXML

/// SL020: a literal bound of a quantity check states its unit (`unit` on the check).
struct BoundWithoutUnit: LintRule {
  let id = "SL020"
  let name = "bound-without-unit"
  let severity = Severity.error
  let title = LocalizedText(zh: "数量界限未注明单位", en: "A quantity bound states no unit")
  let rationale = LocalizedText(
    zh:
      "max=\"1000000\" 没有单位时，数值按申报值本身的单位比较：12,000,000 平方米不合格而 1,000 平方千米合格。界限须注明单位（检查元素上的 unit）；规则语言 1 的文档仍可加载（按数值本身量纲的基本单位读取，并给出警告 E213），自规则语言 2 起加载器拒绝（E213）。",
    en:
      "Without a unit, max=\"1000000\" is compared with the number in whatever unit the submission used: 12,000,000 m² fails while 1,000 km² passes. A bound states its unit (unit on the check); documents of rule language 1 still load (the bound read in the base unit of the value's own dimension, with warning E213), from rule language 2 the loader refuses them (E213)."
  )
  let triggering = [LintExample(rules: LintExample.rule(check: #"<range path="area" max="1000000"/>"#))]
  let nonTriggering = [
    LintExample(rules: LintExample.rule(check: #"<range path="area" max="100" unit="km2"/>"#)),
    // A count is a number of nodes, not a quantity.
    LintExample(rules: LintExample.rule(check: #"<count path="subproject" max="3"/>"#)),
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.flatMap { rule -> [LintFinding] in
      guard let checkNode = rule.checkNode, case .success(let check) = rule.check else { return [] }
      return check.unitlessBounds.map { attribute, _ in
        finding(
          "规则 \(rule.id)：\(checkNode.localName) 的 \(attribute) 未注明单位（在检查元素上加 unit）",
          "rule \(rule.id): \(checkNode.localName)'s \(attribute) states no unit (add unit to the check)",
          at: rule.file.location(ofAttribute: attribute, of: checkNode))
      }
    }
  }
}
