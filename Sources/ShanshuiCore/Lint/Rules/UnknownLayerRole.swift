/// SL025: a spatial check's `layer` and an example's `<layer role>` name a role the standard declares in `<layers>`,
/// and a role's field names a declared codelist.
struct UnknownLayerRole: LintRule {
  let id = "SL025"
  let name = "unknown-layer-role"
  let severity = Severity.error
  let title = LocalizedText(
    zh: "引用了未声明的图层角色或代码表", en: "Reference to an undeclared layer role or codelist")
  let rationale = LocalizedText(
    zh: "审查人员用 --layer 角色=文件 提供图层：规则读取的角色未在 <layers> 中声明，就没有人能为它提供图层，规则永远只能记为未检查。加载器拒绝标准（E204）。",
    en:
      "Reviewers give layers with --layer ROLE=PATH: a role the rule reads that <layers> does not declare can never be given, so the rule could only ever be reported as not checked. The loader refuses the standard (E204)."
  )
  static let redLine =
    #"<layer id="ecological-red-line"><name lang="zh">生态保护红线</name><name lang="en">Ecological red line</name></layer>"#
  static func overlap(_ role: String) -> String {
    LintExample.rule(
      check: #"<overlap layer="\#(role)" path="geometry" unit="mu"/>"#,
      examples:
        #"<example outcome="pass" profile="chongqing"/><example outcome="fail" profile="chongqing"><remove path="units/unit[1]/area"/></example>"#
    )
  }
  let triggering = [LintExample(rules: Self.overlap("ecological-redline"), layers: Self.redLine)]
  let nonTriggering = [LintExample(rules: Self.overlap("ecological-red-line"), layers: Self.redLine)]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    var findings: [LintFinding] = []
    for rule in standard.rules {
      let roles = (rule.builtCheck as? any SpatialRuleCheck)?.layerRoles ?? []
      for role in roles where standard.layers[role] == nil {
        findings.append(
          finding(
            "规则 \(rule.id) 读取未声明的图层角色 \(role)（在 <layers> 中声明）",
            "rule \(rule.id) reads layer role \(role), which <layers> does not declare",
            at: rule.checkNode.map { rule.file.location(ofAttribute: "layer", of: $0) } ?? rule.location))
      }
      for example in rule.node.elements("example") {
        for layer in example.elements("layer") {
          let role = layer.attribute("role") ?? ""
          guard standard.layers[role] == nil else { continue }
          findings.append(
            finding(
              "规则 \(rule.id) 的示例给出未声明的图层角色 \(role)", "rule \(rule.id): an example gives undeclared layer role \(role)",
              at: rule.file.location(ofAttribute: "role", of: layer)))
        }
      }
    }
    for role in standard.layers.values.sorted(by: { $0.id < $1.id }) {
      for field in role.fields {
        guard let list = field.codelist, standard.codelists[list] == nil else { continue }
        findings.append(
          finding(
            "图层角色 \(role.id) 的字段 \(field.name) 引用了未定义的代码表 \(list)",
            "layer role \(role.id): field \(field.name) refers to unknown codelist \(list)", at: role.location))
      }
    }
    return findings
  }
}
