import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// The rules scoped to the 六江 corridors name the six rivers in their XPath context (a context cannot read a
/// codelist), once per rule: this keeps the copies in step with each other and with the joint opinion's list.
@Suite struct SixRiverScopeTests {
  /// The six rivers of 渝规资〔2021〕428号 (“长江、嘉陵江、乌江、岷江、涪江和沱江”), as corridor river codes.
  static let sixRivers: [String: String] = [
    "yangtze": "长江", "jialing": "嘉陵江", "wujiang": "乌江", "minjiang": "岷江", "fujiang": "涪江", "tuojiang": "沱江",
  ]

  /// The rules whose context is a corridor (or a submission with a corridor) on one of the six rivers.
  static let scopedRules = ["SS-RIV-001", "SS-RIV-002", "SS-COO-001", "SS-COO-002"]

  @Test(arguments: scopedRules) func theContextNamesExactlyTheSixRivers(rule id: String) throws {
    let rule = try #require(try BundledTestStandard.standard().rule(id))
    let named = Set(rule.context.source.matches(of: #/@river = '([a-z]+)'/#).map { String($0.output.1) })
    #expect(named == Set(Self.sixRivers.keys), "\(id) names \(named.sorted())")
  }

  @Test func theJointOpinionNamesTheSameSix() throws {
    let text = String(decoding: try Repository.bytes("standards/sources/cqsc-428-2021.txt"), as: UTF8.self)
    let list = try #require(text.firstRange(of: "围绕长江、嘉陵江、乌江、岷江、涪江和沱江等重点流域"))
    let sentence = String(text[list])
    for name in Self.sixRivers.values { #expect(sentence.contains(name), "\(name)") }
  }
}
