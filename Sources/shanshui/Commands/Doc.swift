import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiCommand {
  /// `shanshui doc`: the whole standard as a documentation site, in Markdown or static HTML.
  struct Doc: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "doc",
      abstract: "Render the standard as documentation: an index, a page per theme, a parameter table per profile.",
      discussion: """
        Writes into --output: README.md (markdown) or index.html (html), one page per theme with every rule under \
        an anchor named by its id (parameters with per-profile values, sources, examples), and parameters.md/.html \
        with one table per profile. HTML pages are self-contained: inline style, no script, no external resource. \
        Exit status: 0 written; 2 the standard could not be loaded or a file not written; 64 usage error.
        """)

    @Option(help: "Output format: markdown or html.")
    var format: DocFormat = .markdown

    @Option(help: ArgumentHelp("The directory to write the pages into (created if missing).", valueName: "dir"))
    var output: String

    @Option(
      name: .long,
      help: ArgumentHelp(
        "A standard: a directory with standard.xml, a manifest, or one rule document (default: the bundled standard).",
        valueName: "path"))
    var standard: String?

    @Option(help: "Language of the pages: zh, en, or both (Chinese and English side by side).")
    var lang: DocLanguage = .both

    func validate() throws {
      // The pages are several files: standard output cannot hold them.
      if output == "-" {
        throw ValidationError("--output is a directory for the pages; - (standard output) cannot hold them")
      }
    }

    func run() throws {
      guard let loaded = StandardProvider.loadReportingProblems(standard, language: lang == .en ? .en : .zh) else {
        throw ExitCode(2)
      }
      do {
        try OutputDirectory(path: output, option: "--output").write(
          DocSite.render(loaded, format: format, language: lang))
      } catch {
        OutputWriter.writeError(error.message(lang == .en ? .en : .zh) + "\n")
        throw ExitCode(2)
      }
    }
  }
}

extension DocFormat: ExpressibleByArgument {}
extension DocLanguage: ExpressibleByArgument {}
