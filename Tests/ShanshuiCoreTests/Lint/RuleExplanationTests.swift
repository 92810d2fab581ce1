import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// What `explain` is built from, on the bundled standard.
@Suite struct RuleExplanationTests {
  /// The bundled standard; a test that cannot load it fails instead of crashing the run.
  let standard: Standard

  init() throws {
    standard = try BundledTestStandard.standard()
  }

  @Test func everyRuleCanBeExplained() throws {
    for rule in standard.rules {
      let explanation = RuleExplanation(rule: rule, in: standard)
      #expect(!explanation.checkDescription.text(.zh).isEmpty && !explanation.checkDescription.text(.en).isEmpty)
      #expect(explanation.parameters.map(\.id) == rule.parameterIDs.sorted())
      #expect(explanation.examples.count == rule.examples.count && !explanation.sources.isEmpty)
      #expect(explanation.parameters.allSatisfy { $0.values.map(\.profile) == Profile.allCases })
    }
  }

  @Test func aProfileWithoutAValueSaysTheRuleDoesNotApply() throws {
    let rule = try #require(standard.rule("SS-RIV-006"))
    let values = try #require(RuleExplanation(rule: rule, in: standard).parameters.first).values
    #expect(values[0].value == 1000 && values[0].status == .adopted && values[0].fallbackFrom == nil)
    #expect(values[1].value == nil && values[1].status == nil)
    #expect(values[2].value == 1000 && values[2].fallbackFrom == .chongqing)
  }

  /// Under a profile the rule is not allowed (`<applies profiles>`), its parameter's value is not shown as applying.
  @Test func aProfileTheRuleDoesNotApplyToShowsNoValue() throws {
    var edited = try EditedStandard()
    try edited.replace(
      #"<context>/s:submission/s:units/s:unit[s:measure/@kind = 'slope-farming']</context>"#,
      with:
        #"<applies profiles="chongqing"/><context>/s:submission/s:units/s:unit[s:measure/@kind = 'slope-farming']</context>"#,
      in: "rules/soil.xml")
    let standard = try edited.load()
    let rule = try #require(standard.rule("SS-WSC-001"))
    let values = try #require(RuleExplanation(rule: rule, in: standard).parameters.first).values
    // Provisional: the law's clause text was not retrieved (soil.xml, source swc-law).
    #expect(values[0].value == 25 && values[0].status == .provisional)
    #expect(values[1].value == nil && values[1].status == nil && values[2].value == nil && values[2].status == nil)
  }

  @Test func suggestionsAreTheNearestIDs() {
    let ids = standard.rules.map(\.id)
    #expect(RuleIDSuggestion.suggestions(for: "SS-RIV-01", among: ids).first == "SS-RIV-001")
    #expect(RuleIDSuggestion.suggestions(for: "ss-wsc-003", among: ids).first == "SS-WSC-003")
    #expect(RuleIDSuggestion.suggestions(for: "SS-WCS-003", among: ids).contains("SS-WSC-003"))
    #expect(RuleIDSuggestion.suggestions(for: "completely different", among: ids).isEmpty)
  }
}
