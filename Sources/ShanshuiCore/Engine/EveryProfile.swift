import ShanshuiXML

extension Validator {
  /// Checks one submission under Chongqing's, Sichuan's and the unified criteria (and, for a cross-border project,
  /// as `auto` applies them: each restoration unit under its own province). The result holds every profile's
  /// findings once each, and the verdict matrix with the rules whose provincial verdicts diverge.
  public func validateEveryProfile(bytes: [UInt8], path: String) -> FileResult {
    switch prepare(bytes: bytes, path: path) {
    case .failure(let failure): return failure.result
    case .success(let document): return checkEveryProfile(document, path: path, source: bytes)
    }
  }

  /// `validateEveryProfile` on a parsed, schema-valid submission.
  /// - parameter source: the document's bytes, when at hand (lines of comments past line 65,535).
  public func checkEveryProfile(_ document: XMLDocument, path: String, source bytes: [UInt8]? = nil) -> FileResult {
    guard let root = document.root else { return FileResult(path: path, status: .notChecked) }
    let crossBorder = ProfilePlan(root: root, selection: .auto).perUnit
    var columns: [VerdictMatrix.Column] = [.chongqing, .sichuan, .unified]
    if crossBorder { columns.append(.auto) }
    var runs: [VerdictMatrix.Column: FileResult] = [:]
    for column in columns {
      let selection: ProfileSelection = Profile(rawValue: column.rawValue).map { .forced($0) } ?? .auto
      runs[column] = check(document, path: path, selection: selection, source: bytes)
    }
    var result = runs[.unified] ?? FileResult(path: path, status: .checked)
    var seen: Set<String> = []
    result.findings = columns.flatMap { runs[$0]?.findings ?? [] }.filter { finding in
      seen.insert("\(finding.ruleID)|\(finding.path)|\(finding.profile.rawValue)|\(finding.message.text(.en))").inserted
    }.sorted { ($0.location.line, $0.ruleID, $0.profile) < ($1.location.line, $1.ruleID, $1.profile) }
    var seenDiagnostics: Set<Diagnostic> = []
    result.diagnostics = columns.flatMap { runs[$0]?.diagnostics ?? [] }.filter { seenDiagnostics.insert($0).inserted }
    result.profiles = Array(Set(columns.flatMap { runs[$0]?.profiles ?? [] })).sorted()
    var seenNotChecked: Set<String> = []
    result.notChecked = columns.flatMap { runs[$0]?.notChecked ?? [] }.filter {
      seenNotChecked.insert("\($0.ruleID)|\($0.profile.rawValue)|\($0.reason.rawValue)|\($0.layerRole ?? "")").inserted
    }
    result.verdicts = Self.matrix(rules: standard.rules.map(\.id), columns: columns, runs: runs)
    return result
  }

  /// Each rule's verdict in each column, from what that column's run actually did: the findings it reported, the
  /// rules it ran, the rules that failed to evaluate.
  static func matrix(
    rules: [String], columns: [VerdictMatrix.Column], runs: [VerdictMatrix.Column: FileResult]
  )
    -> VerdictMatrix
  {
    // Each column's findings grouped by rule once: rules × findings would grow with both the standard and the file.
    let severitiesByRule = runs.mapValues { run in
      Dictionary(grouping: run.findings, by: \.ruleID).mapValues { $0.map(\.severity) }
    }
    let rows = rules.map { rule in
      var verdicts: [VerdictMatrix.Column: VerdictMatrix.Verdict] = [:]
      for column in columns {
        guard let run = runs[column] else { continue }
        let severities = severitiesByRule[column]?[rule] ?? []
        // A spatial rule not checked (its layer not given, no geometry) is n/a, never a pass.
        let notChecked = run.notChecked.contains { $0.ruleID == rule }
        verdicts[column] =
          run.erroredRuleIDs.contains(rule)
          ? .error
          : severities.contains(.error)
            ? .fail
            : !severities.isEmpty
              ? .warn
              : run.evaluatedRuleIDs.contains(rule) && !notChecked
                ? .pass
                : .notApplicable
      }
      let provincial = [verdicts[.chongqing], verdicts[.sichuan]]
      let divergent = provincial.contains(.pass) && provincial.contains { $0?.reported == true }
      return VerdictMatrix.Row(ruleID: rule, verdicts: verdicts, divergent: divergent)
    }
    return VerdictMatrix(columns: columns, rows: rows)
  }
}
