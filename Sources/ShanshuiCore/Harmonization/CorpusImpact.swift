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
    /// Of those, the submissions the rules apply to under each profile (0: the profile has no value for the
    /// parameter, or its rules do not apply there: "n/a", not "0 passing").
    public var applicableUnder: [Profile: Int]
    /// Submissions whose verdict differs between the profiles, with the verdict under each (true = passes).
    public var flips: [Flip]
  }

  public struct Flip: Sendable, Equatable {
    public var path: String
    /// The verdict of the parameter's rules under each profile (`fail` if any of them fails, …).
    public var verdicts: [Profile: VerdictMatrix.Verdict]
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
    /// For each changed rule, the proposed parameters it reads; a rule without any changed only because the
    /// submission is judged under the unified profile instead of its own province's.
    public var causes: [String: [String]]
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
    var checked: [(path: String, matrix: VerdictMatrix)] = []
    var skipped: [String] = []
    var changes: [Change] = []
    for (path, bytes) in corpus {
      let all = validator.validateEveryProfile(bytes: bytes, path: path)
      guard all.status == .checked, let matrix = all.verdicts else {
        skipped.append(path)
        continue
      }
      checked.append((path, matrix))
      if let proposed {
        // SS-SYS-… notices are about profile selection, not criteria: leave them out of the comparison.
        let rules = { (result: FileResult) in Set(result.findings.map(\.ruleID).filter { !$0.hasPrefix("SS-SYS-") }) }
        let today = rules(validator.validate(bytes: bytes, path: path, selection: .auto))
        let after = rules(proposed.validate(bytes: bytes, path: path, selection: .forced(.unified)))
        let unifiedRules = proposed.applicable[.unified] ?? []
        let gone = today.subtracting(after)
        if today != after, let proposal {
          let changed = today.symmetricDifference(after)
          let causes = Dictionary(
            uniqueKeysWithValues: standard.rules.filter { changed.contains($0.id) }.map { rule in
              (rule.id, rule.parameterIDs.filter { proposal.values[$0] != nil }.sorted())
            })
          changes.append(
            Change(
              path: path, newlyFailing: after.subtracting(today).sorted(),
              newlyPassing: gone.filter { unifiedRules.contains($0) }.sorted(),
              noLongerApplying: gone.filter { !unifiedRules.contains($0) }.sorted(), causes: causes))
        }
      }
    }
    let parameters = standard.parameters.values.filter(\.differsBetweenProvinces).sorted { $0.id < $1.id }.map {
      parameter in
      let rules = Set(standard.rules.filter { $0.parameterIDs.contains(parameter.id) }.map(\.id))
      var passing: [Profile: Int] = [:]
      var applicableUnder: [Profile: Int] = [:]
      var flips: [Flip] = []
      var applicableCount = 0
      for submission in checked {
        var verdicts: [Profile: VerdictMatrix.Verdict] = [:]
        for profile in Profile.allCases {
          let column = VerdictMatrix.Column(rawValue: profile.rawValue) ?? .unified
          verdicts[profile] = Self.combined(
            submission.matrix.rows.filter { rules.contains($0.ruleID) }.compactMap { $0.verdicts[column] })
        }
        // Counted where the parameter's rules actually ran under some profile.
        guard verdicts.values.contains(where: { $0 != .notApplicable }) else { continue }
        applicableCount += 1
        for (profile, verdict) in verdicts where verdict == .pass { passing[profile, default: 0] += 1 }
        for (profile, verdict) in verdicts where verdict != .notApplicable { applicableUnder[profile, default: 0] += 1 }
        let reported = verdicts.values.contains { $0.reported }
        let clean = verdicts.values.contains { $0 == .pass || $0 == .notApplicable }
        if reported && clean { flips.append(Flip(path: submission.path, verdicts: verdicts)) }
      }
      return ParameterImpact(
        parameterID: parameter.id, ruleIDs: rules.sorted(), passing: passing,
        applicable: applicableCount, applicableUnder: applicableUnder, flips: flips)
    }
    return CorpusImpact(
      submissions: checked.map(\.path), skipped: skipped, parameters: parameters,
      proposal: proposal, changes: changes)
  }
}

extension CorpusImpact {
  /// One verdict for several rules: an error wins, then a failure, a warning, a pass; n/a when none ran.
  static func combined(_ verdicts: [VerdictMatrix.Verdict]) -> VerdictMatrix.Verdict {
    for verdict in [VerdictMatrix.Verdict.error, .fail, .warn, .pass] where verdicts.contains(verdict) {
      return verdict
    }
    return .notApplicable
  }
}

extension Parameter {
  /// Whether Chongqing and Sichuan disagree: different values, or a value in one province only.
  public var differsBetweenProvinces: Bool {
    values[.chongqing]?.value != values[.sichuan]?.value
  }
}
