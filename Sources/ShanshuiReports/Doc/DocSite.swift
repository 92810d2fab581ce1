import ShanshuiCore

/// The documentation formats, by `--format` name.
public enum DocFormat: String, Sendable, CaseIterable {
  /// Markdown pages with `README.md` as the index; `html` a static site with `index.html`.
  case markdown, html
}

/// The whole standard as a documentation site: an index, one page per theme with every rule (anchored by its id),
/// and a parameters page with a table per profile. Pure and deterministic: the same standard gives the same files.
public enum DocSite {
  /// The index page's logical name; each writer picks its file name (`README.md`, `index.html`).
  static let indexPage = "index"
  static let parametersPage = "parameters"

  /// Every file of the site: relative path → content.
  public static func render(_ standard: Standard, format: DocFormat, language: DocLanguage) -> [String: String] {
    let terms = DocTerms(mode: language)
    let themes = DocTheme.themes(of: standard)
    let pages =
      [DocIndexPage.page(standard, themes: themes, terms: terms)]
      + themes.map { DocThemePage.page($0, standard: standard, themes: themes, terms: terms) }
      + [DocParametersPage.page(standard, themes: themes, terms: terms)]
    var files: [String: String] = [:]
    switch format {
    case .markdown:
      for page in pages {
        let name = page.name == indexPage ? DocMarkdownWriter.indexName : page.name
        files[name + "." + DocMarkdownWriter.fileExtension] = DocMarkdownWriter.write(page)
      }
    case .html:
      let navigation = [
        (terms.label("目录", "Contents"), DocLink(page: indexPage, anchor: nil)),
        (terms.label("参数", "Parameters"), DocLink(page: parametersPage, anchor: nil)),
      ]
      for page in pages {
        let name = page.name == indexPage ? DocHTMLWriter.indexName : page.name
        files[name + "." + DocHTMLWriter.fileExtension] = DocHTMLWriter.write(
          page, language: language, navigation: navigation)
      }
    }
    return files
  }
}

/// A theme of the standard: its rules (sorted by id), its title and the page they are on.
struct DocTheme {
  var id: String
  /// The page name: the theme id made safe for a file name, never one of the site's own pages.
  var page: String
  var title: LocalizedText
  /// The rule document's file name.
  var file: String
  var rules: [Rule]

  /// The themes of `standard`, sorted by id; a theme spread over several documents is one page.
  static func themes(of standard: Standard) -> [DocTheme] {
    var themes: [String: DocTheme] = [:]
    for document in standard.documents where themes[document.theme] == nil {
      themes[document.theme] = DocTheme(
        id: document.theme, page: pageName(document.theme), title: document.info.title,
        file: String(document.file.split(separator: "/").last ?? ""), rules: [])
    }
    for rule in standard.rules {
      themes[
        rule.theme,
        default: DocTheme(
          id: rule.theme, page: pageName(rule.theme), title: LocalizedText(rule.theme),
          file: "", rules: [])
      ].rules.append(rule)
    }
    var pages: Set<String> = []
    return themes.values.sorted { $0.id < $1.id }.map { theme in
      var sorted = theme
      sorted.rules.sort { $0.id < $1.id }
      // Themes that differ only in case or punctuation would share a file name: number the later ones.
      var page = sorted.page
      var number = 2
      while pages.contains(page) {
        page = "\(sorted.page)-\(number)"
        number += 1
      }
      pages.insert(page)
      sorted.page = page
      return sorted
    }
  }

  static func pageName(_ theme: String) -> String {
    var name = String(
      theme.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
    if name.isEmpty { name = "theme" }
    let reserved = [
      DocSite.indexPage, DocSite.parametersPage, DocMarkdownWriter.indexName.lowercased(), DocHTMLWriter.indexName,
    ]
    return reserved.contains(name) ? "theme-" + name : name
  }
}
