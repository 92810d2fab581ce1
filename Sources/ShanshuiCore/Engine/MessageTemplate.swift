/// Fills `{placeholders}` in rule messages.
///
/// `{name}` takes a value the check supplied; `{profile}` and `{path}` are always there; `{param:ID}` is a
/// parameter's value and unit under the profile applied.
public enum MessageTemplate {
  /// The names of the placeholders in `template`, in order (`param:ID` included as written).
  public static func placeholders(in template: String) -> [String] {
    var names: [String] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}") else { break }
      names.append(String(after[..<close]))
      rest = after[after.index(after: close)...]
    }
    return names
  }

  /// Parameters a message names with `{param:ID}`.
  static func parameterIDs(in message: LocalizedText) -> Set<String> {
    let all = [message.zh, message.en].compactMap { $0 }.flatMap(placeholders(in:))
    return Set(all.filter { $0.hasPrefix("param:") }.map { String($0.dropFirst(6)) })
  }

  /// Placeholders of `message` that `check` does not supply.
  static func unknownPlaceholders(in message: LocalizedText, for check: any RuleCheck.Type) -> [String] {
    let known = check.description.placeholders.union(["profile", "path"])
    let all = [message.zh, message.en].compactMap { $0 }.flatMap(placeholders(in:))
    return all.filter { !known.contains($0) && !$0.hasPrefix("param:") }
  }

  /// Renders `template` in `language`.
  static func render(
    _ template: String, language: Language, values: [String: LocalizedText],
    parameters: [String: ResolvedParameter]
  ) -> String {
    var output = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      output += rest[..<open]
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}") else {
        output += rest[open...]
        return output
      }
      let name = String(after[..<close])
      if name.hasPrefix("param:"), let parameter = parameters[String(name.dropFirst(6))] {
        let symbol = parameter.parameter.unit.symbol.text(language)
        let separator = language == .en && !symbol.isEmpty && symbol != "%" ? " " : ""
        output += NumberFormat.format(parameter.number) + separator + symbol
      } else if let value = values[name] {
        output += value.text(language)
      } else {
        output += "{\(name)}"
      }
      rest = after[after.index(after: close)...]
    }
    output += rest
    return output
  }
}
