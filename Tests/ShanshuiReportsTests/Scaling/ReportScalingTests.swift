import ShanshuiCore
import ShanshuiReports
import ShanshuiTestSupport
import Testing

/// The reporters' loops over findings, source lines and rules, at 10× and 100× a fixture's size (60 and 600
/// generated units, two findings each, with the offending lines' text), and the standard's pages at 10× and 100× a
/// base of one rule per check kind: the larger may cost at most `Scaling.maximumRatio` times the smaller.
@Suite struct ReportScalingTests {
  static func report(units: Int, language: Language) throws -> Report {
    let validator = try #require(BundledTestStandard.validator)
    let bytes = try ScaledInputs.submission(units: units)
    var result = validator.validate(bytes: bytes, path: "scaled.xml", selection: .auto)
    result.sourceLines = SourceLines.extract(Set(result.findings.map(\.location.line)), from: bytes)
    var everyProfile = validator.validateEveryProfile(bytes: bytes, path: "every.xml")
    everyProfile.sourceLines = result.sourceLines
    return Report(
      toolVersion: "0", standard: validator.standard.info, files: [result, everyProfile], language: language)
  }

  static let formats = ["text", "json", "jsonl", "sarif", "junit", "html"]

  @Test func theFormatsAreEveryRenderer() {
    #expect(Self.formats == Renderers.all.map { $0.identifier })
  }

  @Test(arguments: formats, [Language.zh, .en])
  func everyFormatGrowsLinearlyWithFindings(format: String, language: Language) throws {
    let renderer = try #require(Renderers.named(format))
    let (small, large) = (
      try Self.report(units: 60, language: language), try Self.report(units: 600, language: language)
    )
    #expect(large.files[0].findings.count == 1200)
    let text = renderer.render(large)
    #expect(text.contains("U600") || text.contains("unit[600]"), "the last unit's finding is in the \(format) report")
    let measured = Scaling.ratio(small: { _ = renderer.render(small) }, large: { _ = renderer.render(large) })
    #expect(measured.isWithinBound, "\(format) \(language): \(measured)")
  }

  /// `SourceLines.extract` reads each line once, however many findings name it.
  @Test func sourceLinesGrowLinearly() throws {
    let (small, large) = (try ScaledInputs.submission(units: 60), try ScaledInputs.submission(units: 600))
    let lines = { (bytes: [UInt8]) in Set(stride(from: 1, through: bytes.count / 40, by: 3)) }
    #expect(SourceLines.extract(lines(large), from: large).count > 1_000)
    let measured = Scaling.ratio(
      small: { _ = SourceLines.extract(lines(small), from: small) },
      large: { _ = SourceLines.extract(lines(large), from: large) })
    #expect(measured.isWithinBound, "\(measured)")
  }

  static func standard(copies: Int, parameters: Int) throws -> Standard {
    try MiniStandard.load(
      rules: ScaledInputs.rules(copies: copies), parameters: ScaledInputs.parameters(count: parameters))
  }

  /// The documentation site lists each parameter's rules and each rule's parameters.
  @Test func docSiteGrowsLinearlyWithRulesAndParameters() throws {
    let (small, large) = (
      try Self.standard(copies: 10, parameters: 30), try Self.standard(copies: 100, parameters: 300)
    )
    #expect(DocSite.render(large, format: .html, language: .both).count > 1)
    let measured = Scaling.ratio(
      small: { _ = DocSite.render(small, format: .html, language: .both) },
      large: { _ = DocSite.render(large, format: .html, language: .both) })
    #expect(measured.isWithinBound, "\(measured)")
  }

  @Test func diffReportGrowsLinearlyWithRules() throws {
    func report(_ copies: Int) throws -> DiffReport {
      // Every rule's English title edited, and two parameters added.
      let old = try Self.standard(copies: copies, parameters: 1)
      let new = try MiniStandard.load(
        rules: ScaledInputs.rules(copies: copies).replacingOccurrences(
          of: #"<title lang="en">"#, with: #"<title lang="en">Edited "#),
        parameters: ScaledInputs.parameters(count: 3))
      let diff = StandardDiff(old: old, new: new)
      #expect(diff.rules.changed.count == copies * CheckKinds.all.count)
      return DiffReport(toolVersion: "0", diff: diff, language: .zh)
    }
    let (small, large) = (try report(10), try report(100))
    #expect(DiffTextRenderer.render(large).contains("scaled-3"))
    let measured = Scaling.ratio(
      small: {
        _ = DiffTextRenderer.render(small)
        _ = DiffJSONRenderer.render(small)
        _ = DiffMarkdownRenderer.render(small)
      },
      large: {
        _ = DiffTextRenderer.render(large)
        _ = DiffJSONRenderer.render(large)
        _ = DiffMarkdownRenderer.render(large)
      })
    #expect(measured.isWithinBound, "\(measured)")
  }

  @Test func schematronExportGrowsLinearlyWithRules() throws {
    let (small, large) = (try Self.standard(copies: 10, parameters: 1), try Self.standard(copies: 100, parameters: 1))
    #expect(!SchematronExporter(standard: large).export(profile: .unified, language: .zh).text.isEmpty)
    let measured = Scaling.ratio(
      small: { _ = SchematronExporter(standard: small).export(profile: .unified, language: .zh) },
      large: { _ = SchematronExporter(standard: large).export(profile: .unified, language: .zh) })
    #expect(measured.isWithinBound, "\(measured)")
  }
}
