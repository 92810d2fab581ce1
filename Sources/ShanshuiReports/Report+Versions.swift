import ShanshuiCore

extension Report {
  /// A version of the standard that judged files of the run, and how many.
  public struct VersionUse: Sendable, Equatable {
    public var version: String
    public var effective: String
    public var files: Int
  }

  /// The versions that judged the run's files, oldest first; when no file records one (none could be parsed, or
  /// the report was built without choosing), the report's standard.
  public var versionsUsed: [VersionUse] {
    var uses: [VersionUse] = []
    for choice in files.compactMap(\.judgedBy) {
      if let index = uses.firstIndex(where: { $0.version == choice.version && $0.effective == choice.effective }) {
        uses[index].files += 1
      } else {
        uses.append(VersionUse(version: choice.version, effective: choice.effective, files: 1))
      }
    }
    guard !uses.isEmpty else {
      return standard.map { [VersionUse(version: $0.version, effective: $0.effective, files: files.count)] } ?? []
    }
    return uses.sorted { ($0.effective, $0.version) < ($1.effective, $1.version) }
  }

  /// Whether text says per file which version judged it and why: when the files were judged by more than one
  /// version, or by one that is not the report's standard (the current version), or on a date before every version.
  /// When the current version judged every file, the summary line names it and nothing is added.
  public var namesVersionPerFile: Bool {
    let uses = versionsUsed
    if uses.count > 1 { return true }
    if files.contains(where: { $0.judgedBy?.beforeEveryVersion == true }) { return true }
    guard let use = uses.first, let standard else { return false }
    return use.version != standard.version || use.effective != standard.effective
  }
}
