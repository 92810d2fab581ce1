import ShanshuiCore

/// `shanshui merge`: the reports of the shards of one `check` run (`--shard K/N`), JSON or SARIF, joined into the
/// report the whole run writes (docs/ci.md, "Past one machine: sharding").
///
/// Reports that are not one run are refused, nothing merged: an unreadable report (E700), reports of different
/// formats, versions, standards, languages or settings (E701), shards missing, repeated or of different N (E702). A
/// merge with a shard missing would be worse than none: uploaded to code scanning, it closes the alerts of every file
/// the missing shard held.
public enum ReportMerge {
  public enum Format: String, CaseIterable, Sendable {
    case json, sarif
  }

  /// One report to merge: its path as given (for messages) and its bytes.
  public struct Input: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
      self.name = name
      self.bytes = bytes
    }
  }

  /// The merged report and what `check` would derive its exit status from.
  public struct Merged: Sendable {
    public var format: Format
    /// The report, as `check` renders it (JSON with sorted keys, a newline at the end).
    public var text: String
    /// Whether every input checked every one of its files completely (no problem recorded).
    public var isComplete: Bool
    /// The severity of every finding kept (not suppressed): `--fail-on` decides from them.
    public var severities: [Severity]
    /// What the reader should know but does not stop the merge (the shards' `SRCROOT` differ).
    public var notices: [LocalizedText] = []
  }

  /// Merges `inputs` (at least one), all of `format` when it is given; or every problem that forbids it.
  public static func merge(_ inputs: [Input], format: Format? = nil) -> Result<Merged, MergeRefusal> {
    var read: [MergeInput] = []
    var problems: [Diagnostic] = []
    for input in inputs {
      switch MergeInput.read(input.bytes, name: input.name) {
      case .success(let parsed): read.append(parsed)
      case .failure(let problem): problems.append(problem)
      }
    }
    if !problems.isEmpty { return .failure(MergeRefusal(problems: problems)) }
    guard !read.isEmpty else { return .failure([]) }
    problems = MergeCompatibility.problems(read, format: format)
    if !problems.isEmpty { return .failure(MergeRefusal(problems: problems)) }
    // Shard 1 first: its run-wide fields (tool, standard, SRCROOT) are the merged report's.
    let ordered = read.enumerated().sorted {
      ($0.element.shard?.index ?? 0, $0.offset) < ($1.element.shard?.index ?? 0, $1.offset)
    }.map(\.element)
    return read[0].format == .json ? JSONReportMerge.merge(ordered) : SARIFLogMerge.merge(ordered)
  }
}

/// Why reports were not merged: every problem found (E700–E702), each naming its report.
public struct MergeRefusal: Error, Sendable, ExpressibleByArrayLiteral {
  public var problems: [Diagnostic]

  public init(problems: [Diagnostic]) { self.problems = problems }
  public init(arrayLiteral problems: Diagnostic...) { self.problems = problems }
}
