/// Writes a `DocPage` as a self-contained HTML page: inline style, no script, no external resource (a
/// Content-Security-Policy forbids any), well-formed as XML apart from the doctype, every text escaped.
enum DocHTMLWriter {
  static let fileExtension = "html"
  static let indexName = "index"

  static func write(_ page: DocPage, language: DocLanguage, navigation: [(String, DocLink)]) -> String {
    var html = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.htmlTag)">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>
      <title>\(escape(page.title))</title>
      <style>\(style)</style>
      </head>
      <body>
      <nav>\(navigation.map { "<a href=\"\(escape(href($0.1)))\">\(escape($0.0))</a>" }.joined(separator: " · "))</nav>
      <main>\n
      """
    for block in page.blocks {
      switch block {
      case .heading(let level, let content, let anchor):
        let id = anchor.map { " id=\"\(escape($0))\"" } ?? ""
        html += "<h\(level)\(id)>\(inline(content))</h\(level)>\n"
      case .paragraph(let content): html += "<p>\(inline(content))</p>\n"
      case .list(let items): html += "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
      case .table(let header, let rows):
        html +=
          "<table>\n<thead><tr>" + header.map { "<th scope=\"col\">\(inline($0))</th>" }.joined()
          + "</tr></thead>\n<tbody>\n"
        html += rows.map { "<tr>" + $0.map { "<td>\(inline($0))</td>" }.joined() + "</tr>\n" }.joined()
        html += "</tbody>\n</table>\n"
      }
    }
    return html + "</main>\n</body>\n</html>\n"
  }

  static func inline(_ content: [DocInline]) -> String {
    content.map { item in
      switch item {
      case .text(let text): return escape(text)
      case .code(let text): return "<code>\(escape(text))</code>"
      case .strong(let inner): return "<strong>\(inline(inner))</strong>"
      case .link(let inner, let link): return "<a href=\"\(escape(href(link)))\">\(inline(inner))</a>"
      case .lineBreak: return "<br/>"
      }
    }.joined()
  }

  static func href(_ link: DocLink) -> String {
    let page = link.page.map { ($0 == DocSite.indexPage ? indexName : $0) + "." + fileExtension } ?? ""
    return page + (link.anchor.map { "#" + $0 } ?? "")
  }

  static func escape(_ text: String) -> String { MarkupEscaping.html(text, lineBreak: "<br/>") }

  static let style = """
    body{font:15px/1.55 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;\
    margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2125;background:#fff}
    nav{margin-bottom:1rem;color:#5c6670}h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;\
    border-top:1px solid #d5dade;padding-top:1rem}h3{font-size:1.05rem}
    table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d5dade;padding:.3rem .5rem;\
    vertical-align:top;text-align:left}thead th{background:#eef1f3}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em;background:#f3f5f6;padding:0 .2em}
    a{color:#1f5f9e}:target{background:#fff8e6}
    """
}
