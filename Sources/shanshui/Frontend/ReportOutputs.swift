import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

/// `--report FORMAT=FILE`: a further report written by the same run, so that a pipeline gets, say, SARIF for code
/// scanning and HTML for people from one check.
struct ReportOutput: ExpressibleByArgument, Sendable {
  var format: String
  var path: String

  init?(argument: String) {
    guard let equals = argument.firstIndex(of: "="), Renderers.named(String(argument[..<equals])) != nil else {
      return nil
    }
    format = String(argument[..<equals])
    path = String(argument[argument.index(after: equals)...])
    if path.isEmpty { return nil }
  }

  static var defaultCompletionKind: CompletionKind { .file() }
}

/// Renders and writes every requested report; a report that cannot be written makes the run incomplete (exit 2).
enum ReportOutputs {
  /// Checks before the run that every report's path can be written to (E501 for a directory, a block device, a
  /// socket; E500 for a path that cannot be reached), so a long batch does not end in an unwritable report.
  static func validate(main path: String?, extra: [ReportOutput], language: Language) throws {
    try OutputWriter.validate(path, option: "--output", language: language)
    for report in extra {
      try OutputWriter.validate(report.path, option: "--report \(report.format)", language: language)
    }
  }

  /// Writes the main report (`--format`, to `--output` or standard output) and every `--report`.
  static func write(_ report: Report, main: (format: String, path: String?), extra: [ReportOutput]) throws {
    var failed = false
    let outputs =
      [(main.format, main.path, "--output")] + extra.map { ($0.format, Optional($0.path), "--report \($0.format)") }
    for (format, path, option) in outputs {
      // Every format was checked against `Renderers` when the arguments were parsed; this guard only keeps a future
      // caller from crashing.
      guard let renderer = Renderers.named(format) else {
        OutputWriter.writeError("shanshui: error: \(option): unknown report format \(format)\n")
        failed = true
        continue
      }
      var copy = report
      // Colour only for a format that has it, going to a terminal.
      copy.colored = report.colored && renderer.usesColor && (path ?? "-") == "-"
      do {
        try write(copy, renderer, to: OutputFile(path: path ?? "-", option: option))
      } catch {
        OutputWriter.writeError(error.message(report.language) + "\n")
        failed = true
      }
    }
    if failed { throw ExitCode(2) }
  }

  /// A streaming format goes to the output piece by piece, so no copy of the whole report is held; the others are
  /// rendered whole and written from the rendered text's own bytes.
  private static func write(_ report: Report, _ renderer: any Renderer.Type, to file: OutputFile) throws(OutputError) {
    let sink = try file.open()
    if let streaming = renderer as? any StreamingRenderer.Type {
      streaming.render(report) { sink.write($0) }
    } else {
      sink.write(renderer.render(report))
    }
    try sink.finish()
  }
}
