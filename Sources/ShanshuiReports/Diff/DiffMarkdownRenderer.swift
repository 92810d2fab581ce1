import ShanshuiCore

/// A changelog an editor can paste into release notes: a `##` heading with the versions, then `###` sections
/// (Added, Removed, Changed rules, Parameters, Codelists, Source documents), one list item per id with the changed
/// fields nested below. Every text from the standard is escaped.
public struct DiffMarkdownRenderer: DiffRenderer {
  public static func render(_ report: DiffReport) -> String {
    let terms = DiffTerms(language: report.language)
    var lines = ["## " + escape(terms.headline(report.diff)), ""]
    guard !report.diff.isEmpty else { return (lines + [escape(terms.noDifferences)]).joined(separator: "\n") + "\n" }
    lines.append(escape(terms.summary(report.diff)))
    for warning in report.diff.warnings { lines += ["", "> " + escape(terms.warning(warning))] }
    for section in DiffOutline(report.diff, terms: terms).sections {
      lines += ["", "### " + escape(section.title), ""]
      for item in section.items {
        let tags =
          item.tags.isEmpty
          ? ""
          : terms.pick("（", " (") + item.tags.map(escape).joined(separator: terms.pick("，", ", "))
            + terms.pick("）", ")")
        lines.append("- **\(escape(item.id))**\(tags) \(escape(item.title))")
        lines += item.details.flatMap { detail($0, terms) }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A nested item `label: old → new`, or for long values the label with `before` and `after` items below.
  static func detail(_ detail: DiffOutline.Detail, _ terms: DiffTerms) -> [String] {
    switch detail {
    case .change(let label, let old, let new, let code):
      let show = { (value: String?) in value.map { code ? codeSpan($0) : escape($0) } ?? escape(terms.none) }
      let before = show(old)
      let after = show(new)
      guard DiffOutline.isLong(old ?? "", new ?? "") else {
        return ["  - " + escape(terms.labelled(label)) + "\(before) → \(after)"]
      }
      return [
        "  - " + escape(terms.labelled(label)).trimmingSuffix(" "),
        "    - " + escape(terms.labelled(terms.pick("原", "before"))) + before,
        "    - " + escape(terms.labelled(terms.pick("新", "after"))) + after,
      ]
    case .note(let label, let text): return ["  - " + escape(terms.labelled(label)) + escape(text)]
    }
  }

  static func escape(_ text: String) -> String { MarkupEscaping.markdown(text) }

  /// Text as an inline code span: fenced with more backticks than any run inside it, on one line.
  static func codeSpan(_ text: String) -> String {
    let line = String(text.map { $0.isNewline ? " " : $0 })
    var longest = 0
    var run = 0
    for character in line {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let padded = line.hasPrefix("`") || line.hasSuffix("`") || line.isEmpty ? " \(line) " : line
    return fence + padded + fence
  }
}
