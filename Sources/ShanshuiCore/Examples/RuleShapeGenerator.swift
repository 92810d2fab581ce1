/// Generates rule shapes and small submissions from a string of choices, for the fast-path differential
/// (`FastPathDifferential`): the fuzz target feeds it libFuzzer's bytes, tests a seeded pseudo-random sequence.
///
/// Shapes mix what the fast path decides (child paths with predicates, attribute tests, `=`, `starts-with`,
/// `not`/`and`/`or`, comparisons of `ss:quantity`, literals and `$parameters` with arithmetic, absolute paths) with
/// what it must leave to libxml2 (parameters inside predicates, other functions, other axes, positions, unknown
/// parameters, odd literals), nested to a bounded depth; documents have empty, repeated, non-numeric and unitless
/// values, so that node-sets are often empty and numbers often NaN. Exhausted choices read as 0, so every input,
/// even an empty one, gives a finite shape. Written with the prefixes `s` (submission) and `ss` (functions).
public struct RuleShapeGenerator {
  private var choices: [UInt8]
  private var index = 0
  private let parameterIDs: [String]

  /// - parameter parameterIDs: parameters that may appear as `$id` (besides one that no standard defines).
  public init(choices: [UInt8], parameterIDs: [String]) {
    self.choices = choices
    self.parameterIDs = parameterIDs
  }

  /// The same, with `count` choices from a seeded pseudo-random sequence.
  public init(seed: UInt64, count: Int = 256, parameterIDs: [String]) {
    var random = SplitMix64(seed: seed)
    self.init(choices: (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }, parameterIDs: parameterIDs)
  }

  /// A submission-namespace document of up to two `units` with up to three `unit`s each.
  public mutating func document() -> String {
    var text = #"<submission xmlns="urn:shanshui:submission:1" formatVersion="1">"#
    text += pick(["", "<area unit=\"ha\">150</area>", "<area>x</area>"])
    for _ in 0..<choose(3) {
      text += "<units>"
      for position in 0..<choose(4) { text += unit(position) }
      text += "</units>"
    }
    return text + "</submission>"
  }

  /// A boolean test, evaluated with a unit, a sub-project or any other element as the context node.
  public mutating func test() -> String { condition(depth: 0) }

  /// An absolute context path from the root element, with predicates.
  public mutating func context() -> String {
    var path = "/s:submission" + predicates(depth: 1)
    for _ in 0..<choose(4) {
      path += "/" + pick(["s:units", "s:unit", "s:subproject", "s:area"]) + predicates(depth: 1)
    }
    return path
  }

  // MARK: Documents

  private mutating func unit(_ position: Int) -> String {
    var attributes = ""
    if choose(4) > 0 { attributes += " id=\"\(pick(["U\(position + 1)", "", "U1"]))\"" }
    if choose(3) > 0 { attributes += " damage=\"\(pick(["light", "moderate", "", "Light"]))\"" }
    if choose(3) > 0 { attributes += " mode=\"\(pick(["protection", "reconstruction", "x"]))\"" }
    var body = ""
    for _ in 0..<choose(3) { body += area() }
    for _ in 0..<choose(3) {
      body += "<subproject>" + (0..<choose(3)).map { _ in area() }.joined()
      if choose(2) == 1 { body += "<budget unit=\"\(pick(["yuan", "wan-yuan"]))\">\(value())</budget>" }
      body += "</subproject>"
    }
    return "<unit\(attributes)>\(body)</unit>"
  }

  private mutating func area() -> String {
    let unit = pick([" unit=\"ha\"", " unit=\"km2\"", " unit=\"mu\"", "", " unit=\"percent\"", " unit=\"bogus\""])
    return "<area\(unit)>\(value())</area>"
  }

  private mutating func value() -> String {
    pick(["1200", "0", "3", "0.5", "abc", "", " 7 ", "-5", "1e2", "10", "12.000", ".5", "NaN", "Infinity", "１２"])
  }

  // MARK: Shapes

  private mutating func condition(depth: Int) -> String {
    let terminal = depth >= 3
    switch choose(terminal ? 6 : 13) {
    case 0: return relative(depth: depth)
    case 1: return "\(relative(depth: depth)) = \(literal())"
    case 2: return "starts-with(\(relative(depth: depth)), \(literal()))"
    case 3: return "\(numeric(depth: depth)) \(pick(["<", "<=", ">", ">=", "=", "!="])) \(numeric(depth: depth))"
    case 4: return "\(relative(depth: depth)) = /s:submission/s:units/s:unit/\(pick(["@damage", "@id", "s:area"]))"
    case 5:
      return pick([
        "true()", "false()", "count(s:unit) > 1", "s:unit[2]", "../s:unit", "string-length(@id) = 2",
        "boolean(s:area)", "number(s:area) > 5", "s:area != '3'", ". = ''", "//s:area",
      ])
    case 6: return "not(\(condition(depth: depth + 1)))"
    case 7: return "\(condition(depth: depth + 1)) and \(condition(depth: depth + 1))"
    case 8: return "\(condition(depth: depth + 1)) or \(condition(depth: depth + 1))"
    case 9: return "(\(condition(depth: depth + 1)))"
    case 10: return "not(\(relative(depth: depth))[\(condition(depth: depth + 1))])"
    case 11: return "\(relative(depth: depth))[\(condition(depth: depth + 1))]"
    default:
      return "\(condition(depth: depth + 1)) \(pick(["and", "or"])) \(numeric(depth: depth)) > \(numeric(depth: depth))"
    }
  }

  /// A child path of one to three steps, each with predicates, maybe ending in an attribute.
  private mutating func relative(depth: Int) -> String {
    var steps: [String] = []
    for _ in 0...choose(3) {
      steps.append(
        pick(["s:unit", "s:units", "s:area", "s:subproject", "s:budget", "s:nothing"]) + predicates(depth: depth + 1))
    }
    if choose(3) == 0 { steps.append(pick(["@id", "@damage", "@mode", "@unit", "@x"])) }
    return steps.joined(separator: "/")
  }

  private mutating func predicates(depth: Int) -> String {
    guard depth < 3 else { return "" }
    return (0..<choose(3) / 2).map { _ in "[\(condition(depth: depth))]" }.joined()
  }

  private mutating func numeric(depth: Int) -> String {
    let terminal = depth >= 3
    switch choose(terminal ? 3 : 7) {
    case 0: return "ss:quantity(\(relative(depth: depth)), '\(pick(["ha", "km2", "mu", "m2", "percent", "bogus"]))')"
    case 1: return pick(["0", "1", "10", "1.5", "0.001", "1200", "007", "12.000", "3.14159265358979"])
    case 2: return "$" + (parameterIDs.isEmpty || choose(8) == 0 ? "no-such-parameter" : pick(parameterIDs))
    case 3: return "\(numeric(depth: depth + 1)) \(pick(["+", "-", "*", "div", "mod"])) \(numeric(depth: depth + 1))"
    case 4: return "-\(numeric(depth: depth + 1))"
    case 5: return "(\(numeric(depth: depth + 1)))"
    default: return pick(["count(s:area)", "sum(s:area)", "number(@id)", "1 div 0", "-0"])
    }
  }

  private mutating func literal() -> String {
    pick(["'light'", "''", "'l'", "'U1'", "\"it's\"", "'1200'", "'ha'", "' 7 '", "'万州'"])
  }

  // MARK: Choices

  private mutating func choose(_ count: Int) -> Int {
    guard index < choices.count else { return 0 }
    defer { index += 1 }
    return Int(choices[index]) % count
  }

  private mutating func pick(_ options: [String]) -> String { options[choose(options.count)] }
}
