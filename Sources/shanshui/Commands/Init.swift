import ArgumentParser
import Foundation
import ShanshuiCore
import ShanshuiFrontend

extension ShanshuiCommand {
  /// `shanshui init`: a blank, schema-valid submission to start from.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract:
        "Write a blank, schema-valid submission with a comment on every field (meaning, unit, rules), in Chinese or with --lang en in English."
    )

    // A transform (not the type's own parsing) so that the unified profile is refused like a misspelling; the
    // default is then not shown by itself.
    @Option(help: "Province of the project: chongqing or sichuan. (default: chongqing)", transform: Self.province)
    var province: Profile = .chongqing

    @Option(help: "Project type: \(SubmissionSkeleton.projectTypes.joined(separator: ", ")).")
    var type: String = "ssw"

    @Option(
      help: ArgumentHelp(
        "Write to this file (- is standard output); an existing regular file is kept unless --force.",
        valueName: "file"))
    var output: String?

    @Flag(help: "Replace an existing --output file (atomically: a temporary file renamed into place).")
    var force = false

    @OptionGroup var standardOptions: StandardOptions

    func validate() throws {
      guard SubmissionSkeleton.projectTypes.contains(type) else {
        throw ValidationError("--type is one of \(SubmissionSkeleton.projectTypes.joined(separator: ", "))")
      }
    }

    /// A province's profile; the unified profile is no province.
    static func province(_ name: String) throws -> Profile {
      guard let profile = Profile(rawValue: name), Profile.provinces.contains(profile) else {
        throw ValidationError("--province is chongqing or sichuan")
      }
      return profile
    }

    func run() throws {
      // A filled-in submission must never be replaced by a blank template by accident: refuse, as a usage error.
      // Only an existing regular file is replaced: standard output, a device or a pipe receives the template as ever.
      if let output, !force, case .replace = try? OutputFile(path: output, option: "--output").target() {
        OutputWriter.writeError(
          "shanshui: error: --output \(output) already exists; use --force to replace it with a blank template\n")
        throw ExitCode(64)
      }
      let standard = try StandardProvider.loadOrExit(standardOptions)
      let skeleton = SubmissionSkeleton(province: province, projectType: type)
      try OutputWriter.writeResult(
        skeleton.render(index: RuleFieldIndex(standard: standard), language: standardOptions.lang), to: output,
        language: standardOptions.lang)
    }
  }
}
