import ShanshuiCore

/// The problems `shanshui merge` refuses with (E700–E702), each on the report it is about.
enum MergeProblem {
  /// E700: `file` cannot be read, or is not a report of `check`.
  static func unreadable(_ file: String, zh: String, en: String) -> Diagnostic {
    Diagnostic(.reportUnreadable, LocalizedText(zh: zh, en: en), at: SourceLocation(file: file, line: 0))
  }

  /// E701: `file` cannot be merged with the others.
  static func incompatible(_ file: String, zh: String, en: String) -> Diagnostic {
    Diagnostic(.reportsIncompatible, LocalizedText(zh: zh, en: en), at: SourceLocation(file: file, line: 0))
  }

  /// E702: the shards do not make one whole run.
  static func shards(_ file: String, zh: String, en: String) -> Diagnostic {
    Diagnostic(.shardsIncomplete, LocalizedText(zh: zh, en: en), at: SourceLocation(file: file, line: 0))
  }
}
