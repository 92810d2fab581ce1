import Foundation

/// Fills a blank `init` template the way a submitter would: a plausible project of that type in that province,
/// every placeholder replaced (for InitTemplateCompletenessTests).
enum TemplateFill {
  static func fill(_ template: String, type: String, province: String) -> String {
    let sichuan = province == "sichuan"
    let (code, county) = sichuan ? ("511123", "犍为县") : ("500156", "武隆区")
    var text =
      performanceNames(template)
      // A six-river corridor project's (ssw, riparian) plan linkage and isolation belt, before the texts in order.
      .replacingOccurrences(
        of: "<planLinkage kind=\"six-river-corridor\">待填写</planLinkage>",
        with: "<planLinkage kind=\"six-river-corridor\">成渝地区双城经济圈“六江”生态廊道建设规划</planLinkage>"
      )
      .replacingOccurrences(of: "<description>待填写</description>", with: "<description>滨江路与缓冲带之间的隔离林带</description>")
      .replacingOccurrences(of: "<width unit=\"m\">0</width>", with: "<width unit=\"m\">20</width>")
      .replacingOccurrences(of: "<length unit=\"km\">0</length>", with: "<length unit=\"km\">6</length>")
      .replacingOccurrences(of: sichuan ? "\"510000\"" : "\"500000\"", with: "\"\(code)\"")
      .replacingOccurrences(of: "name=\"待填写\"", with: "name=\"\(county)\"")
      .replacingOccurrences(
        of: "<period start=\"0001-01-01\" end=\"0001-01-01\"/>",
        with: "<period start=\"2026-03-01\" end=\"2028-12-31\"/>"
      )
      .replacingOccurrences(of: "planned=\"0001-01-01\"", with: "planned=\"2029-06-30\"")
      .replacingOccurrences(of: "date=\"0001-01-01\"", with: "date=\"2028-12-31\"")
      .replacingOccurrences(of: "years=\"待填写\"", with: "years=\"2023-2024\"")
      .replacingOccurrences(of: "party=\"待填写\"", with: "party=\"\(county)林业局\"")
      .replacingOccurrences(of: "<area unit=\"ha\">0</area>\n", with: "<area unit=\"ha\">1200</area>\n", count: 1)
      .replacingOccurrences(
        of: "<programme code=\"待填写\"/>",
        with: "<programme code=\"\(programme(type: type, sichuan: sichuan))\" callYear=\"2026\"/>")
    // Texts in document order: project name, applicant, natural unit, two plan linkages, unit name, measure,
    // subproject name, dynamic monitoring, early warning, maintenance funding.
    let texts = [
      "\(county)\(type == "mine" ? "历史遗留废弃矿山生态修复" : "生态保护修复")工程",
      sichuan ? "四川省自然资源厅" : "重庆市规划和自然资源局",
      sichuan ? "岷江下游流域" : "乌江下游流域",
      sichuan ? "四川省国土空间规划（2021—2035年）" : "重庆市国土空间总体规划（2021—2035年）",
      sichuan ? "四川省国土空间生态修复规划（2021—2035年）" : "重庆市国土空间生态保护修复规划（2021—2035年）",
      "\(county)生态修复单元", "乔灌草结合植被恢复", "\(county)示范片区",
      "遥感与地面样地结合，每季度一次", "植被覆盖度较基线下降5个百分点时预警", "区县财政专项",
      // Format version 2: the submitting authority, the plan's six chapter titles and its year's task.
      sichuan ? "四川省财政厅、四川省自然资源厅" : "重庆市财政局、重庆市规划和自然资源局",
      "第二章 现状调查", "第三章 生态问题识别与诊断", "第四章 总体布局与保护修复单元", "第五章 工程设计与建设内容",
      "第六章 投资估算与资金筹措", "第八章 管护、监测评价与适应性管理", "全部工程完工",
    ]
    for value in texts {
      guard let range = text.range(of: ">待填写<") else { break }
      text.replaceSubrange(range, with: ">\(value)<")
    }
    let quantities: [(String, String)] = [
      ("<area unit=\"ha\">0</area>", "<area unit=\"ha\">1200</area>"),
      ("<total unit=\"wan-yuan\">0</total>", "<total unit=\"wan-yuan\">30000</total>"),
      (
        "<source kind=\"central\" unit=\"wan-yuan\">0</source>",
        "<source kind=\"central\" unit=\"wan-yuan\">15000</source>"
      ),
      (
        "<source kind=\"county\" unit=\"wan-yuan\">0</source>",
        "<source kind=\"county\" unit=\"wan-yuan\">10000</source>"
      ),
      ("mode=\"self-investment\">0</source>", "mode=\"self-investment\">5000</source>"),
      (
        "<target indicator=\"survival-rate\" unit=\"percent\">0</target>",
        "<target indicator=\"survival-rate\" unit=\"percent\">90</target>"
      ),
      ("<budget unit=\"wan-yuan\">0</budget>", "<budget unit=\"wan-yuan\">30000</budget>"),
      ("<bufferWidth unit=\"m\">0</bufferWidth>", "<bufferWidth unit=\"m\">50</bufferWidth>"),
      ("<shoreline unit=\"km\">0</shoreline>", "<shoreline unit=\"km\">12.5</shoreline>"),
      ("<distanceFromBank unit=\"m\">0</distanceFromBank>", "<distanceFromBank unit=\"m\">200</distanceFromBank>"),
      ("<treatedArea unit=\"km2\">0</treatedArea>", "<treatedArea unit=\"km2\">1.2</treatedArea>"),
      ("<survivalRate unit=\"percent\">0</survivalRate>", "<survivalRate unit=\"percent\">90</survivalRate>"),
      ("unit=\"percent\">0</indicator>", "unit=\"percent\">95</indicator>"),
      ("unit=\"ratio\">0</indicator>", "unit=\"ratio\">1.0</indicator>"),
      (
        "<target indicator=\"wetland-area\" unit=\"ha\" baseline=\"0\">0</target>",
        "<target indicator=\"wetland-area\" unit=\"ha\" baseline=\"1150\">1180</target>"
      ),
      (
        "<target indicator=\"wetland-protection-rate\" unit=\"percent\">0</target>",
        "<target indicator=\"wetland-protection-rate\" unit=\"percent\">58</target>"
      ),
      ("<retentionRate unit=\"percent\">0</retentionRate>", "<retentionRate unit=\"percent\">85</retentionRate>"),
      ("unit=\"percent\" baseline=\"0\">0</vegetationCover>", "unit=\"percent\" baseline=\"42\">55</vegetationCover>"),
      ("<cover unit=\"percent\">0</cover>", "<cover unit=\"percent\">60</cover>"),
      ("<period unit=\"year\">0</period>", "<period unit=\"year\">3</period>"),
    ]
    for (blank, filled) in quantities { text = text.replacingOccurrences(of: blank, with: filled) }
    return annualPlanAndTargets(typeSpecific(text, type: type))
  }

