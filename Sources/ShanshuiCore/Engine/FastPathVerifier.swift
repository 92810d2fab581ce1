import ShanshuiXML

/// Verify mode for one document (`FastPathVerification`): takes each fast-path decision again through the document's
/// XPath evaluator and collects the disagreements, reported as E400 diagnostics once the document is checked.
///
/// One diagnostic per rule and kind of decision (the first node that disagreed, with how many more did), so that a
/// broken fast path on a large file is a readable list rather than one line per unit.
struct FastPathVerifier {
  /// What the fast path decided.
  enum Decision: Int, Comparable {
    case context, readPath, assert
    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  private struct Disagreement {
    var rule: Int
    var decision: Decision
    var expression: String
    var node: XMLNode
    var profile: Profile?
    var fast: LocalizedText
    var libxml2: LocalizedText
    var more = 0
  }

  let file: String
  let evaluator: XPathEvaluator
  let paths: XMLPathBuilder
  /// Declarative checks' read paths as compiled XPath (`Validator.readPathExpressions`).
  let readPaths: [SimplePath: XPathExpression]
  private var disagreements: [Disagreement] = []
  private var slots: [String: Int] = [:]
  /// Decisions taken twice, for tests that must know verify mode did run.
  private(set) var verified = 0

  init(file: String, evaluator: XPathEvaluator, paths: XMLPathBuilder, readPaths: [SimplePath: XPathExpression]) {
    self.file = file
    self.evaluator = evaluator
    self.paths = paths
    self.readPaths = readPaths
  }

  /// A context selected by direct tree access against the same context evaluated by libxml2.
  mutating func context(_ expression: XPathExpression, selected fast: [XMLNode], rule: Int, at root: XMLNode) {
    verified += 1
    compare(
      fast, with: Result { () throws(XPathError) in try evaluator.evaluate(expression).nodes },
      expression: expression.source, rule: rule, decision: .context, profile: nil, fallback: root)
  }

  /// The nodes a declarative check reads through `path` from `node`, against the path as XPath.
  mutating func readPath(_ path: SimplePath, at node: XMLNode, rule: Int, profile: Profile) {
    guard let expression = readPaths[path] else { return }
    verified += 1
    compare(
      path.select(from: node),
      with: Result { () throws(XPathError) in try evaluator.evaluate(expression, at: node).nodes },
      expression: expression.source, rule: rule, decision: .readPath, profile: profile, fallback: node)
  }

  /// An `assert` the fast path decided in place (`holds`) against libxml2's boolean value of the test.
  mutating func assert(_ test: XPathExpression, holds fast: Bool, at node: XMLNode, rule: Int, profile: Profile) {
    verified += 1
    let libxml2: LocalizedText
    do {
      let holds = try evaluator.evaluate(test, at: node).booleanValue
      if holds == fast { return }
      libxml2 = Self.verdict(holds)
    } catch {
      libxml2 = Self.error(error)
    }
    record(
      Disagreement(
        rule: rule, decision: .assert, expression: test.source, node: node, profile: profile,
        fast: Self.verdict(fast), libxml2: libxml2))
  }

  /// The disagreements as E400 diagnostics, by rule and kind of decision.
  func diagnostics(rules: [Rule]) -> [Diagnostic] {
    disagreements.sorted { ($0.rule, $0.decision) < ($1.rule, $1.decision) }.map { item in
      let path = paths.path(of: item.node)
      let line = item.node.line
      let kind: LocalizedText
      switch item.decision {
      case .context: kind = LocalizedText(zh: "上下文", en: "context")
      case .readPath: kind = LocalizedText(zh: "读取路径", en: "read path")
      case .assert: kind = LocalizedText(zh: "断言", en: "assert")
      }
      let profile =
        item.profile.map { LocalizedText(zh: "（\($0.title.text(.zh))）", en: " under \($0.rawValue)") }
        ?? LocalizedText("")
      let more =
        item.more == 0
        ? LocalizedText("")
        : LocalizedText(zh: "；另有 \(item.more) 处不一致", en: "; \(item.more) more disagreements")
      return Diagnostic(
        .fastPathDisagreement,
        LocalizedText(
          zh: "内部错误：快速路径与 libxml2 结论不一致：规则 \(rules[item.rule].id)，\(file):\(line)，节点 \(path)，"
            + "\(kind.text(.zh)) \(item.expression)\(profile.text(.zh))：快速路径 \(item.fast.text(.zh))，"
            + "libxml2 \(item.libxml2.text(.zh))\(more.text(.zh))",
          en: "internal error: the fast path and libxml2 disagree on rule \(rules[item.rule].id) in \(file):\(line) at "
            + "node \(path), \(kind.text(.en)) \(item.expression)\(profile.text(.en)): fast path \(item.fast.text(.en)), "
            + "libxml2 \(item.libxml2.text(.en))\(more.text(.en))"),
        at: SourceLocation(file: file, line: line))
    }
  }

