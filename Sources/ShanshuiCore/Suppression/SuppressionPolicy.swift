/// What a reviewer's configuration, the submissions' own comments and a baseline say to leave out of a report.
///
/// Applied after checking, in order: disabled rules, severity changes, inline directives, the baseline. A silenced
/// finding moves to `FileResult.suppressed` with its reason; every suppression in force is listed with its count.
public struct SuppressionPolicy: Sendable {
  public struct SeverityChange: Sendable, Hashable {
    public var severity: Severity
    public var reason: String
    public init(severity: Severity, reason: String) {
      self.severity = severity
      self.reason = reason
    }
  }

  /// What the reviewer does with the submitter's `shanshui-ignore` comments.
  public enum InlineMode: String, Sendable, CaseIterable {
    /// Applied: the findings they name are silenced.
    case allow
    /// Listed as requested waivers with their reasons; the findings are kept (the command line's default).
    case report
    /// Listed as denied; the findings are kept.
    case deny
  }

  /// Rule id → reason.
  public var disabled: [String: String]
  public var severities: [String: SeverityChange]
  public var baseline: Baseline?
  /// The file the baseline was read from (for `--prune-baseline`).
  public var baselinePath: String?
  public var inlineMode: InlineMode
  /// Rules the standard says a submitter can never waive (`Rule.isWaivable`): requests for them are refused.
  public var unwaivable: Set<String>
  /// How a file is named in the baseline (relative to the working directory or `--base`).
  public var name: @Sendable (String) -> String

  public init(
    disabled: [String: String] = [:], severities: [String: SeverityChange] = [:], baseline: Baseline? = nil,
    inlineMode: InlineMode = .allow, unwaivable: Set<String> = [], name: @escaping @Sendable (String) -> String = { $0 }
  ) {
    self.disabled = disabled
    self.severities = severities
    self.baseline = baseline
    self.inlineMode = inlineMode
    self.unwaivable = unwaivable
    self.name = name
  }

  /// Removes or changes findings in `files`; returns every suppression in force.
  public func apply(to files: inout [FileResult]) -> [Suppression] {
    var disabledCounts: [String: Int] = [:]
    var severityCounts: [String: Int] = [:]
    var inline: [Suppression] = []
    let recorded = baseline?.allowances() ?? [:]
    var used: [ProfiledKey: Int] = [:]
    var baselineCount = 0
    for index in files.indices {
      // A rule the configuration disables is not run as far as the reader is concerned: it is not "not checked".
      files[index].notChecked.removeAll { disabled[$0.ruleID] != nil }
      var kept: [Finding] = []
      let directives = files[index].ignoreDirectives
      var directiveCounts = Array(repeating: 0, count: directives.count)
      let firstDirective = Self.firstDirective(silencing: directives)
      for var finding in files[index].findings {
        if let reason = disabled[finding.ruleID] {
          disabledCounts[finding.ruleID, default: 0] += 1
          files[index].suppressed.append(SuppressedFinding(finding: finding, kind: .disabled, reason: reason))
          continue
        }
        if let change = severities[finding.ruleID] {
          severityCounts[finding.ruleID, default: 0] += 1
          finding.notes.append(
            LocalizedText(
              zh: "级别由配置从\(finding.severity.title.text(.zh))改为\(change.severity.title.text(.zh))：\(change.reason)",
              en:
                "severity changed by the configuration from \(finding.severity.rawValue) to \(change.severity.rawValue): \(change.reason)"
            ))
          finding.severity = change.severity
        }
        if let match = firstDirective[DirectiveKey(line: finding.location.line, ruleID: finding.ruleID)] {
          directiveCounts[match] += 1
          // Under report and deny the request is listed, and the finding stays (and may still meet the baseline).
          if inlineMode == .allow && !unwaivable.contains(finding.ruleID) {
            files[index].suppressed.append(
              SuppressedFinding(finding: finding, kind: .inline, reason: directives[match].reason))
            continue
          }
        }
        let key = ProfiledKey(key: FindingKey(finding, file: name(files[index].path)), profile: finding.profile)
        if used[key, default: 0] < recorded[key.key, default: 0] {
          used[key, default: 0] += 1
          baselineCount += 1
          files[index].suppressed.append(SuppressedFinding(finding: finding, kind: .baseline, reason: "baseline"))
          continue
        }
        kept.append(finding)
      }
      files[index].findings = kept
      let path = files[index].path
      inline += zip(directives, directiveCounts).flatMap { pair -> [Suppression] in
        let (directive, count) = pair
        return directive.ruleIDs.isEmpty
          ? [inlineListing(directive, ruleID: nil, count: count, file: path)]
          : directive.ruleIDs.map { inlineListing(directive, ruleID: $0, count: count, file: path) }
      }
    }
    var listing = configListing(disabledCounts, severityCounts) + inline
    if baseline != nil {
      listing.append(
        Suppression(
          kind: .baseline, status: baselineCount > 0 ? .applied : .unused, ruleID: nil,
          reason: "--baseline", count: baselineCount))
      listing += staleEntries(used: used, checked: Set(files.filter { $0.status == .checked }.map { name($0.path) }))
        .map {
          Suppression(
            kind: .baseline, status: .stale, ruleID: $0.ruleId, file: $0.file, reason: $0.anchor, count: $0.count)
        }
    }
    return listing
  }

