import Foundation
import ShanshuiXML

/// Loads a standard: reads and schema-validates every file, builds the model, resolves every reference, compiles
/// every XPath and dry-runs it. Collects every problem instead of stopping at the first.
public struct StandardLoader {
  /// Files shanshui brings itself: the rule-document schema, and the fallback submission schema and example base
  /// for a standard given as one rule document.
  public var toolFiles: [String: [UInt8]]
  /// Whether the load verifies the standard in full: the rule documents against their schema, every XPath
  /// statically and by a dry run, every reference and message placeholder, every quote against its source's text,
  /// and every rule example's edits against the example base. On by default. The CLI and the service turn it off
  /// for the standard compiled into the binary, whose bytes the test suite verifies in full before they are built in
  /// (`BundledStandardTests` also finds the model of an unverified load equal to a verified one): verification was
  /// two thirds of the instructions of a `check` of a small file. Either way the model is the same, and what
  /// loading only warns about (`Standard.warnings`) is found.
  public var verifies: Bool

  public init(toolFiles: [String: [UInt8]], verifies: Bool = true) {
    self.toolFiles = toolFiles
    self.verifies = verifies
  }

  /// A standard that could not be loaded, with every problem found.
  public struct Failure: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
  }

  public func load(_ source: StandardSource) throws(Failure) -> Standard {
    try loadKeepingFiles(source).standard
  }

  /// Loads `source` as `load` does, and returns with the standard a snapshot of every file it read: loading from
  /// the snapshot reads nothing from disk and names every file as `source` does, so a batch's further workers build
  /// their own copy of exactly this standard (not of one edited on disk since).
  public func loadKeepingFiles(
    _ source: StandardSource
  ) throws(Failure) -> (standard: Standard, snapshot: StandardSource) {
    var diagnostics: [Diagnostic] = []
    let ruleSchema =
      verifies ? toolFiles["schema/rules.xsd"].flatMap { try? XMLSchema(bytes: $0, url: "schema/rules.xsd") } : nil
    if verifies && ruleSchema == nil {
      throw Failure(diagnostics: [
        Diagnostic(
          .standardUnreadable,
          LocalizedText(
            zh: "缺少规则文档 XSD", en: "the rule-document schema is missing"),
          at: SourceLocation(file: "schema/rules.xsd", line: 0))
      ])
    }
    var reader = FileReader(source: source, schema: ruleSchema)
    guard let entry = reader.document(source.entry) else { throw Failure(diagnostics: reader.diagnostics) }
    var info = RuleDocumentParser.info(of: entry.root)
    var documentPaths: [String] = []
    var schemaBytes = toolFiles["schema/submission.xsd"]
    var schemaName = "schema/submission.xsd"
    var exampleBase = toolFiles["examples/base-submission.xml"]
    var exampleBaseName = "<shanshui>/examples/base-submission.xml"
    var raw: [RawDocument] = []
    // Hrefs (and source texts) are relative to the entry's directory: the manifest's, or the one rule document's.
    let directory = entry.relative.split(separator: "/").dropLast().joined(separator: "/")
    let resolve = { (href: String) in directory.isEmpty ? href : directory + "/" + href }
    if entry.root.localName == "standard" {
      documentPaths = entry.root.elements("include").compactMap { $0.attribute("href") }.map(resolve)
      if let schema = entry.root.element("submissionSchema"), let href = schema.attribute("href") {
        schemaName = resolve(href)
        schemaBytes = reader.bytes(schemaName, at: schema.location(in: source.displayPath(entry.relative)))
      }
      if let base = entry.root.element("exampleBase"), let href = base.attribute("href") {
        exampleBase = reader.bytes(resolve(href), at: base.location(in: source.displayPath(entry.relative)))
        exampleBaseName = source.displayPath(resolve(href))
      }
    } else {
      var parser = RuleDocumentParser(file: source.displayPath(entry.relative))
      raw.append(parser.parse(entry.root))
      reader.diagnostics += parser.diagnostics
    }
    for path in documentPaths {
      guard let document = reader.document(path) else { continue }
      guard document.root.localName == "ruleDocument" else {
        reader.diagnostics.append(
          Diagnostic(
            .standardSchemaInvalid,
            LocalizedText(
              zh: "被包含的文件不是规则文档", en: "an included file is not a rule document"),
            at: document.root.location(in: source.displayPath(path))))
        continue
      }
      var parser = RuleDocumentParser(file: source.displayPath(path))
      raw.append(parser.parse(document.root))
      reader.diagnostics += parser.diagnostics
    }
    // The source texts are read either way: they belong to the snapshot further copies load from.
    let sourceTexts = SourceQuote.texts(of: raw) { path, location in reader.bytes(resolve(path), at: location) }
    diagnostics += reader.diagnostics + sourceTexts.problems
    if verifies { diagnostics += SourceQuote.problems(in: raw, texts: sourceTexts.texts) }
    if entry.root.localName != "standard", let first = raw.first { info = first.info }
    var submissionSchema: XMLSchema?
    if let schemaBytes {
      do {
        submissionSchema = try XMLSchema(bytes: schemaBytes, url: source.displayPath(schemaName))
      } catch {
        diagnostics += error.diagnostics.map {
          Diagnostic(
            .standardSchemaInvalid, LocalizedText($0.message),
            at: SourceLocation(file: source.displayPath(schemaName), line: $0.line, column: $0.column))
        }
      }
    }
    var assembler = StandardAssembler(documents: raw, verifies: verifies)
    let assembled = assembler.assemble()
    diagnostics += assembler.diagnostics
    if verifies, let submissionSchema, let exampleBase {
      diagnostics += ExampleChecks.problems(
        base: exampleBase, named: exampleBaseName, schema: submissionSchema, rules: assembled.rules)
    }
    guard let submissionSchema, diagnostics.isEmpty else {
      throw Failure(diagnostics: diagnostics.sorted { $0.location < $1.location })
    }
    var standard = Standard(
      info: info, documents: assembled.documents, parameters: assembled.parameters, codelists: assembled.codelists,
      rules: assembled.rules, submissionSchema: submissionSchema, exampleBase: exampleBase,
      namespaces: assembled.namespaces)
    standard.layers = assembled.layers
    standard.submissionSchemaBytes = schemaBytes
    standard.warnings = assembler.warnings.sorted { $0.location < $1.location }
    if verifies {
      let dryRun = DryRun(standard: standard).problems()
      guard dryRun.isEmpty else { throw Failure(diagnostics: dryRun) }
    }
    return (standard, .snapshot(of: source, files: reader.read))
  }
}

