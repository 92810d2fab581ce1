import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// The schema facts that rewritten messages name are read from submission.xsd itself, not kept beside it.
@Suite struct SubmissionSchemaFactsTests {
  static func schema() throws -> String {
    String(decoding: try Repository.bytes("standards/schema/submission.xsd"), as: UTF8.self)
  }

  @Test func enumerationNamesComeFromTheSchema() throws {
    let facts = SubmissionSchemaFacts(schema: Array(try Self.schema().utf8))
    #expect(facts.valueNames["mu"]?.zh == "亩")
    #expect(facts.valueNames["true"]?.zh == "是")
    #expect(facts.unitNames["km2"]?.zh == "平方千米")
    #expect(facts.unitNames["true"] == nil)
    // Editing the schema's documentation changes the name: nothing is hand-kept apart from it.
    let edited = try Self.schema().replacingOccurrences(
      of: #"<xs:enumeration value="mu"><xs:annotation><xs:documentation xml:lang="zh">亩</xs:documentation>"#,
      with: #"<xs:enumeration value="mu"><xs:annotation><xs:documentation xml:lang="zh">市亩</xs:documentation>"#)
    #expect(SubmissionSchemaFacts(schema: Array(edited.utf8)).valueNames["mu"]?.zh == "市亩")
  }

  @Test func everyUnitValueHasAChineseNameAgreeingWithTheUnitTable() throws {
    let facts = SubmissionSchemaFacts(schema: Array(try Self.schema().utf8))
    for unit in QuantityUnit.ordered {
      let name = try #require(facts.unitNames[unit.id]?.zh, "\(unit.id) has no zh name in submission.xsd")
      // Where the unit table's symbol is a plain Chinese word, the schema says the same.
      let chinese = { (text: String) in
        !text.isEmpty && text.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || $0 == "/" }
      }
      // 个月 and 个 are how amounts read (3 个月); the schema names the unit itself (月, 个（计数）).
      if let symbol = unit.symbol.zh, chinese(symbol), !["个月", "个"].contains(symbol) {
        #expect(name == symbol, "\(unit.id): schema \(name), unit table \(symbol)")
      }
    }
  }

  @Test func childrenAttributesAndTypes() throws {
    let facts = SubmissionSchemaFacts(schema: Array(try Self.schema().utf8))
    #expect(facts.childNames(of: "unit").prefix(3) == ["name", "area", "slope"])
    #expect(facts.children["unit"]?.first { $0.name == "area" }?.required == true)
    #expect(facts.children["unit"]?.first { $0.name == "slope" }?.required == false)
    #expect(facts.attributes["unit"] == ["id", "division", "mode", "damage"])
    #expect(facts.attributes["area"] == ["unit"])
    #expect(facts.builtinTypes["@start"] == "xs:date")
    #expect(facts.elementNames.contains("soilConservation"))
  }

  @Test func anUnreadableSchemaGivesNoFacts() {
    #expect(SubmissionSchemaFacts(schema: Array("<not-xml".utf8)) == .empty)
  }
}
