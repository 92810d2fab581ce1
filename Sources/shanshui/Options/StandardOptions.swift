import ArgumentParser
import ShanshuiConfig
import ShanshuiCore
import ShanshuiFrontend

/// Options shared by every command that reads a standard.
struct StandardOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A standard: a directory with standard.xml, a manifest, or one rule document (default: the bundled standard).",
      valueName: "path"))
  var standard: String?

  @Option(name: .long, help: "Language of messages and reports: zh or en.")
  var lang: Language = .zh
}

extension Language: ExpressibleByArgument {}

/// `--profile`: auto, one profile forced for everything, or all of them side by side.
extension ProfileChoice: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
  public static var allValueStrings: [String] { names }
  /// The help's "default:" shows the spelling a user types, not the Swift value.
  public var defaultValueDescription: String { name }
}

/// `--profile` of `export schematron`, `--province` of `init`: one profile by name.
extension Profile: ExpressibleByArgument {}

/// `--fail-on`: the lowest severity that makes the exit status 1.
extension FailOn: ExpressibleByArgument {}

/// Bounds on what one input may cost (see docs/security.md).
struct LimitOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp("Largest submission read, in MB; larger files are refused unread (E104).", valueName: "MB"))
  var maxFileSize: Int = Limits().maxFileSize >> 20

  @Option(help: ArgumentHelp("Deepest element nesting accepted (E101 beyond).", valueName: "levels"))
  var maxDepth: Int = Limits().maxDepth

  @Option(
    help: ArgumentHelp(
      "Most XPath steps one rule evaluation may take, and state visits one pattern match may take (E103 beyond).",
      valueName: "steps"))
  var maxXpathOps: Int = Limits().maxXPathOperations

  @Option(
    help: ArgumentHelp(
      "Most GML positions read from one file's geometry (E605 beyond; reading stops there).", valueName: "count"))
  var maxGeometryPositions: Int = Limits().maxGeometryPositions

  func validate() throws {
    guard maxFileSize > 0, maxFileSize <= 16 << 10 else { throw ValidationError("--max-file-size is 1 to 16384 MB") }
    guard (16...8192).contains(maxDepth) else { throw ValidationError("--max-depth is 16 to 8192") }
    guard maxXpathOps > 0 else { throw ValidationError("--max-xpath-ops must be positive") }
    guard maxGeometryPositions > 0 else { throw ValidationError("--max-geometry-positions must be positive") }
  }

  var limits: Limits {
    Limits(
      maxFileSize: maxFileSize << 20, maxDepth: maxDepth, maxXPathOperations: maxXpathOps,
      maxGeometryPositions: maxGeometryPositions)
  }
}

/// Configuration file and baseline (see docs/configuration.md).
struct SuppressionOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Configuration file (default: .shanshui.yml in the working directory, if any).", valueName: "file"),
    completion: .file(extensions: ["yml", "yaml"]))
  var config: String?

  @Flag(help: "Ignore .shanshui.yml in the working directory.")
  var noConfig = false

  @Option(
    help: ArgumentHelp(
      "What the submitter's shanshui-ignore comments do: allow (applied), report (listed as requested waivers, findings kept; the default) or deny (listed as denied, findings kept). Also `inline-suppressions` in a --config file; never from .shanshui.yml in the working directory.",
      valueName: "allow|report|deny"))
  var inlineSuppressions: SuppressionPolicy.InlineMode?

  @Option(
    help: ArgumentHelp("Leave out the findings recorded in this baseline file.", valueName: "file"),
    completion: .file(extensions: ["json"]))
  var baseline: String?

  @Flag(
    help: "Rewrite the --baseline file (or the configuration's) without the entries that matched nothing (atomically).")
  var pruneBaseline = false

  @Option(
    help: ArgumentHelp(
      "Record the current findings in this baseline file (exit status 0 unless a file could not be checked).",
      valueName: "file"))
  var writeBaseline: String?

  /// What the frontend reads the suppressions from.
  var sources: SuppressionSources {
    SuppressionSources(
      config: config, ignoresWorkingDirectoryConfig: noConfig, baseline: baseline,
      inlineMode: inlineSuppressions)
  }
}

extension SuppressionPolicy.InlineMode: ExpressibleByArgument {}
