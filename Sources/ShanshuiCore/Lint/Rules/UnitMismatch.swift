/// SL008: a check's unit exists and measures the same thing as the parameters it is compared with.
struct UnitMismatch: LintRule {
  let id = "SL008"
  let name = "unit-mismatch"
  let severity = Severity.error
  let title = LocalizedText(
    zh: "检查单位、检查目标与参数的量纲不一致或单位未知",
    en: "A check's unit, its target and its parameter differ in dimension, or the unit is unknown")
  let rationale = LocalizedText(
    zh:
      "单位只能在同一量纲内换算（面积、长度、金额……）；把公顷与百分比相比没有意义。比较对象包括：检查的 unit 与其参数；range 的目标（申报格式 XSD 为 area、survivalRate 等元素规定了量纲）与其 unit 或参数；assert 中 ss:quantity(…, '单位') 与直接比较的参数。加载器拒绝标准（E207）。",
    en:
      "Units convert only within one dimension (area, length, money, …); comparing hectares with a percentage means nothing. Compared: a check's unit with its parameters; a range's target (the submission schema types area, survivalRate, …) with its unit or parameter; in an assert, ss:quantity(…, 'unit') with a parameter it is directly compared with. The loader refuses the standard (E207)."
  )
  let triggering = [
    LintExample(rules: LintExample.rule(check: #"<range path="area" max="$test-share" unit="ha"/>"#)),
    // No unit on the check: the submission schema says `area` is an area, the parameter is a percentage.
    LintExample(rules: LintExample.rule(check: #"<range path="area" max="$test-share"/>"#)),
    // An assert comparing an area in km² with a percentage.
    LintExample(rules: LintExample.rule(check: #"<assert test="ss:quantity(s:area, 'km2') &lt;= $test-share"/>"#)),
  ]
  let nonTriggering = [LintExample(rules: LintExample.rule(check: #"<range path="area" min="1" unit="ha"/>"#))]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.flatMap { rule -> [LintFinding] in
      guard let checkNode = rule.checkNode else { return [] }
      switch rule.check {
      case .success(let check):
        let context = rule.context?.stringValue ?? ""
        let problems = check.problems(context: context, parameters: standard.parameters)
        return problems.map { problem in
          finding(
            problem.map { text, _ in "\(rule.id): \(text)" }, at: rule.file.location(ofAttribute: "unit", of: checkNode)
          )
        }
      case .failure(let diagnostic) where diagnostic.code == .unitMismatch:
        return [
          finding(
            diagnostic.message.map { text, _ in "\(rule.id): \(text)" },
            at: rule.file.location(ofAttribute: "unit", of: checkNode))
        ]
      default:
        return []
      }
    }
  }
}
