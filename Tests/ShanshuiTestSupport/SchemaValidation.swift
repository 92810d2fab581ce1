import Foundation
import ShanshuiXML

/// Validates report output against the schemas copied into `schemas/`: XML with libxml2's XSD validator, JSON with
/// the `jsonschema` Python package through `scripts/validate-json-schema.py` (installed by `scripts/setup`).
public enum SchemaValidation {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Violations of `schema` (a path under the repository) by the XML `document`; empty when valid.
  /// The SARIF 2.1.0 schema copy keeps the log's schema under `definitions/Root`; validating against the file's top
  /// level would accept anything.
  public static func sarif(_ documents: [String]) throws -> [String] {
    try json(documents, schema: "schemas/sarif-schema-2.1.0.json", root: "Root")
  }

  public static func xml(_ document: String, schema: String) throws -> [String] {
    let xsd = try XMLSchema(bytes: Repository.bytes(schema), url: schema)
    let parsed = try XMLDocument.parse(Array(document.utf8), url: "report.xml")
    return xsd.validate(parsed).map { "\($0.line): \($0.message)" }
  }

  /// Violations of the JSON Schema `schema` (or of its definition `root`) by each JSON `document`; empty when all are
  /// valid.
  /// - throws: when the validator cannot run (no python3 or no jsonschema): a test must fail, not skip.
  public static func json(_ documents: [String], schema: String, root: String? = nil) throws -> [String] {
    let directory = TemporaryDirectory.url("schema")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let files = try documents.enumerated().map { index, text -> String in
      let file = directory.appendingPathComponent("document-\(index).json")
      try Data(text.utf8).write(to: file)
      return file.path
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["python3", Repository.url("scripts/validate-json-schema.py").path]
      + (root.map { ["--root", $0] } ?? []) + [Repository.url(schema).path] + files
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    switch process.terminationStatus {
    case 0: return []
    case 1: return text.split(separator: "\n").map(String.init)
    default: throw Failure(description: "the JSON Schema validator could not run (run scripts/setup): \(text)")
    }
  }
}
