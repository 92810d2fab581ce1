import Foundation

extension Linter {
  /// Lints each target's standard whole and keeps the findings of the files it names; results are merged in order.
  ///
  /// Problems (a file of the standard that cannot be read or parsed) are all kept, whichever file they name: they
  /// leave the context of the named files incomplete, so their findings could be wrong.
  public func lint(_ targets: [LintTarget]) -> LintResult {
    var merged = LintResult(findings: [], problems: [], files: [])
    for target in targets {
      let result = lint(target.source)
      guard let only = target.only else {
        merged.findings += result.findings
        merged.problems += result.problems
        merged.files += result.files
        continue
      }
      let wanted = Set(only.map(LintTarget.canonical))
      let named = { (path: String) in wanted.contains(LintTarget.canonical(path)) }
      merged.findings += result.findings.filter { named($0.location.file) }
      merged.problems += result.problems
      merged.files += result.files.filter(named)
    }
    merged.findings.sort { ($0.location, $0.ruleID) < ($1.location, $1.ruleID) }
    merged.problems.sort { $0.location < $1.location }
    return merged
  }
}
