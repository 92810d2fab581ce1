/// Writes a `DocPage` as GitHub-flavoured Markdown: headings with `<a id>` anchors, lists, tables; every text escaped
/// (`MarkupEscaping.markdown`), code in code spans fenced longer than any backtick run inside.
enum DocMarkdownWriter {
  static let fileExtension = "md"
  static let indexName = "README"

  static func write(_ page: DocPage) -> String {
    var lines: [String] = []
    for block in page.blocks {
      switch block {
      case .heading(let level, let content, let anchor):
        if let anchor { lines.append("<a id=\"\(MarkupEscaping.html(anchor))\"></a>") }
        lines.append(String(repeating: "#", count: level) + " " + inline(content))
      case .paragraph(let content): lines.append(inline(content))
      case .list(let items): lines.append(items.map { "- " + inline($0) }.joined(separator: "\n"))
      case .table(let header, let rows):
        lines.append(row(header))
        lines.append("| " + header.map { _ in "---" }.joined(separator: " | ") + " |")
        lines.append(contentsOf: rows.map(row))
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  static func row(_ cells: [[DocInline]]) -> String {
    "| " + cells.map { inline($0, inTable: true) }.joined(separator: " | ") + " |"
  }

  /// In a table a `|` ends the cell even inside a code span unless escaped; elsewhere the escape would show.
  static func inline(_ content: [DocInline], inTable: Bool = false) -> String {
    content.map { item in
      switch item {
      case .text(let text): return MarkupEscaping.markdown(text)
      case .code(let text):
        return DiffMarkdownRenderer.codeSpan(inTable ? text.replacingOccurrences(of: "|", with: "\\|") : text)
      case .strong(let inner): return "**" + inline(inner, inTable: inTable) + "**"
      case .link(let inner, let link): return "[" + inline(inner, inTable: inTable) + "](" + href(link) + ")"
      case .lineBreak: return "<br>"
      }
    }.joined()
  }

  static func href(_ link: DocLink) -> String {
    let page = link.page.map { ($0 == DocSite.indexPage ? indexName : $0) + "." + fileExtension } ?? ""
    return page + (link.anchor.map { "#" + $0 } ?? "")
  }
}
