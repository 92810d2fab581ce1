import Foundation
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// The `xml-model` processing instruction that points editors at rules.xsd: the loader accepts it, every rule
/// document of the bundled standard carries it, and lint warns (SL018) where it is missing.
@Suite struct XMLModelInstructionTests {
  static let instruction =
    #"<?xml-model href="../schema/rules.xsd" type="application/xml" schematypens="http://www.w3.org/2001/XMLSchema"?>"#

  @Test func theLoaderAcceptsTheInstruction() throws {
    var files = try MiniStandard.files(rules: LintExample.rule())
    let document = String(decoding: try #require(files["rules/test.xml"]), as: UTF8.self)
    #expect(!document.contains("xml-model"))
    let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#
    files["rules/test.xml"] = Array(
      document.replacingOccurrences(of: declaration, with: declaration + "\n" + Self.instruction).utf8)
    let standard = try StandardLoader(toolFiles: files).load(.inMemory(name: "<test>", files: files))
    #expect(standard.rule("SS-TST-001") != nil)
  }

  @Test func everyBundledRuleDocumentCarriesIt() throws {
    let documents = try Repository.standardFiles().filter { $0.key.hasPrefix("rules/") }
    // Every document standard.xml includes (one include line each) is under rules/.
    let manifest = String(decoding: try #require(try Repository.standardFiles()["standard.xml"]), as: UTF8.self)
    #expect(documents.count == manifest.components(separatedBy: "<include ").count - 1)
    #expect(documents.count >= 12)
    for (path, bytes) in documents {
      let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
      #expect(lines.dropFirst().first.map(String.init) == Self.instruction, "\(path)")
    }
  }

  @Test func lintWarnsWithoutIt() throws {
    let files = LintExample(xmlModel: false).files(toolFiles: try Repository.standardFiles())
    let result = Linter(toolFiles: files).lint(.inMemory(name: "<x>", files: files))
    let finding = try #require(result.findings.first)
    #expect(result.findings.count == 1 && finding.ruleID == "SL018" && finding.severity == .warning)
    #expect(finding.location == SourceLocation(file: "<x>/rules/test.xml", line: 1, column: 1))
  }
}
