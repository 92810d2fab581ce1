import ShanshuiGeo
import ShanshuiXML

/// `shanshui geometry import`'s work on one submission, without any file access: each feature's polygons into the
/// unit whose `@id` equals its key (or all of them into the project boundary), as the element's last child
/// `<geometry>`; the new bytes are parsed again and schema-validated before they are handed back, so a caller never
/// writes a submission that would not load.
public enum GeometryImport {
  static let submissionNamespace = "urn:shanshui:submission:1"

  /// - parameter source: the features read from the GIS file (`ImportSource.read`), named `sourcePath` in messages.
  /// - parameter bytes: the submission as read, named `path` in messages.
  /// - parameter schema: the submission schema the result must satisfy.
  /// - parameter schemaFacts: its facts, so that parse and schema errors read as `check` words them (E101/E102).
  public static func apply(
    _ source: ImportSource, sourcePath: String, keyField: String?, to bytes: [UInt8], path: String,
    schema: XMLSchema, schemaFacts: SubmissionSchemaFacts = .empty, options: GeometryImportOptions
  ) throws(GeometryImportFailure) -> GeometryImportOutcome {
    func failure(_ code: ErrorCode, _ zh: String, _ en: String, line: Int = 0) -> GeometryImportFailure {
      GeometryImportFailure([
        Diagnostic(code, LocalizedText(zh: zh, en: en), at: SourceLocation(file: path, line: line))
      ])
    }
    let document = try parse(bytes, path: path, schema: schema, facts: schemaFacts, code: .importSubmissionUnusable)
    guard let root = document.root else { throw failure(.importSubmissionUnusable, "没有根元素", "no document element") }
    guard declaresUTF8(bytes) else {
      throw failure(
        .importSubmissionUnusable, "申报文件不是 UTF-8 编码：请先转为 UTF-8",
        "the submission is not encoded in UTF-8: convert it to UTF-8 first", line: 1)
    }
    let version = root.attribute("formatVersion") ?? "1"
    guard version == "2" else {
      throw failure(
        .importSubmissionUnusable,
        "formatVersion=\"\(version)\" 的申报文件不能包含几何图形：请改为 formatVersion=\"2\"（第 2 版对部分项目类别要求更多章节，见 docs/submission-format.md），然后重新导入",
        "a submission of formatVersion=\"\(version)\" cannot hold geometry: set formatVersion=\"2\" (version 2 asks some programmes for more sections: docs/submission-format.md) and import again",
        line: root.line)
    }
    guard var edit = GeometryImportEdit(bytes: bytes, document: document) else {
      throw failure(
        .importSubmissionUnusable, "无法在申报文件的字节中定位元素", "the submission's elements cannot be located in its bytes")
    }
    let plan = try ImportPlan(
      source: source, sourcePath: sourcePath, keyField: keyField, root: root, path: path, options: options)
    var written: [GeometryImportOutcome.Written] = []
    for target in plan.targets {
      let existing = target.element.childElements.last.flatMap {
        $0.localName == "geometry" && $0.namespaceURI == submissionNamespace ? $0 : nil
      }
      edit.place(target.shape, in: target.element, replacing: existing)
      written.append(
        GeometryImportOutcome.Written(
          unitID: target.unitID, fids: target.fids, polygonCount: target.shape.polygons.count,
          replaced: existing != nil, dissolved: target.dissolved, line: target.element.line))
    }
    let result = edit.result()
    let reparsed = try parse(result, path: path, schema: schema, facts: schemaFacts, code: .importResultInvalid)
    written = try readBack(plan.targets, written: written, in: reparsed, bytes: result, path: path)
    return GeometryImportOutcome(bytes: result, written: written, unmatched: plan.unmatched)
  }

  /// Reads every written `<geometry>` back from the new document with shanshui's own GML reader: each must give the
  /// very shape that was written (the numbers round-trip). Also takes each element's line in the new document.
  private static func readBack(
    _ targets: [ImportPlan.Target], written: [GeometryImportOutcome.Written], in document: XMLDocument,
    bytes: [UInt8], path: String
  ) throws(GeometryImportFailure) -> [GeometryImportOutcome.Written] {
    guard let root = document.root else { return written }
    let units =
      root.firstChild(named: XMLName("units", namespace: submissionNamespace))?
      .children(named: XMLName("unit", namespace: submissionNamespace)) ?? []
    let location = root.firstChild(named: XMLName("location", namespace: submissionNamespace))
    var reader = GMLReader(source: bytes)
    var updated = written
    for (index, target) in targets.enumerated() {
      let element = target.unitID.map { id in units.first { $0.attribute("id") == id } } ?? location
      let geometry = element?.childElements.last
      guard let element, let geometry, geometry.localName == "geometry",
        case .success(let read) = reader.read(geometry), read.shape == target.shape
      else {
        throw GeometryImportFailure([
          Diagnostic(
            .importResultInvalid,
            LocalizedText(
              zh: "写入的 \(target.unitID ?? "location") 几何图形读回后与要素不一致，未写入",
              en:
                "the geometry written for \(target.unitID ?? "location") does not read back as the feature's: nothing written"
            ),
            at: SourceLocation(file: path, line: element?.line ?? 0))
        ])
      }
      updated[index].line = element.line
    }
    return updated
  }

  /// Parses and schema-validates `bytes`; every problem under `code`.
  private static func parse(
    _ bytes: [UInt8], path: String, schema: XMLSchema, facts: SubmissionSchemaFacts, code: ErrorCode
  )
    throws(GeometryImportFailure) -> XMLDocument
  {
    let written = code == .importResultInvalid
    // Worded as `check` words E101 and E102 (InputProblems), under this step's code.
    func diagnostics(_ list: [Diagnostic]) -> [Diagnostic] {
      list.map { problem in
        var diagnostic = problem
        diagnostic.code = code
        if written {
          diagnostic.message = problem.message.map { text, language in
            (language == .zh ? "写入几何图形后：" : "with the geometry written: ") + text
          }
        }
        return diagnostic
      }
    }
    let document: XMLDocument
    do { document = try XMLDocument.parse(bytes, url: path) } catch {
      throw GeometryImportFailure(
        diagnostics(InputProblems.parseDiagnostics(error.diagnostics, path: path, source: bytes)))
    }
    let problems = schema.validate(document)
    if !problems.isEmpty {
      throw GeometryImportFailure(diagnostics(InputProblems.schemaDiagnostics(problems, path: path, facts: facts)))
    }
    return document
  }

  /// Whether the bytes are UTF-8 by their XML declaration (none, or `encoding="UTF-8"`), so that text can be spliced.
  private static func declaresUTF8(_ bytes: [UInt8]) -> Bool {
    let head = String(decoding: bytes.prefix(200).prefix { $0 != 0x3E }, as: UTF8.self).lowercased()
    guard head.contains("<?xml"), let range = head.range(of: "encoding") else { return true }
    let rest = head[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
    return rest.hasPrefix("utf-8") || rest.hasPrefix("utf8") || rest.hasPrefix("us-ascii")
  }
}
