import Foundation
import ShanshuiTestSupport
import Testing

/// Every `shanshui init` template (type × province) through the CLI: blank, it fails with every placeholder listed by
/// the completeness rules (SS-CMP); filled with a realistic project, it passes. And `init` never overwrites a file
/// without `--force`.
@Suite(.serialized) struct InitTemplateCompletenessTests {
  static let types = ["ssw", "mine", "wsc", "karst", "greening", "wetland", "riparian"]
  static let provinces = ["chongqing", "sichuan"]

  /// The placeholder locations every template holds, as (rule id, XPath).
  static let commonPlaceholders: Set<String> = [
    "SS-CMP-001 /submission/project/name", "SS-CMP-001 /submission/project/programme/@code",
    "SS-CMP-001 /submission/project/applicant",
    "SS-CMP-001 /submission/location/division/@name", "SS-CMP-001 /submission/location/naturalUnit",
    "SS-CMP-001 /submission/location/planLinkage[1]", "SS-CMP-001 /submission/location/planLinkage[2]",
    "SS-CMP-001 /submission/units/unit[@id='U1']/name", "SS-CMP-001 /submission/units/unit[@id='U1']/measure",
    "SS-CMP-001 /submission/units/unit[@id='U1']/subproject/name",
    "SS-CMP-001 /submission/monitoring/dynamicMonitoring",
    "SS-CMP-001 /submission/monitoring/earlyWarning", "SS-CMP-001 /submission/maintenance/@party",
    "SS-CMP-001 /submission/maintenance/funding",
    "SS-CMP-002 /submission/location/division", "SS-CMP-002 /submission/units/unit[@id='U1']",
    "SS-CMP-003 /submission/period", "SS-CMP-003 /submission/monitoring/acceptance",
    "SS-CMP-004 /submission/area", "SS-CMP-004 /submission/investment/total",
    "SS-CMP-004 /submission/investment/source[1]", "SS-CMP-004 /submission/investment/source[2]",
    "SS-CMP-004 /submission/investment/source[3]", "SS-CMP-005 /submission/units/unit[@id='U1']/area",
    "SS-CMP-006 /submission/units/unit[@id='U1']/subproject/area",
    "SS-CMP-007 /submission/units/unit[@id='U1']/subproject/budget",
    "SS-CMP-004 /submission/maintenance/period",
    // Format version 2: the eligibility declaration, the performance table, the plan.
    "SS-CMP-001 /submission/eligibility/submittedBy",
    "SS-CMP-001 /submission/performance/output/quantity/@name",
    "SS-CMP-001 /submission/performance/output/quality/@name",
    "SS-CMP-001 /submission/performance/output/timeliness/@name",
    "SS-CMP-003 /submission/performance/output/timeliness",
    "SS-CMP-001 /submission/performance/benefit/social/@name",
    "SS-CMP-001 /submission/performance/benefit/sustainable/@name",
    "SS-CMP-001 /submission/performance/satisfaction/@name",
    "SS-CMP-001 /submission/plan/chapter[1]", "SS-CMP-001 /submission/plan/chapter[2]",
    "SS-CMP-001 /submission/plan/chapter[3]", "SS-CMP-001 /submission/plan/chapter[4]",
    "SS-CMP-001 /submission/plan/chapter[5]", "SS-CMP-001 /submission/plan/chapter[6]",
    "SS-CMP-001 /submission/plan/year/task",
  ]

  static func placeholders(type: String) -> Set<String> {
    switch type {
    case "ssw", "riparian":
      commonPlaceholders.union([
        "SS-CMP-004 /submission/corridor/bufferWidth", "SS-CMP-004 /submission/corridor/shoreline",
        "SS-CMP-001 /submission/location/planLinkage[3]", "SS-CMP-001 /submission/corridor/isolationBelt/description",
      ])
    case "mine":
      commonPlaceholders.union([
        "SS-CMP-004 /submission/mine/treatedArea", "SS-CMP-001 /submission/eligibility/priorExecutionRate/@years",
      ])
    default: commonPlaceholders
    }
  }

