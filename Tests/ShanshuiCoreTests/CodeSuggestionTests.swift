import Testing

@testable import ShanshuiCore

/// The did-you-mean of an unknown code (`{suggestion}` of the codelist kind): one clearly nearest code or none.
struct CodeSuggestionTests {
  static let codes = [
    Codelist.Code(value: "spoil-protection-rate", name: LocalizedText(zh: "渣土防护率", en: "spoil protection rate")),
    Codelist.Code(value: "topsoil-protection-rate", name: LocalizedText(zh: "表土保护率", en: "topsoil protection rate")),
    Codelist.Code(value: "erosion-control-degree", name: LocalizedText(zh: "水土流失治理度", en: "erosion-control degree")),
  ]

  @Test(arguments: [
    ("spoil-protect-rate", "spoil-protection-rate"),  // a misspelling (3 edits)
    ("Spoil_Protection_Rate", "spoil-protection-rate"),  // case and underscores
    ("渣土防护率", "spoil-protection-rate"),  // the Chinese name for the code
    ("erosion control degree", "erosion-control-degree"),  // the English name
    ("topsoil-protection-rat", "topsoil-protection-rate"),
  ])
  func suggestsTheNearestCode(value: String, expected: String) {
    #expect(CodeSuggestion.nearest(to: value, among: Self.codes)?.value == expected)
  }

  @Test(arguments: ["vegetation-coverage-rate", "", "rate", "protection-rate"])
  func suggestsNothingFarOrAmbiguous(value: String) {
    // protection-rate is as near to spoil- as to topsoil-protection-rate minus their prefixes: too far for both.
    #expect(CodeSuggestion.nearest(to: value, among: Self.codes) == nil)
  }

  @Test func tiesSuggestNothing() {
    let codes = ["500155", "500156"].map { Codelist.Code(value: $0, name: LocalizedText($0)) }
    #expect(CodeSuggestion.nearest(to: "500157", among: codes) == nil)
    #expect(CodeSuggestion.nearest(to: "500156", among: codes)?.value == "500156")
  }

  @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    #expect(CodeSuggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(CodeSuggestion.editDistance(Array(""), Array("abc")) == 3)
    #expect(CodeSuggestion.editDistance(Array("渣土防护率"), Array("渣土防护")) == 1)
  }
}
