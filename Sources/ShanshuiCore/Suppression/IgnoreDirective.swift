import ShanshuiXML

/// An inline suppression in a submission: `<!-- shanshui-ignore SS-RIV-001: reason -->` silences that rule's findings
/// on the line the comment starts on; `shanshui-ignore-next-line` on the line after the one it ends on. A directive without a reason is not
/// applied (and is reported), so that every suppression says why.
public struct IgnoreDirective: Sendable, Codable, Hashable {
  public static let marker = "shanshui-ignore"

  /// The line the comment starts on.
  public var line: Int
  /// The line whose findings it silences.
  public var targetLine: Int
  public var ruleIDs: [String]
  /// Empty when the comment gives none; such a directive is rejected.
  public var reason: String

  public var isValid: Bool { !reason.isEmpty && !ruleIDs.isEmpty }

  /// Reads a directive from a comment's text; nil when the comment is not one.
  public init?(comment: XMLComment) {
    var text = Substring(comment.text.trimmed)
    guard text.hasPrefix(Self.marker) else { return nil }
    text = text.dropFirst(Self.marker.count)
    var nextLine = false
    if text.hasPrefix("-next-line") {
      nextLine = true
      text = text.dropFirst("-next-line".count)
    }
    // "shanshui-ignored" or similar is prose, not a directive.
    guard let first = text.first, first == " " || first == "\t" || first == "\n" || first == ":" else { return nil }
    let (ids, reason) = Self.split(text)
    line = comment.line
    targetLine = nextLine ? comment.endLine + 1 : comment.line
    ruleIDs = ids
    self.reason = reason
  }

  private static func split(_ text: Substring) -> ([String], String) {
    let colon = text.firstIndex(of: ":")
    let idPart = colon.map { text[..<$0] } ?? text
    let reason = colon.map { String(text[text.index(after: $0)...]).trimmed } ?? ""
    let ids = idPart.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    return (ids, reason)
  }
}
