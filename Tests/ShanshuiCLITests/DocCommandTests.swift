import Foundation
import ShanshuiTestSupport
import Testing

/// `shanshui doc` end to end: the files written in each format, a broken standard, and an output that cannot be
/// written.
@Suite(.serialized) struct DocCommandTests {
  func files(_ directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  static let themePages = [
    "basics", "completeness", "cooperation", "corridors", "eligibility", "format", "funding", "greening", "karst",
    "mine",
    "monitoring", "performance", "plan", "qinba", "soil", "spatial", "transboundary", "wetland",
  ]

  @Test func markdownIsTheDefaultWithAnIndexThemesAndParameters() throws {
    let directory = TemporaryDirectory.url("doc").appendingPathComponent("nested/site")
    let output = try CommandRunner.run(["doc", "--output", directory.path])
    #expect(output.status == 0 && output.stdout.isEmpty && output.stderr.isEmpty, "\(output.stderr)")
    #expect(try files(directory) == (["README", "parameters"] + Self.themePages).map { $0 + ".md" }.sorted())
    let index = String(decoding: try Data(contentsOf: directory.appendingPathComponent("README.md")), as: UTF8.self)
    #expect(index.contains("| [funding](funding.md) | 资金与投资<br>Funding and investment | 9 |"))
    let mine = String(decoding: try Data(contentsOf: directory.appendingPathComponent("mine.md")), as: UTF8.self)
    #expect(mine.contains("central-mine-demo"), "the demonstration rules show the programme they are limited to")
    #expect(
      mine.components(separatedBy: "Programmes (n/a for a submission of another programme or none)").count - 1 == 6)
  }

  /// Example descriptions follow --lang (issue 19): the Chinese one alone, the English one alone, or both.
  @Test func exampleDescriptionsFollowTheLanguage() throws {
    let directory = TemporaryDirectory.url("doc")
    var karst: [String: String] = [:]
    for lang in ["zh", "en", "both"] {
      let site = directory.appendingPathComponent(lang)
      let output = try CommandRunner.run(["doc", "--lang", lang, "--output", site.path])
      #expect(output.status == 0, "\(output.stderr)")
      karst[lang] = String(
        decoding: try Data(contentsOf: site.appendingPathComponent("karst.md")), as: UTF8.self)
    }
    let zh = "恰好 50% 不属于小于 50%。"
    let en = "Exactly 50% is not below 50%."
    #expect(karst["zh"]?.contains("- 不通过 (sichuan): \(zh) — ") == true && karst["zh"]?.contains(en) == false)
    #expect(karst["en"]?.contains("- fails (sichuan): \(en) — ") == true && karst["en"]?.contains(zh) == false)
    #expect(karst["both"]?.contains("- 不通过 fails (sichuan): \(zh)<br>\(en) — ") == true)
  }

  @Test func htmlInOneLanguage() throws {
    let directory = TemporaryDirectory.url("doc")
    let output = try CommandRunner.run(["doc", "--format", "html", "--lang", "en", "--output", directory.path])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(try files(directory) == (["index", "parameters"] + Self.themePages).map { $0 + ".html" }.sorted())
    let funding = String(
      decoding: try Data(contentsOf: directory.appendingPathComponent("funding.html")), as: UTF8.self)
    #expect(
      funding.contains("<h2 id=\"SS-FUN-001\">SS-FUN-001 ")
        && funding.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
    #expect(funding.contains("<strong>Severity</strong>") && !funding.contains("严重程度"))
  }

  @Test func aBrokenStandardExitsTwoAndWritesNothing() throws {
    let root = TemporaryDirectory.url("doc")
    var broken = try EditedStandard()
    try broken.replace("</rules>\n</ruleDocument>", with: "</rules>\n", in: "rules/karst.xml")
    try broken.write(to: root.appendingPathComponent("standard"))
    let site = root.appendingPathComponent("site")
    let output = try CommandRunner.run([
      "doc", "--standard", root.appendingPathComponent("standard").path, "--output", site.path,
    ])
    #expect(
      output.status == 2 && output.stderr.contains("rules/karst.xml:") && output.stderr.contains("[E201]"),
      "\(output.stderr)")
    #expect(!FileManager.default.fileExists(atPath: site.path))
  }

  @Test func anUnwritableOutputExitsTwoAndAMissingOneIsAUsageError() throws {
    let root = TemporaryDirectory.url("doc")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let file = root.appendingPathComponent("a-file")
    try Data("x".utf8).write(to: file)
    let output = try CommandRunner.run(["doc", "--output", file.path])
    #expect(
      output.status == 2 && output.stderr.contains("[E500] 无法写入 --output \(file.path)：Not a directory"),
      "\(output.stderr)")
    #expect(try CommandRunner.run(["doc"]).status == 64)
    #expect(try CommandRunner.run(["doc", "--output", root.path, "--lang", "fr"]).status == 64)
  }
}
