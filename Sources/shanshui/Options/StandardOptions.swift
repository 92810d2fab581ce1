import ArgumentParser
import ShanshuiCore

/// Options shared by every command that reads a standard.
struct StandardOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(
    "A standard: a directory with standard.xml, a manifest, or one rule document (default: the bundled standard).",
    valueName: "path"))
  var standard: String?

  @Option(name: .long, help: "Language of messages and reports: zh or en.")
  var lang: Language = .zh
}

extension Language: ExpressibleByArgument {}

/// `--profile`: auto, or one profile forced for everything.
struct ProfileArgument: ExpressibleByArgument {
  let selection: ProfileSelection

  init?(argument: String) {
    guard let selection = ProfileSelection(argument) else { return nil }
    self.selection = selection
  }

  static var allValueStrings: [String] { ["auto"] + Profile.allCases.map(\.rawValue) }
}

/// `--fail-on`: the lowest severity that makes the exit status 1.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error, warning, never

  func fails(_ severity: Severity) -> Bool {
    switch self {
    case .error: return severity == .error
    case .warning: return severity >= .warning
    case .never: return false
    }
  }
}