  /// Baseline entries of the files checked in this run that no finding matched, under any profile. Entries of files
  /// the run did not check (another subset of the submissions, or a file that could not be read) are not stale.
  private func staleEntries(used: [ProfiledKey: Int], checked: Set<String>) -> [Baseline.Entry] {
    let matched = Set(used.filter { $0.value > 0 }.map(\.key.key))
    return (baseline?.findings ?? []).filter { checked.contains($0.file) && !matched.contains($0.key) }
  }

  private func configListing(_ disabledCounts: [String: Int], _ severityCounts: [String: Int]) -> [Suppression] {
    disabled.sorted { $0.key < $1.key }.map { id, reason in
      let count = disabledCounts[id] ?? 0
      return Suppression(
        kind: .disabled, status: count > 0 ? .applied : .unused, ruleID: id, reason: reason,
        count: count)
    }
      + severities.sorted { $0.key < $1.key }.map { id, change in
        let count = severityCounts[id] ?? 0
        return Suppression(
          kind: .severity, status: count > 0 ? .applied : .unused, ruleID: id,
          reason: change.reason, count: count, newSeverity: change.severity)
      }
  }

  private func inlineListing(_ directive: IgnoreDirective, ruleID: String?, count: Int, file: String) -> Suppression {
    let status: Suppression.Status
    switch inlineMode {
    case _ where !directive.isValid: status = .rejected
    case _ where inlineMode != .deny && ruleID.map(unwaivable.contains) == true: status = .refused
    case .allow: status = count > 0 ? .applied : .unused
    case .report: status = .requested
    case .deny: status = .denied
    }
    return Suppression(
      kind: .inline, status: status, ruleID: ruleID, file: file, line: directive.line,
      reason: directive.reason, count: count)
  }
}

/// A line of a file and a rule id: where a finding is, and what a directive silences.
struct DirectiveKey: Hashable {
  let line: Int
  let ruleID: String
}

extension SuppressionPolicy {
  /// For each line and rule, the first valid directive (in file order) that silences that rule's findings on that
  /// line. A submission controls both the number of its findings and of its directives, so each finding finds its
  /// directive in one lookup instead of a scan of the file's directives.
  static func firstDirective(silencing directives: [IgnoreDirective]) -> [DirectiveKey: Int] {
    var first: [DirectiveKey: Int] = [:]
    for (index, directive) in directives.enumerated() where directive.isValid {
      for ruleID in directive.ruleIDs {
        let key = DirectiveKey(line: directive.targetLine, ruleID: ruleID)
        if first[key] == nil { first[key] = index }
      }
    }
    return first
  }
}
