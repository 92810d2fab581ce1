import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Suppression joins findings to inline directives and baseline entries: both come from the files under review, so
/// the join must not be findings × directives. 60 and 600 units with two findings each; directives that match
/// nothing are the worst case for a scan. Only the policy is measured, on results checked beforehand.
@Suite struct SuppressionScalingTests {
  /// A directive before each unit that names rules with no finding there, then one that silences the unit's fault;
  /// with `oneLine`, the whole submission on one line, so that every finding and every directive share line 1.
  static func results(units: Int, oneLine: Bool) throws -> [FileResult] {
    let validator = try #require(BundledTestStandard.validator)
    var text = String(decoding: try ScaledInputs.submission(units: units), as: UTF8.self)
    var number = 0
    var edited = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("    <unit id=") {
        number += 1
        let next = oneLine ? "" : "-next-line"
        let unrelated = ScaledInputs.ruleID(number)
        edited += "<!-- shanshui-ignore\(next) \(unrelated), SS-ZZZ-999: 无关 -->\n"
        edited += "<!-- shanshui-ignore\(next) SS-BAS-006: 已批准 -->\n"
      }
      edited += line + "\n"
    }
    text = oneLine ? edited.replacingOccurrences(of: "\n", with: " ") : edited
    let result = validator.validate(bytes: Array(text.utf8), path: "directives.xml", selection: .auto)
    #expect(result.ignoreDirectives.count == 2 * units)
    return [result]
  }

  static func measure(oneLine: Bool) throws -> Scaling.Measured {
    let (small, large) = (try results(units: 60, oneLine: oneLine), try results(units: 600, oneLine: oneLine))
    let policy = SuppressionPolicy(inlineMode: .allow)
    var check = large
    _ = policy.apply(to: &check)
    #expect(check[0].suppressed.count == 600, "one finding of each unit silenced")
    return Scaling.ratio(
      small: {
        var files = small
        _ = policy.apply(to: &files)
      },
      large: {
        var files = large
        _ = policy.apply(to: &files)
      })
  }

  @Test func inlineDirectivesJoinInLinearCost() throws {
    let measured = try Self.measure(oneLine: false)
    #expect(measured.isWithinBound, "\(measured)")
  }

  @Test func directivesAndFindingsOnOneLineJoinInLinearCost() throws {
    let measured = try Self.measure(oneLine: true)
    #expect(measured.isWithinBound, "\(measured)")
  }

  @Test func baselineEntriesJoinInLinearCost() throws {
    let validator = try #require(BundledTestStandard.validator)
    func files(_ units: Int) throws -> [FileResult] {
      [validator.validate(bytes: try ScaledInputs.submission(units: units), path: "b.xml", selection: .auto)]
    }
    let (small, large) = (try files(60), try files(600))
    let policies = [small, large].map {
      SuppressionPolicy(baseline: Baseline(files: $0, standard: nil, name: { $0 }), inlineMode: .allow)
    }
    var check = large
    _ = policies[1].apply(to: &check)
    #expect(check[0].findings.isEmpty && check[0].suppressed.count == 1200)
    let measured = Scaling.ratio(
      small: {
        var copy = small
        _ = policies[0].apply(to: &copy)
      },
      large: {
        var copy = large
        _ = policies[1].apply(to: &copy)
      })
    #expect(measured.isWithinBound, "\(measured)")
  }
}