  private mutating func compare(
    _ fast: [XMLNode], with libxml2: Result<[XMLNode], XPathError>, expression: String, rule: Int,
    decision: Decision, profile: Profile?, fallback: XMLNode
  ) {
    let expected: [XMLNode]
    switch libxml2 {
    case .success(let nodes): expected = nodes
    case .failure(let error):
      record(
        Disagreement(
          rule: rule, decision: decision, expression: expression, node: fallback, profile: profile,
          fast: Self.selection(fast.count), libxml2: Self.error(error)))
      return
    }
    guard fast.map(\.identity) != expected.map(\.identity) else { return }
    // The first node where the two lists part: one that only one side selects, or the same nodes out of order.
    let fastSet = Set(fast.map(\.identity))
    let expectedSet = Set(expected.map(\.identity))
    let node: XMLNode
    let fastText: LocalizedText
    let libxml2Text: LocalizedText
    if let missing = expected.first(where: { !fastSet.contains($0.identity) }) {
      (node, fastText, libxml2Text) = (missing, Self.notSelected, Self.selected)
    } else if let extra = fast.first(where: { !expectedSet.contains($0.identity) }) {
      (node, fastText, libxml2Text) = (extra, Self.selected, Self.notSelected)
    } else {
      // The same nodes, in another order or one of them twice: the first position where the lists differ.
      let common = min(fast.count, expected.count)
      let index = (0..<common).first { fast[$0].identity != expected[$0].identity } ?? common
      let side = index < fast.count ? fast : expected
      (node, fastText, libxml2Text) = (
        side[index], Self.position(of: side[index], in: fast),
        Self.position(of: side[index], in: expected)
      )
    }
    record(
      Disagreement(
        rule: rule, decision: decision, expression: expression, node: node, profile: profile,
        fast: fastText, libxml2: libxml2Text))
  }

  private mutating func record(_ disagreement: Disagreement) {
    let key = "\(disagreement.rule)|\(disagreement.decision.rawValue)"
    if let slot = slots[key] {
      disagreements[slot].more += 1
    } else {
      slots[key] = disagreements.count
      disagreements.append(disagreement)
    }
  }

  private static func verdict(_ holds: Bool) -> LocalizedText {
    holds ? LocalizedText(zh: "成立", en: "true (pass)") : LocalizedText(zh: "不成立", en: "false (fail)")
  }

  private static let selected = LocalizedText(zh: "选中", en: "selects it")
  private static let notSelected = LocalizedText(zh: "未选中", en: "does not select it")

  /// Where `node` stands in `nodes` (1-based, every position when it is there more than once).
  private static func position(of node: XMLNode, in nodes: [XMLNode]) -> LocalizedText {
    let positions = nodes.indices.filter { nodes[$0].identity == node.identity }.map { String($0 + 1) }.joined(
      separator: ", ")
    return LocalizedText(zh: "排在第 \(positions) 位", en: "puts it at position \(positions)")
  }

  private static func selection(_ count: Int) -> LocalizedText {
    LocalizedText(zh: "选中 \(count) 个节点", en: "selects \(count) nodes")
  }

  private static func error(_ error: XPathError) -> LocalizedText {
    LocalizedText(zh: "求值出错（\(error.message)）", en: "fails to evaluate (\(error.message))")
  }
}
