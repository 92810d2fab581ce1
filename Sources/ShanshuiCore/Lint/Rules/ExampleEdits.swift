import ShanshuiXML

/// SL016: every example's edits apply to the example base: valid paths that select something, and never removing
/// or replacing the root.
struct ExampleEdits: LintRule {
  let id = "SL016"
  let name = "example-edits"
  let severity = Severity.error
  let title = LocalizedText(zh: "示例的编辑无法应用于示例基准", en: "An example's edit does not apply to the example base")
  let rationale = LocalizedText(
    zh: "示例是对基准提交的编辑；路径选不到节点时，示例检验的就不是作者以为的内容（加载器：E211）。",
    en:
      "An example is an edit of the base submission; a path that selects nothing means the example tests something other than its author meant (loader: E211)."
  )
  let triggering = [
    LintExample(
      rules: LintExample.rule(
        examples:
          #"<example outcome="pass" profile="chongqing"/><example outcome="fail" profile="chongqing"><remove path="units/unit[9]/area"/></example>"#
      ))
  ]
  let nonTriggering = [
    LintExample(
      rules: LintExample.rule(
        examples:
          #"<example outcome="pass" profile="chongqing"/><example outcome="fail" profile="chongqing"><remove path="units/unit[1]/area"/></example>"#
      ))
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    var findings = standard.parserDiagnostics.filter { $0.code == .invalidExample }.map { diagnostic in
      finding(
        diagnostic.message,
        at: standard.file(diagnostic.location.file)?.location(line: diagnostic.location.line) ?? diagnostic.location)
    }
    // Without a usable base there is nothing to apply edits to (the manifest's reference is E200).
    guard let base = standard.exampleBase, (try? XMLDocument.parse(base, url: "base")) != nil else { return findings }
    let builder = ExampleBuilder(base: base)
    for (ruleID, example) in standard.examples {
      do {
        _ = try builder.build(example)
      } catch {
        findings.append(
          finding(
            error.message.map { text, _ in "\(ruleID): \(text)" },
            at: location(ofFailingEditIn: example, standard, builder)))
      }
    }
    return findings
  }

  /// Where the first edit that does not apply is written: the shortest prefix of the edits that fails ends with it.
  private func location(
    ofFailingEditIn example: RuleExample, _ standard: LintedStandard, _ builder: ExampleBuilder
  ) -> SourceLocation {
    guard let file = standard.file(example.location.file) else { return example.location }
    var prefix = example
    let failing = (1...max(1, example.edits.count)).first { count in
      prefix.edits = Array(example.edits.prefix(count))
      return (try? builder.build(prefix)) == nil
    }
    let node = standard.rules.lazy.filter { $0.file.path == file.path }.flatMap { $0.node.elements("example") }
      .first { $0.line == example.location.line }
    let edits =
      node?.childElements.filter { $0.namespaceURI == Namespaces.standard && $0.localName != "description" } ?? []
    guard let failing, failing - 1 < edits.count else { return file.location(line: example.location.line) }
    return file.location(of: edits[failing - 1])
  }
}