  /// The performance table's indicator names, before the generic `name="待填写"` (a division's name) is filled.
  static func performanceNames(_ template: String) -> String {
    [
      ("quantity", "修复治理面积"), ("quality", "苗木成活率"), ("timeliness", "工程完工时间"), ("social", "带动当地就业人数"),
      ("sustainable", "工程管护期"), ("satisfaction", "项目区群众满意度"),
    ].reduce(template) { text, pair in
      text.replacingOccurrences(of: "<\(pair.0) name=\"待填写\"", with: "<\(pair.0) name=\"\(pair.1)\"")
    }
  }

  /// The version-2 figures that follow the filled totals: the annual plan of the period 2026–2028 (its funding adding
  /// up to the total investment), the table's cost (the total), a treated area within the unit's 1200 ha, the
  /// earlier execution rate (mine), and the indicator values.
  static func annualPlanAndTargets(_ template: String) -> String {
    guard let open = template.range(of: "<total unit=\"wan-yuan\">"),
      let close = template.range(of: "</total>", range: open.upperBound..<template.endIndex),
      let total = Int(template[open.upperBound..<close.lowerBound])
    else { return template }
    let first = total / 3
    let second = total / 3
    let years = [(2026, first), (2027, second), (2028, total - first - second)].map { year, funding in
      "<year value=\"\(year)\">\n      <task>\(year)年度工程任务</task>\n      <funding unit=\"wan-yuan\">\(funding)</funding>\n    </year>"
    }.joined(separator: "\n    ")
    return
      template
      .replacingOccurrences(
        of:
          "<year value=\"0001\">\n      <task>全部工程完工</task>\n      <funding unit=\"wan-yuan\">0</funding>\n    </year>",
        with: years
      )
      .replacingOccurrences(
        of: "<cost name=\"项目总投入\" unit=\"wan-yuan\">0</cost>",
        with: "<cost name=\"项目总投入\" unit=\"wan-yuan\">\(total)</cost>"
      )
      .replacingOccurrences(of: "unit=\"ha\">0</quantity>", with: "unit=\"ha\">1000</quantity>")
      .replacingOccurrences(of: "unit=\"percent\">0</quality>", with: "unit=\"percent\">85</quality>")
      .replacingOccurrences(of: "unit=\"count\">0</social>", with: "unit=\"count\">120</social>")
      .replacingOccurrences(of: "unit=\"year\">0</sustainable>", with: "unit=\"year\">3</sustainable>")
      .replacingOccurrences(of: "unit=\"percent\">0</satisfaction>", with: "unit=\"percent\">90</satisfaction>")
      .replacingOccurrences(
        of: "years=\"2023-2024\">0</priorExecutionRate>", with: "years=\"2023-2024\">82</priorExecutionRate>")
  }

