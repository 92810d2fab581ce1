import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// `CheckDeclaration` gives every check kind's fields in the rule document's own terms.
@Suite struct CheckDeclarationTests {
  /// Each field of each kind's example rule is written in the rule as `name="value"` (or `<part path="value"/>`).
  @Test(arguments: CheckKinds.all.map { $0.description.name })
  func fieldsAreTheAttributesAsWritten(kind: String) throws {
    let description = try #require(CheckKinds.named(kind)).description
    let rule = try #require(try MiniStandard.load(rules: description.exampleRule).rules.first)
    let declaration = CheckDeclaration(rule.check)
    #expect(declaration.kind == kind)
    #expect(!declaration.fields.isEmpty)
    for field in declaration.fields where !(field.name == "tolerance" && field.value == "0") {
      let attribute = field.name == "part" ? "path" : field.name
      let written = field.value.replacingOccurrences(of: "<", with: "&lt;")
      #expect(description.exampleRule.contains("\(attribute)=\"\(written)\""), "\(kind): \(field.name)=\(field.value)")
    }
  }

  @Test func optionalFieldsThatAreNotSetAreLeftOut() throws {
    let rule = """
      <rule id="SS-TST-001" severity="error">
        <title lang="zh">甲</title><title lang="en">A</title><message lang="zh">甲</message><message lang="en">A</message>
        <source ref="test-source"/>
        <context>/s:submission/s:units/s:unit</context>
        <range path="area" max="5000"/>
        <example outcome="pass" profile="chongqing"/>
        <example outcome="fail" profile="chongqing"><set path="units/unit[1]/area">6000</set></example>
      </rule>
      """
    let check = try #require(try MiniStandard.load(rules: rule).rules.first).check
    #expect(CheckDeclaration(check).fields == [.init("path", "area"), .init("max", "5000")])
    #expect(CheckDeclaration(check).value("min") == nil)
  }
}
