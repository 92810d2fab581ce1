import ShanshuiCore

/// Plain text for a terminal: the two versions, one block per section (`+` added, `-` removed, `~` changed), each
/// changed field as `field: old → new`, a summary line, and the warnings (`warning: [SL027] …`).
public struct DiffTextRenderer: DiffRenderer {
  public static func render(_ report: DiffReport) -> String {
    let terms = DiffTerms(language: report.language)
    var lines = [terms.headline(report.diff)]
    guard !report.diff.isEmpty else { return (lines + [terms.noDifferences]).joined(separator: "\n") + "\n" }
    for section in DiffOutline(report.diff, terms: terms).sections {
      lines.append("")
      lines.append(
        terms.zh ? "\(section.title)（\(section.items.count)）：" : "\(section.title) (\(section.items.count)):")
      for item in section.items {
        let tags = item.tags.isEmpty ? "" : " [" + item.tags.joined(separator: terms.pick("，", ", ")) + "]"
        lines.append("  \(mark(item.mark)) \(item.id)\(tags) \(flat(item.title))")
        lines += item.details.flatMap { detail($0, terms) }.map { "      " + $0 }
      }
    }
    lines.append("")
    lines.append(terms.summary(report.diff))
    lines += report.diff.warnings.map { flat(terms.warning($0)) }
    return lines.joined(separator: "\n") + "\n"
  }

  static func mark(_ mark: DiffOutline.Mark) -> String {
    switch mark {
    case .added: return "+"
    case .removed: return "-"
    case .changed: return "~"
    }
  }

  /// `label: old → new` on one line, or for long values (messages, XPath) the label, then `- old` and `+ new`.
  static func detail(_ detail: DiffOutline.Detail, _ terms: DiffTerms) -> [String] {
    switch detail {
    case .change(let label, let old, let new, _):
      let before = old.map(flat) ?? terms.none
      let after = new.map(flat) ?? terms.none
      guard DiffOutline.isLong(before, after) else { return [terms.labelled(label) + "\(before) → \(after)"] }
      return [terms.labelled(label).trimmingSuffix(" "), "  - " + before, "  + " + after]
    case .note(let label, let text): return [terms.labelled(label) + flat(text)]
    }
  }

  /// One line: a text's line breaks and control characters become spaces, so no value can fake a line of the diff.
  static func flat(_ text: String) -> String {
    String(
      text.map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } || $0.isNewline ? " " : $0 })
  }
}
