import ShanshuiCore
import ShanshuiTestSupport
import Testing

@Suite struct SubmissionSkeletonTests {
  static let standard = try? BundledTestStandard.standard()

  static let cases: [(String, Profile)] = SubmissionSkeleton.projectTypes.flatMap { type in
    [(type, Profile.chongqing), (type, Profile.sichuan)]
  }

  @Test(arguments: cases)
  func skeletonIsSchemaValidForEveryTypeAndProvince(type: String, province: Profile) throws {
    let standard = try #require(Self.standard)
    let text = SubmissionSkeleton(province: province, projectType: type).render(
      index: RuleFieldIndex(standard: standard))
    let result = Validator(standard: standard).validate(bytes: Array(text.utf8), path: "init.xml", selection: .auto)
    #expect(result.status == .checked, "\(result.diagnostics.map { $0.message.text(.en) })")
    #expect(result.profiles == [province])
    #expect(text.contains("type=\"\(type)\""))
  }

  @Test func commentsNameTheRulesThatReadEachField() throws {
    let standard = try #require(Self.standard)
    let text = SubmissionSkeleton(province: .chongqing, projectType: "ssw").render(
      index: RuleFieldIndex(standard: standard))
    let lines = text.split(separator: "\n").map(String.init)
    let total = try #require(lines.firstIndex { $0.contains("<total ") })
    #expect(lines[total - 1].contains("SS-FUN-001"))
    let ids = Set(standard.rules.map(\.id))
    for match in text.matches(of: #/SS-[A-Z]{3}-[0-9]{3}/#) {
      #expect(ids.contains(String(match.output)), "\(match.output) is not a rule")
    }
    #expect(!text.contains("{{"))
  }

  @Test func indexKeysFollowContextsPathsAndPredicates() throws {
    let standard = try #require(Self.standard)
    let index = RuleFieldIndex(standard: standard)
    let sum = try #require(standard.rules.first { $0.check is SumCheck && $0.id == "SS-FUN-001" })
    #expect(index.rules(reading: "total", under: "investment").contains(sum.id))
    #expect(index.rules(reading: "source", under: "investment").contains(sum.id))
    #expect(!index.rules(reading: "@kind", under: "planLinkage").contains(sum.id))
  }
}
