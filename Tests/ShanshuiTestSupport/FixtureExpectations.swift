import Foundation

/// The findings a fixture declares inside itself, clang `-verify` style: `<!-- expect: SS-RIV-001 -->` on the
/// offending line, `<!-- expect[sichuan]: SS-RIV-001 -->` for one profile only, or `<!-- expect-no-findings -->`.
public struct FixtureExpectations: Equatable, CustomStringConvertible {
  /// One expected finding: line, rule id and, when stated, the profile.
  public struct Expectation: Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var ruleID: String
    public var profile: String?

    public init(line: Int, ruleID: String, profile: String?) {
      self.line = line
      self.ruleID = ruleID
      self.profile = profile
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
      (lhs.line, lhs.ruleID, lhs.profile ?? "") < (rhs.line, rhs.ruleID, rhs.profile ?? "")
    }

    public var description: String { "\(line): \(ruleID)" + (profile.map { " [\($0)]" } ?? "") }
  }

  public var expectations: Set<Expectation>
  public var expectsNoFindings: Bool

  public var description: String {
    expectsNoFindings ? "no findings" : expectations.sorted().map(\.description).joined(separator: ", ")
  }

  public init(text: String) {
    var expectations: Set<Expectation> = []
    for (offset, line) in text.components(separatedBy: "\n").enumerated() {
      for match in line.matches(of: #/<!--\s*expect(?:\[([a-z]+)\])?:\s*([A-Z0-9-]+)\s*-->/#) {
        let profile = match.output.1.map(String.init)
        expectations.insert(Expectation(line: offset + 1, ruleID: String(match.output.2), profile: profile))
      }
    }
    self.expectations = expectations
    expectsNoFindings = text.contains("<!-- expect-no-findings -->")
  }

  /// Whether `findings` (line, rule id, profile) are exactly what the fixture declares: every expectation met by at
  /// least one finding, and every finding covered by an expectation.
  public func mismatches(_ findings: [(line: Int, ruleID: String, profile: String)]) -> [String] {
    var problems: [String] = []
    func matches(_ expectation: Expectation, _ finding: (line: Int, ruleID: String, profile: String)) -> Bool {
      expectation.line == finding.line && expectation.ruleID == finding.ruleID
        && (expectation.profile == nil || expectation.profile == finding.profile)
    }
    for expectation in expectations.sorted() where !findings.contains(where: { matches(expectation, $0) }) {
      problems.append("missing \(expectation)")
    }
    for finding in findings where !expectations.contains(where: { matches($0, finding) }) {
      problems.append("unexpected \(finding.line): \(finding.ruleID) [\(finding.profile)]")
    }
    return problems
  }
}
