import ShanshuiXML

/// Runs rule examples: each edits the base submission and is judged exactly as a real submission would be.
public struct ExampleRunner: Sendable {
  /// The verdict on one example.
  public struct Result: Sendable {
    public var ruleID: String
    /// 1-based position among the rule's examples.
    public var index: Int
    public var outcome: RuleExample.Outcome
    public var location: SourceLocation
    /// `nil` when the example behaved as declared; otherwise what went wrong.
    public var problem: LocalizedText?
    /// The findings of the rule in the example's submission.
    public var findings: [Finding]

    public var passed: Bool { problem == nil }
  }

  public let validator: Validator

  public init(validator: Validator) { self.validator = validator }

  /// Runs every example of every rule.
  public func runAll() -> [Result] { validator.standard.rules.flatMap(run) }

  /// Runs every example of `rule`.
  public func run(_ rule: Rule) -> [Result] {
    rule.examples.enumerated().map { offset, example in run(example, index: offset + 1, of: rule) }
  }

  func run(_ example: RuleExample, index: Int, of rule: Rule) -> Result {
    var result = Result(
      ruleID: rule.id, index: index, outcome: example.outcome, location: example.location, problem: nil, findings: [])
    let bytes: [UInt8]
    do {
      bytes = try ExampleBuilder(base: validator.standard.exampleBase).build(example)
    } catch {
      result.problem = error.message
      return result
    }
    let name = "\(rule.id) example \(index)"
    var layers: LayerSet?
    if !example.layers.isEmpty {
      switch ExampleLayers.build(example.layers) {
      case .failure(let problem):
        result.problem = problem.message
        return result
      case .success(let built): layers = built
      }
    }
    let file = validator.validate(bytes: bytes, path: name, selection: example.profile, layers: layers)
    if file.status != .checked || !file.diagnostics.isEmpty {
      let details = file.diagnostics.prefix(3).map {
        "\($0.location.line):\($0.location.column): \($0.message.text(.en))"
      }
      result.problem = LocalizedText(
        zh: "示例提交无法检查：\(details.joined(separator: "; "))",
        en: "the example submission cannot be checked: \(details.joined(separator: "; "))")
      return result
    }
    // An example the rule could not judge (its layer not given, no geometry, no spatial libraries) proves nothing
    // either way: it is a problem, never a pass.
    if let skipped = file.notChecked.first(where: { $0.ruleID == rule.id }) {
      result.problem = LocalizedText(
        zh: "示例未能检查：\(skipped.message.text(.zh))", en: "the example was not checked: \(skipped.message.text(.en))")
      return result
    }
    result.findings = file.findings.filter { $0.ruleID == rule.id }
    switch (example.outcome, result.findings.isEmpty) {
    case (.pass, false):
      result.problem = LocalizedText(
        zh: "通过示例产生了 \(rule.id) 的结果：\(result.findings[0].message.text(.zh))",
        en: "the passing example produced a finding of \(rule.id): \(result.findings[0].message.text(.en))")
    case (.fail, true):
      result.problem = LocalizedText(
        zh: "失败示例没有产生 \(rule.id) 的结果", en: "the failing example produced no finding of \(rule.id)")
    default:
      break
    }
    return result
  }
}

/// Applies an example's edits to the base submission and serializes the result.
struct ExampleBuilder {
  let base: [UInt8]?

  struct Failure: Error {
    let message: LocalizedText
  }

  func build(_ example: RuleExample) throws(Failure) -> [UInt8] {
    guard let base, let document = try? XMLDocument.parse(base, url: "base") else {
      throw Failure(message: LocalizedText(zh: "标准没有可用的示例基准提交", en: "the standard has no usable example base"))
    }
    for edit in example.edits {
      // Read the root afresh for every edit: never hold a node across an edit that may free it.
      guard let root = document.root else { break }
      try apply(edit, to: root)
    }
    return document.serialized()
  }

  private func apply(_ edit: ExampleEdit, to root: XMLNode) throws(Failure) {
    switch edit {
    case .set(let path, let value):
      let elements = try targets(path, root)
      for element in elements {
        if let attribute = path.attributeName {
          element.setAttribute(attribute, to: value)
        } else {
          element.setValue(value)
        }
      }
    case .remove(let path):
      let elements = try targets(path, root)
      let nodes = path.attribute.map { name in elements.compactMap { $0.attributeNode(name) } } ?? elements
      guard !nodes.isEmpty else { throw missing(path) }
      nodes.forEach { $0.remove() }
    case .append(let path, let fragments):
      for element in try targets(path, root) {
        for fragment in try parse(fragments) { element.appendCopy(of: fragment) }
      }
    case .replace(let path, let fragments):
      let parsed = try parse(fragments)
      guard parsed.count == 1 else {
        throw Failure(message: LocalizedText(zh: "replace 须恰好含一个元素", en: "replace takes exactly one element"))
      }
      for element in try targets(path, root) { element.replace(withCopyOf: parsed[0]) }
    }
  }

  private func targets(_ path: EditPath, _ root: XMLNode) throws(Failure) -> [XMLNode] {
    let elements = path.selectElements(from: root)
    guard !elements.isEmpty else { throw missing(path) }
    return elements
  }

  private func parse(_ fragments: [[UInt8]]) throws(Failure) -> [XMLNode] {
    var nodes: [XMLNode] = []
    for bytes in fragments {
      guard let root = (try? XMLDocument.parse(bytes, url: "fragment"))?.root else {
        throw Failure(message: LocalizedText(zh: "示例片段无法解析", en: "an example fragment cannot be parsed"))
      }
      nodes.append(root)
    }
    return nodes
  }

  private func missing(_ path: EditPath) -> Failure {
    Failure(
      message: LocalizedText(
        zh: "示例路径 \(path) 在基准提交中不存在", en: "example path \(path) selects nothing in the base submission"))
  }
}
