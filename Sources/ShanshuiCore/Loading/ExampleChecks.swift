import ShanshuiXML

/// Load-time checks of what rule examples stand on: the example base must be a well-formed, schema-valid
/// submission, and every example's edits must apply to it. Whether each example then passes or fails its rule is
/// for `shanshui test` and the test suite.
enum ExampleChecks {
  static func problems(base: [UInt8], named name: String, schema: XMLSchema, rules: [Rule]) -> [Diagnostic] {
    let document: XMLDocument
    do {
      document = try XMLDocument.parse(base, url: name)
    } catch {
      return error.diagnostics.map {
        Diagnostic(
          .standardMalformed, LocalizedText($0.message),
          at: SourceLocation(file: name, line: $0.line, column: $0.column))
      }
    }
    let invalid = schema.validate(document)
    guard invalid.isEmpty else {
      return invalid.map {
        Diagnostic(
          .standardSchemaInvalid,
          LocalizedText(
            zh: "示例基准提交不符合申报格式：\($0.message)", en: "the example base is not a valid submission: \($0.message)"),
          at: SourceLocation(file: name, line: $0.line, column: $0.column))
      }
    }
    let builder = ExampleBuilder(base: base)
    var diagnostics: [Diagnostic] = []
    for rule in rules {
      for example in rule.examples {
        do {
          _ = try builder.build(example)
        } catch {
          diagnostics.append(
            Diagnostic(.invalidExample, error.message.map { text, _ in "\(rule.id): \(text)" }, at: example.location))
        }
      }
    }
    return diagnostics
  }
}
