import ArgumentParser
import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiCommand {
  /// `shanshui diff OLD NEW`: what changed between two versions of a standard, like diff(1) for rule documents.
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "List what changed between two versions of a standard: rules, parameters per profile, codelists.",
      discussion: """
        OLD and NEW are standards as for --standard (a directory with standard.xml, a manifest, or one rule \
        document), or versions of the standard by name (shanshui diff 0.1.0 0.2.0: see shanshui standard versions; \
        an existing path, or any argument with a /, is a path); both are loaded and checked in full. Rules, parameters, codelists and source documents are \
        compared by id: added, removed, and changed field by field (severity, context and check, messages, \
        per-profile values, codes); an added or removed parameter shows each profile's value, status and source \
        or reason. When the content changed but the manifest's version did not, the diff ends with warning \
        SL027 (raise the version before releasing). --format markdown writes a changelog for release notes. Exit status: 0 the \
        versions are identical; 1 they differ; 2 a version could not be loaded or the output not written; 64 usage \
        error.
        """)

    @Argument(help: ArgumentHelp("The old version of the standard: a path, or a version's name.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new version of the standard: a path, or a version's name.", valueName: "new"))
    var new: String

    @Option(
      help: ArgumentHelp(
        "The standard whose versions OLD and NEW may name (default: the bundled standard).", valueName: "path"))
    var standard: String?

    @OptionGroup var outputOptions: OutputOptions<DiffFormat>

    @Option(help: "Language of labels and titles: zh or en.")
    var lang: Language = .zh

    func run() throws {
      // Load both before giving up, so an editor sees every problem of both versions at once.
      let versions = VersionNames(standard: standard, language: lang)
      let oldStandard = try versions.load(old)
      let newStandard = try versions.load(new)
      guard let oldStandard, let newStandard else { throw ExitCode(2) }
      let diff = StandardDiff(old: oldStandard, new: newStandard)
      let report = DiffReport(toolVersion: ShanshuiCommand.version, diff: diff, language: lang)
      try outputOptions.write(outputOptions.format.renderer.render(report), language: lang)
      if !diff.isEmpty { throw ExitCode(1) }
    }
  }
}

extension DiffFormat: ExpressibleByArgument {}

/// Resolves `diff`'s arguments: an existing path, or one with a `/`, is a standard on disk; any other name is a version of the
/// standard (`--standard`, else the bundled one), whose headers are read only when a name needs them.
private final class VersionNames {
  let standard: String?
  let language: Language
  private var versioned: VersionedStandard?

  init(standard: String?, language: Language) {
    self.standard = standard
    self.language = language
  }

  /// The standard `argument` names, or nil when it is broken (its problems are on standard error); a name that is
  /// neither a path nor a version is a usage error (exit 64).
  func load(_ argument: String) throws -> Standard? {
    if argument.contains("/") || FileManager.default.fileExists(atPath: argument) {
      return StandardProvider.loadReportingProblems(argument, language: language)
    }
    let versioned = try self.versioned ?? StandardProvider.loadVersionsOrExit(standard, language: language)
    self.versioned = versioned
    guard let member = versioned.set.named(argument) else {
      throw StandardProvider.unknownVersion(argument, in: versioned.set, language: language)
    }
    switch versioned.standard(member) {
    case .success(let loaded): return loaded
    case .failure(let failure):
      for line in StandardProvider.problemLines(.failure(failure), language: language) {
        OutputWriter.writeError(line + "\n")
      }
      return nil
    }
  }
}
