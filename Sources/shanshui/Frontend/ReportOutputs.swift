import ArgumentParser
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
  /// Writes the main report (`--format`, to `--output` or standard output) and every `--report`.
  static func write(_ report: Report, main: (format: String, path: String?), extra: [ReportOutput]) throws {
    var failed = false
    for (format, path) in [(main.format, main.path)] + extra.map({ ($0.format, Optional($0.path)) }) {
      // Every format was checked against `Renderers` when the arguments were parsed; this guard only keeps a future
      // caller from crashing.
      guard let renderer = Renderers.named(format) else {
        OutputWriter.writeError("shanshui: unknown report format \(format)\n")
        failed = true
        continue
      }
      var copy = report
      // Colour only for a format that has it, going to a terminal.
      copy.colored = report.colored && renderer.usesColor && path == nil
      do {
        try OutputWriter.write(renderer.render(copy), to: path)
      } catch {
        OutputWriter.writeError(OutputWriter.cannotWrite(path, error, report.language))
        failed = true
      }
    }
    if failed { throw ExitCode(2) }
  }
}
