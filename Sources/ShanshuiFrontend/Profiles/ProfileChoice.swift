import ShanshuiCore

/// Which profiles a check runs under: automatic or one profile forced for everything (`ProfileSelection`), or every
/// profile side by side (the verdict matrix). The CLI's `--profile`; a service takes the same value.
public enum ProfileChoice: Sendable, Hashable {
  case one(ProfileSelection)
  case all

  /// `auto`, a profile's name, or `all`; nil for anything else.
  public init?(_ text: String) {
    if text == "all" {
      self = .all
    } else if let selection = ProfileSelection(text) {
      self = .one(selection)
    } else {
      return nil
    }
  }

  /// The spelling `init?(_:)` reads back: `auto`, a profile's name, or `all`.
  public var name: String {
    switch self {
    case .all: "all"
    case .one(.auto): "auto"
    case .one(.forced(let profile)): profile.rawValue
    }
  }

  /// Every accepted spelling, in the order the help lists them.
  public static var names: [String] { ["auto"] + Profile.allCases.map(\.rawValue) + ["all"] }
}
