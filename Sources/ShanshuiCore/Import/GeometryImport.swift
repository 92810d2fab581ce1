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
  public static func apply(
    _ source: ImportSource, sourcePath: String, keyField: String?, to bytes: [UInt8], path: String,
    schema: XMLSchema, options: GeometryImportOptions
  ) throws(GeometryImportFailure) -> GeometryImportOutcome {
    func failure(_ code: ErrorCode, _ zh: String, _ en: String, line: Int = 0) -> GeometryImportFailure {
      GeometryImportFailure([
        Diagnostic(code, LocalizedText(zh: zh, en: en), at: SourceLocation(file: path, line: line))
      ])
    }
    let document = try parse(bytes, path: path, schema: schema, code: .importSubmissionUnusable)
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
          replaced: existing != nil, line: target.element.line))
    }
    let result = edit.result()
    _ = try parse(result, path: path, schema: schema, code: .importResultInvalid)
    return GeometryImportOutcome(bytes: result, written: written, unmatched: plan.unmatched)
  }

  /// Parses and schema-validates `bytes`; every problem under `code`.
  private static func parse(
    _ bytes: [UInt8], path: String, schema: XMLSchema, code: ErrorCode
  )
    throws(GeometryImportFailure) -> XMLDocument
  {
    let written = code == .importResultInvalid
    func diagnostics(_ list: [XMLDiagnostic]) -> [Diagnostic] {
      list.map { problem in
        Diagnostic(
          code,
          LocalizedText(
            zh: (written ? "写入几何图形后：" : "") + problem.message,
            en: (written ? "with the geometry written: " : "") + problem.message),
          at: SourceLocation(file: path, line: problem.line, column: problem.column))
      }
    }
    let document: XMLDocument
    do { document = try XMLDocument.parse(bytes, url: path) } catch {
      throw GeometryImportFailure(diagnostics(error.diagnostics))
    }
    let problems = schema.validate(document)
    if !problems.isEmpty { throw GeometryImportFailure(diagnostics(problems)) }
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