  /// The programme a realistic project of `type` is submitted under: the central calls for the integrated and the
  /// legacy-mine projects (their thresholds then apply), the province's own programme otherwise.
  static func programme(type: String, sichuan: Bool) -> String {
    switch type {
    case "ssw": return "central-ssw"
    case "mine": return "central-mine-demo"
    default: return sichuan ? "provincial-sichuan" : "provincial-chongqing"
    }
  }

  /// What a submitter of that type changes beyond the placeholders: the scale of the money, a treated area, a cover.
  /// Only values: every line a type needs is in the template (`init`), none is added here.
  static func typeSpecific(_ template: String, type: String) -> String {
    var text = template
    // An integrated (ssw) project (2 ×10⁹ yuan, the award threshold SS-FUN-002; central award within the tier cap) and
    // a legacy-mine demonstration project are larger than the common 3 ×10⁸ yuan.
    let scale: [String: (total: Int, central: Int, county: Int, social: Int)] = [
      "ssw": (200000, 50000, 120000, 30000), "mine": (60000, 30000, 20000, 10000),
    ]
    if let money = scale[type] {
      text =
        text
        .replacingOccurrences(of: ">30000</total>", with: ">\(money.total)</total>")
        .replacingOccurrences(of: ">15000</source>", with: ">\(money.central)</source>")
        .replacingOccurrences(of: ">10000</source>", with: ">\(money.county)</source>")
        .replacingOccurrences(of: ">5000</source>", with: ">\(money.social)</source>")
        .replacingOccurrences(of: ">30000</budget>", with: ">\(money.total)</budget>")
    }
    switch type {
    case "mine":
      text = text.replacingOccurrences(of: ">1.2</treatedArea>", with: ">12</treatedArea>")
    case "karst":
      // A treated tree or shrub plot is rocky-desertified only below 50 % cover.
      text = text.replacingOccurrences(
        of: "<cover unit=\"percent\">60</cover>", with: "<cover unit=\"percent\">35</cover>")
    default: break
    }
    return text
  }
}

extension String {
  /// Replaces the first `count` occurrences of `target`.
  func replacingOccurrences(of target: String, with replacement: String, count: Int) -> String {
    var text = self
    var replaced = 0
    var searchStart = text.startIndex
    while replaced < count, let range = text.range(of: target, range: searchStart..<text.endIndex) {
      text.replaceSubrange(range, with: replacement)
      searchStart = text.index(range.lowerBound, offsetBy: replacement.count)
      replaced += 1
    }
    return text
  }
}
