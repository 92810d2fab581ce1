/// A rule example as a comparable value: outcome, profile, description and edits, each edit as one line of text
/// (`set units/unit[1]/area = 900`, `append units: <s:unit …/>`).
public struct ExampleSummary: Sendable, Hashable, Codable {
  public var outcome: String
  /// `auto` or a profile name.
  public var profile: String
  public var description: LocalizedText?
  public var edits: [String]

  public init(_ example: RuleExample) {
    outcome = example.outcome.rawValue
    switch example.profile {
    case .auto: profile = "auto"
    case .forced(let forced): profile = forced.rawValue
    }
    description = example.description
    edits = example.edits.map(Self.text)
  }

  /// The same outcome, profile and edits: the same example, whatever its description says.
  public func isSameExample(as other: ExampleSummary) -> Bool {
    outcome == other.outcome && profile == other.profile && edits == other.edits
  }

  static func text(_ edit: ExampleEdit) -> String {
    switch edit {
    case .set(let path, let value): return "set \(path) = \(value)"
    case .remove(let path): return "remove \(path)"
    case .append(let path, let fragments):
      return "append \(path): " + fragments.map(fragmentText).joined(separator: " ")
    case .replace(let path, let fragments):
      return "replace \(path): " + fragments.map(fragmentText).joined(separator: " ")
    }
  }

  /// An element serialized as a standalone document, without its XML declaration, on one line.
  static func fragmentText(_ bytes: [UInt8]) -> String {
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasPrefix("<?xml"), let end = text.range(of: "?>") { text = String(text[end.upperBound...]) }
    return text.split(whereSeparator: \.isNewline).map { String($0).trimmed }.filter { !$0.isEmpty }
      .joined(separator: " ")
  }
}

/// An example whose description alone changed: the example as it is now, and the description it had.
public struct ExampleRedescription: Sendable, Hashable, Codable {
  public var example: ExampleSummary
  public var oldDescription: LocalizedText?
}