/// Reads, parses and schema-validates files of a standard, turning every problem into a located diagnostic.
struct FileReader {
  let source: StandardSource
  /// The rule-document schema each document is validated against; `nil` when the load does not verify.
  let schema: XMLSchema?
  var diagnostics: [Diagnostic] = []
  /// Every file read, by relative path.
  var read: [String: [UInt8]] = [:]

  init(source: StandardSource, schema: XMLSchema?) {
    self.source = source
    self.schema = schema
  }

  mutating func bytes(_ relative: String, at reference: SourceLocation? = nil) -> [UInt8]? {
    let display = source.displayPath(relative)
    guard !relative.hasPrefix("/"), !relative.split(separator: "/").contains("..") else {
      diagnostics.append(
        Diagnostic(
          .unsafeReference,
          LocalizedText(
            zh: "路径 \(relative) 超出标准目录", en: "path \(relative) leaves the standard's directory"),
          at: reference ?? SourceLocation(file: display, line: 0)))
      return nil
    }
    do {
      let bytes = try source.read(relative)
      read[relative] = bytes
      return bytes
    } catch let error as SourceError {
      diagnostics.append(
        Diagnostic(
          .standardUnreadable,
          LocalizedText(
            zh: "无法读取 \(display)：\(error.reason)", en: "cannot read \(display): \(error.reason)"),
          at: reference ?? SourceLocation(file: display, line: 0)))
    } catch {
      diagnostics.append(
        Diagnostic(.standardUnreadable, LocalizedText("\(error)"), at: SourceLocation(file: display, line: 0)))
    }
    return nil
  }

  /// The parsed, schema-valid document at `relative`, or `nil` with the problems recorded.
  mutating func document(_ relative: String) -> (root: XMLNode, relative: String)? {
    guard let bytes = bytes(relative) else { return nil }
    let display = source.displayPath(relative)
    let document: XMLDocument
    do {
      document = try XMLDocument.parse(bytes, url: display)
    } catch {
      diagnostics += error.diagnostics.map {
        Diagnostic(
          .standardMalformed, LocalizedText($0.message),
          at: SourceLocation(file: display, line: $0.line, column: $0.column))
      }
      return nil
    }
    let problems = schema?.validate(document) ?? []
    guard problems.isEmpty, let root = document.root else {
      // "Element 'rule'" reads better than "Element '{urn:shanshui:standard:1}rule'".
      let namespace = "{\(Namespaces.standard)}"
      diagnostics += problems.map {
        Diagnostic(
          .standardSchemaInvalid, LocalizedText($0.message.replacingOccurrences(of: namespace, with: "")),
          at: SourceLocation(file: display, line: $0.line, column: $0.column))
      }
      return nil
    }
    return (root, relative)
  }
}