  /// The SS-CMP findings of a JSON report as "rule xpath".
  func completenessFindings(_ json: String) throws -> Set<String> {
    let findings = try JSONTree(parsing: json)["files"][0]["findings"].array
    return Set(
      findings.compactMap { finding -> String? in
        guard let rule = finding["ruleId"].string, rule.hasPrefix("SS-CMP-"), let xpath = finding["xpath"].string else {
          return nil
        }
        return "\(rule) \(xpath)"
      })
  }

  @Test(arguments: types, provinces) func blankTemplateListsEveryPlaceholder(type: String, province: String) throws {
    let file = try TemporaryDirectory.make("init").appendingPathComponent("\(province)-\(type).xml")
    #expect(try CommandRunner.run(["init", "--province", province, "--type", type, "--output", file.path]).status == 0)
    let checked = try CommandRunner.run(["check", "--format", "json", file.path])
    #expect(checked.status == 1)
    #expect(try completenessFindings(checked.stdout) == Self.placeholders(type: type))
  }

  @Test(arguments: types, provinces) func filledTemplatePasses(type: String, province: String) throws {
    let file = try TemporaryDirectory.make("init").appendingPathComponent("\(province)-\(type).xml")
    #expect(try CommandRunner.run(["init", "--province", province, "--type", type, "--output", file.path]).status == 0)
    let blank = try String(contentsOf: file, encoding: .utf8)
    try Data(TemplateFill.fill(blank, type: type, province: province).utf8).write(to: file)
    let checked = try CommandRunner.run(["check", "--lang", "en", file.path])
    #expect(checked.status == 0, "\(province) \(type): \(checked.stdout)")
    // Every line the type needs is in the template: filling its values leaves no finding at all, of any severity
    // (no "missing" indicator, target or table line that the filler would have had to add).
    let report = try CommandRunner.run(["check", "--format", "json", file.path])
    let findings = try JSONTree(parsing: report.stdout)["files"][0]["findings"].array
    #expect(findings.isEmpty, "\(province) \(type): \(findings.compactMap { $0["ruleId"].string })")
  }

  /// A construction-type template (a GB/T 50434 grade) holds all twelve indicator lines SS-WSC-005 asks for, and a
  /// blank one is not reported as missing any of them; a small-watershed (wsc) template states no grade.
  @Test(arguments: types) func soilSectionHasEveryIndicatorLine(type: String) throws {
    let template = try CommandRunner.run(["init", "--type", type]).stdout
    let lines = template.split(separator: "\n").filter { $0.contains("<indicator name=") }
    if type == "wsc" {
      #expect(lines.isEmpty)
      #expect(template.contains("<soilConservation zone=\"southwest-purple-soil\">"))
      return
    }
    #expect(lines.count == 12)
    for name in [
      "erosion-control-degree", "soil-loss-control-ratio", "spoil-protection-rate", "topsoil-protection-rate",
      "vegetation-restoration-rate", "vegetation-coverage-rate",
    ] {
      for period in ["construction", "design-level-year"] {
        #expect(lines.contains { $0.contains("name=\"\(name)\" period=\"\(period)\"") }, "\(type) \(name) \(period)")
      }
    }
    let file = try TemporaryDirectory.make("init").appendingPathComponent("\(type).xml")
    try Data(template.utf8).write(to: file)
    let report = try CommandRunner.run(["check", "--format", "json", file.path])
    let rules = try JSONTree(parsing: report.stdout)["files"][0]["findings"].array.compactMap { $0["ruleId"].string }
    #expect(!rules.contains("SS-WSC-005") && !rules.contains("SS-WSC-009") && !rules.contains("SS-WSC-010"))
  }

  @Test func initKeepsAnExistingFileUnlessForced() throws {
    let file = try TemporaryDirectory.make("init").appendingPathComponent("filled.xml")
    let filled = "<submission>filled in</submission>\n"
    try Data(filled.utf8).write(to: file)
    let refused = try CommandRunner.run(["init", "--output", file.path])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains(file.path) && refused.stderr.contains("--force"))
    #expect(try String(contentsOf: file, encoding: .utf8) == filled)
    let forced = try CommandRunner.run(["init", "--force", "--output", file.path])
    #expect(forced.status == 0)
    let replaced = try String(contentsOf: file, encoding: .utf8)
    #expect(replaced.contains("<submission xmlns=\"urn:shanshui:submission:1\" formatVersion=\"2\">"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
    #expect(leftovers == ["filled.xml"], "the atomic replace leaves no temporary file")
  }
}
