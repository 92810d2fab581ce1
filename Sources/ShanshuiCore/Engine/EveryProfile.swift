import ShanshuiXML

extension Validator {
  /// Checks one submission under Chongqing's, Sichuan's and the unified criteria (and, for a cross-border project,
  /// as `auto` applies them: each restoration unit under its own province). The result holds every profile's
  /// findings once each, and the verdict matrix with the rules whose provincial verdicts diverge.
  public func validateEveryProfile(bytes: [UInt8], path: String) -> FileResult {
    let document: XMLDocument
    switch prepare(bytes: bytes, path: path) {
    case .failure(let failure): return failure.result
    case .success(let parsed): document = parsed
    }
    guard let root = document.root else { return FileResult(path: path, status: .notChecked) }
    let crossBorder = ProfilePlan(root: root, selection: .auto).perUnit
    var columns: [VerdictMatrix.Column] = [.chongqing, .sichuan, .unified]
    if crossBorder { columns.append(.auto) }
    var runs: [VerdictMatrix.Column: FileResult] = [:]
    for column in columns {
      let selection: ProfileSelection = Profile(rawValue: column.rawValue).map { .forced($0) } ?? .auto
      runs[column] = check(document, path: path, selection: selection)
    }
    var result = runs[.unified] ?? FileResult(path: path, status: .checked)
    var seen: Set<String> = []
    result.findings = columns.flatMap { runs[$0]?.findings ?? [] }.filter { finding in
      seen.insert("\(finding.ruleID)|\(finding.path)|\(finding.profile.rawValue)|\(finding.message.text(.en))").inserted
    }.sorted { ($0.location.line, $0.ruleID, $0.profile) < ($1.location.line, $1.ruleID, $1.profile) }
    result.diagnostics = Array(Set(columns.flatMap { runs[$0]?.diagnostics ?? [] })).sorted { $0.location < $1.location }
    result.profiles = Array(Set(columns.flatMap { runs[$0]?.profiles ?? [] })).sorted()
    let projectType = root.firstChild(named: XMLName("project", namespace: Namespaces.submission))?.attribute("type") ?? ""
    result.verdicts = matrix(columns: columns, runs: runs, projectType: projectType)
    return result
  }

  private func matrix(
    columns: [VerdictMatrix.Column], runs: [VerdictMatrix.Column: FileResult], projectType: String
  ) -> VerdictMatrix {
    let failing = runs.mapValues { Set($0.findings.map(\.ruleID)) }
    let rows = standard.rules.map { rule in
      let typeApplies = rule.projectTypes.isEmpty || rule.projectTypes.contains(projectType)
      var verdicts: [VerdictMatrix.Column: VerdictMatrix.Verdict] = [:]
      for column in columns {
        let profiles = Profile(rawValue: column.rawValue).map { [$0] } ?? Profile.allCases
        let applies = typeApplies && profiles.contains { applicable[$0]?.contains(rule.id) == true }
        verdicts[column] = failing[column]?.contains(rule.id) == true ? .fail : applies ? .pass : .notApplicable
      }
      let provincial = [verdicts[.chongqing], verdicts[.sichuan]]
      let divergent = provincial.contains(.pass) && provincial.contains(.fail)
      return VerdictMatrix.Row(ruleID: rule.id, verdicts: verdicts, divergent: divergent)
    }
    return VerdictMatrix(columns: columns, rows: rows)
  }
}
