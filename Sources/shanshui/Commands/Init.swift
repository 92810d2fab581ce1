import ArgumentParser
import Foundation
import ShanshuiCore
import ShanshuiFrontend

extension ShanshuiCommand {
  /// `shanshui init`: a blank, schema-valid submission to start from.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Write a blank, schema-valid submission with a Chinese comment on every field (meaning, unit, rules).")

    @Option(help: "Province of the project: chongqing or sichuan.")
    var province: String = "chongqing"

    @Option(help: "Project type: \(SubmissionSkeleton.projectTypes.joined(separator: ", ")).")
    var type: String = "ssw"

    @Option(help: ArgumentHelp("Write to this file instead of standard output; an existing file is kept unless --force.",
      valueName: "file"))
    var output: String?

    @Flag(help: "Replace an existing --output file (atomically: a temporary file renamed into place).")
    var force = false

    @OptionGroup var standardOptions: StandardOptions

    func validate() throws {
      guard ["chongqing", "sichuan"].contains(province) else { throw ValidationError("--province is chongqing or sichuan") }
      guard SubmissionSkeleton.projectTypes.contains(type) else {
        throw ValidationError("--type is one of \(SubmissionSkeleton.projectTypes.joined(separator: ", "))")
      }
    }

    func run() throws {
      // A filled-in submission must never be replaced by a blank template by accident: refuse, as a usage error.
      if let output, !force, FileManager.default.fileExists(atPath: output) {
        OutputWriter.writeError("shanshui: error: \(output) already exists; use --force to replace it with a blank template\n")
        throw ExitCode(64)
      }
      guard case .success(let standard) = StandardProvider.load(standardOptions.standard) else {
        OutputWriter.writeError("error: the standard cannot be loaded; run shanshui check to see why\n")
        throw ExitCode(2)
      }
      let skeleton = SubmissionSkeleton(province: Profile(rawValue: province) ?? .chongqing, projectType: type)
      try OutputWriter.writeResult(skeleton.render(index: RuleFieldIndex(standard: standard)), to: output)
    }
  }
}
