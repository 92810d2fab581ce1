/// What unifying the criteria would change on a corpus of submissions: per differing parameter, how many pass under
/// each profile's values and which flip; with a proposal, which submissions would newly fail or pass, and why.
public struct CorpusImpact: Sendable {
  /// One parameter whose provincial values differ (or that only one province has).
  public struct ParameterImpact: Sendable, Equatable {
    public var parameterID: String
    public var ruleIDs: [String]
    /// Submissions (of those the rules apply to) that pass those rules under each profile.
    public var passing: [Profile: Int]
    /// Submissions the parameter's rules apply to under at least one profile.
    public var applicable: Int
    /// Submissions whose verdict differs between the profiles, with the verdict under each (true = passes).
    public var flips: [Flip]
  }

  public struct Flip: Sendable, Equatable {
    public var path: String
    public var passes: [Profile: Bool]
  }

  /// A submission whose verdict changes when it is judged under the proposed unified values instead of its own
  /// province's (as `--profile auto` judges it today).
  public struct Change: Sendable, Equatable {
    public var path: String
    public var newlyFailing: [String]
    /// Rules that fail today and would pass under the proposal.
    public var newlyPassing: [String]
    /// Rules that fail today and would not apply under the unified profile at all (a one-province rule).
    public var noLongerApplying: [String]
  }

  public var submissions: [String]
  /// Files that could not be rule-checked (malformed, schema-invalid), left out of the counts.
  public var skipped: [String]
  public var parameters: [ParameterImpact]
  public var proposal: UnifiedProposal?
  public var changes: [Change]

  /// Measures the impact on `corpus` (path and bytes of each submission).
  public static func measure(
    corpus: [(path: String, bytes: [UInt8])], validator: Validator, proposal: UnifiedProposal?
  ) -> CorpusImpact {
    let standard = validator.standard
    let proposed = proposal.map { Validator(standard: $0.applied(to: standard), limits: validator.limits) }
    var checked: [(path: String, failing: [Profile: Set<String>], applicable: [Profile: Set<String>])] = []
    var skipped: [String] = []
    var changes: [Change] = []
    for (path, bytes) in corpus {
      let all = validator.validateEveryProfile(bytes: bytes, path: path)
      guard all.status == .checked, let matrix = all.verdicts else {
        skipped.append(path)
        continue
      }
      var failing: [Profile: Set<String>] = [:]
      var applicable: [Profile: Set<String>] = [:]
      for profile in Profile.allCases {
        let column = VerdictMatrix.Column(rawValue: profile.rawValue) ?? .unified
        failing[profile] = Set(matrix.rows.filter { $0.verdicts[column] == .fail }.map(\.ruleID))
        applicable[profile] = Set(matrix.rows.filter { $0.verdicts[column] != .notApplicable }.map(\.ruleID))
      }
      checked.append((path, failing, applicable))
      if let proposed {
        // SS-SYS-… notices are about profile selection, not criteria: leave them out of the comparison.
        let rules = { (result: FileResult) in Set(result.findings.map(\.ruleID).filter { !$0.hasPrefix("SS-SYS-") }) }
        let today = rules(validator.validate(bytes: bytes, path: path, selection: .auto))
        let after = rules(proposed.validate(bytes: bytes, path: path, selection: .forced(.unified)))
        let unifiedRules = proposed.applicable[.unified] ?? []
        let gone = today.subtracting(after)
        if today != after {
          changes.append(Change(path: path, newlyFailing: after.subtracting(today).sorted(),
            newlyPassing: gone.filter { unifiedRules.contains($0) }.sorted(),
            noLongerApplying: gone.filter { !unifiedRules.contains($0) }.sorted()))
        }
      }
    }
    let parameters = standard.parameters.values.filter(\.differsBetweenProvinces).sorted { $0.id < $1.id }.map { parameter in
      let rules = Set(standard.rules.filter { $0.parameterIDs.contains(parameter.id) }.map(\.id))
      var passing: [Profile: Int] = [:]
      var flips: [Flip] = []
      var applicableCount = 0
      for submission in checked {
        let applies = Profile.allCases.contains { !(submission.applicable[$0] ?? []).isDisjoint(with: rules) }
        guard applies else { continue }
        applicableCount += 1
        var passes: [Profile: Bool] = [:]
        for profile in Profile.allCases {
          passes[profile] = (submission.failing[profile] ?? []).isDisjoint(with: rules)
          if passes[profile] == true { passing[profile, default: 0] += 1 }
        }
        if Set(passes.values).count > 1 { flips.append(Flip(path: submission.path, passes: passes)) }
      }
      return ParameterImpact(parameterID: parameter.id, ruleIDs: rules.sorted(), passing: passing,
        applicable: applicableCount, flips: flips)
    }
    return CorpusImpact(submissions: checked.map(\.path), skipped: skipped, parameters: parameters,
      proposal: proposal, changes: changes)
  }
}

extension Parameter {
  /// Whether Chongqing and Sichuan disagree: different values, or a value in one province only.
  public var differsBetweenProvinces: Bool {
    values[.chongqing]?.value != values[.sichuan]?.value
  }
}
