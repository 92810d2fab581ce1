import ShanshuiCore

/// Inputs of a chosen size for the scaling tests: generated submissions, and mini standards with many rules,
/// parameters or codelist entries, all built from content the loader and the engine already accept.
public enum ScaledInputs {
  /// A generated submission of `units` restoration units from the bundled standard's example base; with `faulty`,
  /// every unit carries the generator's known fault (two findings per unit).
  public static func submission(units: Int, faulty: Bool = true) throws -> [UInt8] {
    guard let base = try BundledTestStandard.standard().exampleBase else { throw MissingExampleBase() }
    return try SubmissionGenerator(units: units, faultEvery: faulty ? 1 : nil).generate(from: base)
  }

  /// The bundled standard has no example base to generate from.
  public struct MissingExampleBase: Error {}

  /// Every check kind's example rule, `copies` times, each copy with ids of its own (`SS-Txx-nnn`).
  public static func rules(copies: Int) -> String {
    let templates = CheckKinds.all.map { $0.description.exampleRule }
    var rules: [String] = []
    for copy in 0..<copies {
      for (kind, template) in templates.enumerated() {
        rules.append(withRuleID(ruleID(copy * templates.count + kind), in: template))
      }
    }
    return rules.joined(separator: "\n")
  }

  /// The `index`-th rule id: `SS-T` and two letters, then three digits.
  public static func ruleID(_ index: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    let group = index / 999
    let digits = String(index % 999 + 1)
    return "SS-T\(letters[group / 26 % 26])\(letters[group % 26])-" + String(repeating: "0", count: 3 - digits.count)
      + digits
  }

  /// `rule` with its `id` attribute replaced by `id`.
  static func withRuleID(_ id: String, in rule: String) -> String {
    guard let start = rule.range(of: "<rule id=\""), let end = rule[start.upperBound...].firstIndex(of: "\"") else {
      return rule
    }
    return rule.replacingCharacters(in: start.upperBound..<end, with: id)
  }

  /// A codelist `scaled-list` with `entries` codes (`c1`, `c2`, …), for the mini standard's `codelists`.
  public static func codelist(entries: Int) -> String {
    var text = "\n<codelist id=\"scaled-list\"><title lang=\"zh\">代码</title><title lang=\"en\">Codes</title>\n"
    for index in 1...max(1, entries) {
      text += "<code value=\"c\(index)\"><name lang=\"zh\">代码\(index)</name></code>\n"
    }
    return text + "</codelist>"
  }

  /// `count` parameters `scaled-1`, `scaled-2`, …, for the mini standard's `parameters`.
  public static func parameters(count: Int) -> String {
    (1...max(1, count)).map { index in
      """

      <parameter id="scaled-\(index)" unit="percent" stricter="lower">
        <title lang="zh">份额\(index)</title><title lang="en">Share \(index)</title>
        <value profile="chongqing" status="adopted" value="\(index % 100)"><source ref="test-source"/></value>
      </parameter>
      """
    }.joined()
  }
}
