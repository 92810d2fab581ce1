import ArgumentParser
import ShanshuiCore
import ShanshuiReports

/// A command's output format and what its result is called: the help of `--format` and `--output` for it.
protocol OutputFormat: ExpressibleByArgument, Sendable {
  /// The format used without `--format`.
  static var byDefault: Self { get }
  /// The help of `--format` (the formats, each in a few words).
  static var formatHelp: String { get }
  /// The result the command writes, as `--output` names it: "the report", "the diff".
  static var resultName: String { get }
}

/// `--format` and `--output`, shared by every command that writes one result in a choice of formats (lint, explain,
/// diff, harmonize): the result in `format`, to `output` (atomically) or standard output.
struct OutputOptions<Format: OutputFormat>: ParsableArguments {
  @Option(help: ArgumentHelp(Format.formatHelp))
  var format: Format = Format.byDefault

  @Option(
    help: ArgumentHelp(
      "Write \(Format.resultName) to this file (atomically; - is standard output) instead of standard output.",
      valueName: "file"))
  var output: String?

  /// Writes `text` as the result; one that cannot be written exits 2, with a message in `language`.
  func write(_ text: String, language: Language = .en) throws {
    try OutputWriter.writeResult(text, to: output, language: language)
  }
}

extension LintFormat: OutputFormat {
  static var byDefault: LintFormat { .text }
  static var formatHelp: String { "Output format: text (compiler style), json, or sarif (SARIF 2.1.0)." }
  static var resultName: String { "the report" }
}

extension ExplainFormat: OutputFormat {
  static var byDefault: ExplainFormat { .text }
  static var formatHelp: String { "Output format: text, markdown, or json." }
  static var resultName: String { "the explanation" }
}

extension DiffFormat: OutputFormat {
  static var byDefault: DiffFormat { .text }
  static var formatHelp: String { "Output format: text, markdown (a changelog) or json." }
  static var resultName: String { "the diff" }
}

extension HarmonizationFormat: OutputFormat {
  static var byDefault: HarmonizationFormat { .text }
  static var formatHelp: String {
    "Output format: a terminal table, a Markdown table, RFC 4180 CSV, versioned JSON, or one HTML page."
  }
  static var resultName: String { "the comparison" }
}
