import Foundation
@testable import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// `lint FILE`: a rule document is linted in the context of its standard (the manifest found above it, or the one
/// given), and only its own findings are reported.
@Suite struct LintTargetTests {
  static func linter() throws -> Linter { Linter(toolFiles: try Repository.standardFiles()) }

  /// A copy of `standards/` (current version only) with an unknown parameter in corridors.xml (SL004) and no
  /// xml-model instruction in karst.xml (SL018).
  static func brokenCopy() throws -> URL {
    let directory = TemporaryDirectory.url("lint-target")
    try FileManager.default.copyItem(at: Repository.url("standards"), to: directory)
    try FileManager.default.removeItem(at: directory.appendingPathComponent("versions"))
    func edit(_ file: String, _ find: String, _ replace: String) throws {
      let url = directory.appendingPathComponent("rules/" + file)
      let text = try String(contentsOf: url, encoding: .utf8)
      #expect(text.contains(find))
      try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: true, encoding: .utf8)
    }
    try edit("corridors.xml", #"min="$chemical-min-distance""#, #"min="$chemical-min-distanse""#)
    try edit("karst.xml", #"<?xml-model href="../schema/rules.xsd""#, #"<?xml-stylesheet href="../schema/rules.xsd""#)
    return directory
  }

  /// Every rule document of the bundled standard uses sources, parameters and codelists declared in other documents;
  /// alone, 14 of the 18 reported false SL004/SL005/SL006 and an E200 (a source text looked up below `rules/`).
  @Test func everyBundledRuleDocumentIsCleanInItsStandard() throws {
    let documents = try Repository.standardFiles().keys.filter { $0.hasPrefix("rules/") }.sorted()
    #expect(documents.count >= 18)
    for document in documents {
      let path = Repository.url("standards/" + document).path
      let targets = try LintTarget.locate([path], standard: nil)
      #expect(targets.count == 1 && targets.first?.only == [path], "\(document)")
      let result = try Self.linter().lint(targets)
      #expect(result.problems.isEmpty, "\(document): \(result.problems.map(\.message.en))")
      #expect(result.findings.isEmpty, "\(document): \(result.findings.map { "\($0.ruleID) \($0.message.en)" })")
      #expect(result.files == [path])
    }
  }

  @Test func onlyTheNamedFilesFindingsAreReported() throws {
    let directory = try Self.brokenCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let corridors = directory.appendingPathComponent("rules/corridors.xml").path
    let karst = directory.appendingPathComponent("rules/karst.xml").path
    let soil = directory.appendingPathComponent("rules/soil.xml").path
    let whole = try Self.linter().lint(.directory(directory.path))
    #expect(Set(whole.findings.map(\.ruleID)) == ["SL004", "SL018"])

    let one = try Self.linter().lint(try LintTarget.locate([corridors], standard: nil))
    #expect(one.findings.map(\.ruleID) == ["SL004"])
    #expect(one.findings.first?.location.file == corridors && one.findings.first?.location.line ?? 0 > 0)
    #expect(one.files == [corridors])

    let two = try Self.linter().lint(try LintTarget.locate([karst, corridors], standard: nil))
    #expect(two.findings.map(\.ruleID) == ["SL004", "SL018"])
    #expect(two.files.count == 2)

    let clean = try Self.linter().lint(try LintTarget.locate([soil], standard: directory.path))
    #expect(clean.findings.isEmpty && clean.problems.isEmpty && clean.files == [soil])
  }

  /// The root is written so that joined with the include it names the file as given: messages keep the user's path.
  @Test func aRelativePathKeepsItsSpelling() throws {
    #expect(LintTarget.displayRoot(for: "standards/rules/soil.xml", href: "rules/soil.xml") == "standards")
    #expect(LintTarget.displayRoot(for: "rules/soil.xml", href: "rules/soil.xml") == ".")
    #expect(LintTarget.displayRoot(for: "/a/b/rules/soil.xml", href: "./rules/soil.xml") == "/a/b")
    #expect(LintTarget.displayRoot(for: "soil.xml", href: "rules/soil.xml") == nil)
  }

  @Test func aFrozenVersionsDocumentIsLintedInThatVersion() throws {
    let path = Repository.url("standards/versions/0.1.0/rules/funding.xml").path
    let targets = try LintTarget.locate([path], standard: nil)
    guard case .directory(let root) = targets.first?.source else {
      Issue.record("expected the version's directory, got \(String(describing: targets.first?.source))")
      return
    }
    #expect(LintTarget.canonical(root) == LintTarget.canonical(Repository.url("standards/versions/0.1.0").path))
    let result = try Self.linter().lint(targets)
    // No false "undefined source" (SL006) or other error; the frozen 0.1.0 predates Chinese example descriptions,
    // so SL026 warns there and only there (the version is a record, not edited).
    #expect(result.problems.isEmpty && result.files == [path])
    #expect(Set(result.findings.map(\.ruleID)).subtracting(["SL026"]).isEmpty, "\(result.findings.map(\.ruleID))")
    #expect(!result.findings.contains { $0.severity == .error })
  }

  @Test func aManifestOrALoneDocumentIsItsOwnStandard() throws {
    let manifest = Repository.url("standards/standard.xml").path
    let targets = try LintTarget.locate([manifest], standard: nil)
    #expect(targets.count == 1 && targets.first?.only == nil)
    let directory = try TemporaryDirectory.make("lint-alone")
    defer { try? FileManager.default.removeItem(at: directory) }
    let alone = directory.appendingPathComponent("alone.xml")
    try FileManager.default.copyItem(at: Repository.url("standards/rules/wetland.xml"), to: alone)
    let located = try LintTarget.locate([alone.path], standard: nil)
    #expect(located.count == 1 && located.first?.only == nil)
  }

  @Test func aFileOutsideTheGivenStandardIsRefused() throws {
    let directory = try Self.brokenCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let foreign = Repository.url("standards/rules/soil.xml").path
    #expect(throws: LintTarget.NotInStandard.self) {
      try LintTarget.locate([foreign], standard: directory.path)
    }
  }
}
