import Foundation
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Submission format versions 1 and 2: both are accepted, no other; every section version 2 adds to `submission` is in
/// the context of SS-FMT-001, so a version-1 file that uses it is told to declare version 2.
@Suite struct FormatVersionTests {
  /// The sections of version 1 (docs/submission-format.md).
  static let version1Sections: Set = [
    "project", "location", "period", "area", "investment", "units", "corridor", "soilConservation", "karst", "mine",
    "monitoring", "maintenance", "ecoCompensation", "dataSharing", "crossBorder",
  ]

  /// The element names declared in the `submission` element's `xs:all` of the bundled schema.
  static func sections() throws -> [String] {
    let schema = String(decoding: try Repository.bytes("standards/schema/submission.xsd"), as: UTF8.self)
    let start = try #require(schema.range(of: "<xs:element name=\"submission\">"))
    let end = try #require(schema.range(of: "</xs:all>", range: start.upperBound..<schema.endIndex))
    return schema[start.upperBound..<end.lowerBound].matches(of: #/<xs:element name="([A-Za-z]+)"/#).map {
      String($0.output.1)
    }
  }

  @Test func everyVersion2SectionIsInTheContextOfSSFMT001() throws {
    let sections = try Self.sections()
    #expect(Set(sections).isSuperset(of: Self.version1Sections))
    let added = sections.filter { !Self.version1Sections.contains($0) }
    #expect(Set(added).isSuperset(of: ["eligibility", "performance", "plan"]))
    let rule = try #require(try BundledTestStandard.standard().rule("SS-FMT-001"))
    let branches = Set(
      rule.context.source.split(separator: "|").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
    for name in added {
      #expect(branches.contains("/s:submission/s:\(name)"), "\(name) is missing from SS-FMT-001's context")
    }
  }

  @Test(arguments: ["1", "2", "3", "1.0"]) func onlyVersions1And2AreAccepted(version: String) throws {
    let standard = try BundledTestStandard.standard()
    let base = String(decoding: try #require(standard.exampleBase), as: UTF8.self)
    let text = base.replacingOccurrences(of: "formatVersion=\"1\"", with: "formatVersion=\"\(version)\"")
    let result = Validator(standard: standard).validate(bytes: Array(text.utf8), path: "v.xml", selection: .auto)
    switch version {
    case "1": #expect(result.status == .checked && result.findings.isEmpty)
    case "2":
      // The base (a central integrated project) declared version 2 is asked for the version-2 sections.
      #expect(result.status == .checked)
      #expect(
        result.findings.map(\.ruleID).sorted() == [
          "SS-ELG-001", "SS-ELG-003", "SS-ELG-003", "SS-PLN-001", "SS-PRF-001",
        ])
    default:
      #expect(result.diagnostics.map(\.code) == [.inputSchemaInvalid])
    }
  }
}
