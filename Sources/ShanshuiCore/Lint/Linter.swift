import ShanshuiXML

/// Runs every lint rule on a standard. Reads every file it can, reports files it cannot parse as problems, and
/// never stops at the first defect.
public struct Linter {
  /// The rule-document schema and, for a standard given as one rule document, the fallback submission base.
  public var toolFiles: [String: [UInt8]]
  public var rules: [any LintRule]

  public init(toolFiles: [String: [UInt8]], rules: [any LintRule] = LintRules.all) {
    self.toolFiles = toolFiles
    self.rules = rules
  }

  public func lint(_ source: StandardSource) -> LintResult {
    guard let schemaBytes = toolFiles["schema/rules.xsd"],
      let schema = try? XMLSchema(bytes: schemaBytes, url: "schema/rules.xsd")
    else {
      return LintResult(
        findings: [],
        problems: [
          Diagnostic(
            .standardUnreadable,
            LocalizedText(
              zh: "缺少规则文档 XSD", en: "the rule-document schema is missing"),
            at: SourceLocation(file: "schema/rules.xsd", line: 0))
        ],
        files: [])
    }
    var reader = FileReader(source: source, schema: schema)
    var files: [LintFile] = []
    var exampleBase = toolFiles["examples/base-submission.xml"]
    let directory = source.entry.split(separator: "/").dropLast().joined(separator: "/")
    let resolve = { (href: String) in directory.isEmpty ? href : directory + "/" + href }
    if let entry = read(source.entry, with: &reader, schema: schema) {
      files.append(entry)
      if entry.isManifest, let root = entry.root {
        if let base = root.element("exampleBase"), let href = base.attribute("href") {
          exampleBase = reader.bytes(resolve(href), at: entry.location(of: base))
        }
        var included: Set<String> = []
        for include in root.elements("include") {
          // A file included twice is linted once; SL003 reports the second include.
          guard let href = include.attribute("href"), included.insert(resolve(href)).inserted else { continue }
          if let bytes = reader.bytes(resolve(href), at: entry.location(of: include)),
            let file = parse(bytes, named: source.displayPath(resolve(href)), with: &reader, schema: schema)
          {
            files.append(file)
          }
        }
      }
    }
    // Older versions are linted as a set (SL024) by their manifests; `shanshui lint versions/NAME` lints one in full.
    var versions: [LintFile] = []
    if files.first?.isManifest == true {
      for path in source.versionManifests {
        if let file = read(path, with: &reader, schema: schema) { versions.append(file) }
      }
    }
    let standard = LintedStandard(
      files: files, exampleBase: exampleBase, sourceTexts: sourceTexts(of: files, resolve: resolve, with: &reader),
      versions: versions)
    let findings = rules.flatMap { $0.check(standard) }
    return LintResult(
      findings: findings.sorted { ($0.location, $0.ruleID) < ($1.location, $1.ruleID) },
      problems: reader.diagnostics.sorted { $0.location < $1.location }, files: files.map(\.path))
  }

  /// The full texts the rule documents' sources name (`<document text>`), by document id; one that cannot be read
  /// is a problem of the run, as an unreadable include is.
  private func sourceTexts(
    of files: [LintFile], resolve: (String) -> String, with reader: inout FileReader
  ) -> [String: String] {
    var texts: [String: String] = [:]
    for file in files where !file.isManifest {
      for document in file.root?.element("sources")?.elements("document") ?? [] {
        guard let id = document.attribute("id"), let path = document.attribute("text"), texts[id] == nil,
          let bytes = reader.bytes(resolve(path), at: file.location(ofAttribute: "text", of: document))
        else { continue }
        guard let text = String(validating: bytes, as: UTF8.self) else {
          reader.diagnostics.append(
            Diagnostic(
              .standardUnreadable,
              LocalizedText(zh: "来源原文 \(path) 不是 UTF-8 文本", en: "source text \(path) is not UTF-8"),
              at: file.location(ofAttribute: "text", of: document)))
          continue
        }
        texts[id] = text
      }
    }
    return texts
  }

  private func read(_ relative: String, with reader: inout FileReader, schema: XMLSchema) -> LintFile? {
    guard let bytes = reader.bytes(relative) else { return nil }
    return parse(bytes, named: reader.source.displayPath(relative), with: &reader, schema: schema)
  }

  /// The parsed file, or `nil` with its parse errors recorded as problems.
  private func parse(
    _ bytes: [UInt8], named path: String, with reader: inout FileReader, schema: XMLSchema
  ) -> LintFile? {
    do {
      let document = try XMLDocument.parse(bytes, url: path)
      return LintFile(
        path: path, isManifest: document.root?.localName == "standard", document: document,
        schemaProblems: schema.validate(document), bytes: bytes)
    } catch {
      reader.diagnostics += error.diagnostics.map {
        Diagnostic(
          .standardMalformed, LocalizedText($0.message),
          at: SourceLocation(file: path, line: $0.line, column: $0.column))
      }
      return nil
    }
  }
}
