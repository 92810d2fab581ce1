/// One page of the documentation site, as blocks of inline content that the Markdown and HTML writers lay out each
/// in their own syntax: the content is built once, so the two formats cannot drift apart.
struct DocPage: Sendable {
  /// The file name without extension: `README`/`index` is chosen by the writer for the index.
  var name: String
  var title: String
  var blocks: [DocBlock]
}

/// Inline content. Every `text` and `code` is raw and escaped by the writer.
indirect enum DocInline: Sendable {
  case text(String)
  case code(String)
  case strong([DocInline])
  case link([DocInline], DocLink)
  /// A line break inside a paragraph or table cell.
  case lineBreak
}

/// A link to another page of the site (or this one), optionally to an anchor on it.
struct DocLink: Sendable {
  /// The page's name (`nil`: the same page).
  var page: String?
  var anchor: String?
}

enum DocBlock: Sendable {
  /// A heading; `anchor` becomes an `id` (HTML) or an `<a id>` before it (Markdown).
  case heading(level: Int, [DocInline], anchor: String?)
  case paragraph([DocInline])
  case list([[DocInline]])
  case table(header: [[DocInline]], rows: [[[DocInline]]])
}

extension Array where Element == DocInline {
  /// Inlines separated by `separator`.
  static func joined(_ parts: [[DocInline]], separator: [DocInline]) -> [DocInline] {
    var result: [DocInline] = []
    for (index, part) in parts.enumerated() {
      if index > 0 { result += separator }
      result += part
    }
    return result
  }
}
