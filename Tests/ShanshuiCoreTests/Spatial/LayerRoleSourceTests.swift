import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// A layer role cites what defines its control line with `<source ref clause>`, like a rule: the loader resolves the
/// references and refuses an undeclared one (E204), as for rules.
@Suite struct LayerRoleSourceTests {
  @Test func theBundledRolesCiteTheirSources() throws {
    let standard = try BundledTestStandard.standard()
    let sources = standard.layers.mapValues { $0.sources.map(\.document.id) }
    #expect(sources["ecological-red-line"] == ["three-control-lines", "mnr-2022-142"])
    #expect(sources["permanent-basic-farmland"] == ["three-control-lines", "land-admin-law"])
    #expect(sources["urban-development-boundary"] == ["three-control-lines"])
    #expect(sources["nature-reserve"] == ["mnr-2022-142"])
    #expect(sources["river-shoreline"] == ["yangtze-law", "yangtze-law-tailings"])
    let farmland = try #require(standard.layers["permanent-basic-farmland"]?.sources.last)
    #expect(farmland.clause == "第三十五条")
  }

  @Test func anUndeclaredSourceOfALayerRoleIsALoadError() throws {
    var standard = try EditedStandard()
    try standard.replace(
      #"<name lang="en">Urban development boundary</name>\#n      <source ref="three-control-lines""#,
      with: #"<name lang="en">Urban development boundary</name>\#n      <source ref="no-such-document""#,
      in: "rules/spatial.xml")
    do {
      _ = try standard.load()
      Issue.record("the standard loaded")
    } catch let failure as StandardLoader.Failure {
      #expect(failure.diagnostics.map(\.code) == [.unknownReference])
      let message = try #require(failure.diagnostics.first).message.text(.en)
      #expect(message.contains("unknown source document no-such-document"), "\(message)")
      #expect(failure.diagnostics.first?.location.file.hasSuffix("spatial.xml") == true)
    }
  }
}
