import ArgumentParser
import ShanshuiCore

/// `--as-of YYYY-MM-DD`: a calendar date; anything else is a usage error (exit 64) naming the option.
extension CalendarDate: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
  public static var defaultCompletionKind: CompletionKind { .default }
}

/// Which version of the standard a command works on (docs/editing-the-standard.md, Standard versions): one named
/// (`--standard-version`), the one in force on a date (`--as-of`), or by default the current one.
struct VersionSelectionOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Use this version of the standard (see shanshui standard versions), e.g. 0.1.0; check judges every file by it, whatever its date.",
      valueName: "version"))
  var standardVersion: String?

  @Option(
    help: ArgumentHelp(
      "Use the version of the standard in force on this date (YYYY-MM-DD); check judges every file by it instead of each file's call date or year (default: also as-of in the configuration).",
      valueName: "date"))
  var asOf: CalendarDate?

  func validate() throws {
    if standardVersion != nil && asOf != nil {
      throw ValidationError("give --standard-version or --as-of, not both")
    }
  }
}
