import Foundation
import ShanshuiCore
import ShanshuiGeo
import ShanshuiXML

/// Runs `shanshui geometry import`: reads the GIS layer (ShanshuiGeo), places its features into the submission
/// (ShanshuiCore's `GeometryImport`, which re-parses and schema-validates the result), and writes the result with
/// `OutputFile` (a temporary file in the same directory, synced and renamed: the old submission stays intact when
/// anything fails). Nothing is written when any error is found.
public enum GeometryImportRun {
  /// - parameter schemaFacts: the submission schema's facts, for parse and schema errors worded as `check` words them.
  public static func run(
    _ request: GeometryImportRequest, schema: XMLSchema, schemaFacts: SubmissionSchemaFacts = .empty
  ) -> GeometryImportResult {
    var result = GeometryImportResult(source: nil, outcome: nil, errors: [], outputError: nil, writtenTo: nil)
    let source: ImportSource
    do { source = try ImportSource.read(request.source) } catch {
      result.errors = [
        Diagnostic(
          ErrorCode(rawValue: error.errorCode) ?? .importSourceUnreadable, ImportSourceText.message(error),
          at: SourceLocation(file: request.source.path, line: 0))
      ]
      return result
    }
    result.source = source
    let bytes: [UInt8]
    do { bytes = try readSubmission(request.submission, limit: request.maxFileSize) } catch {
      result.errors = [error]
      return result
    }
    do {
      let outcome = try GeometryImport.apply(
        source, sourcePath: request.source.path, keyField: request.source.keyField, to: bytes,
        path: request.submission, schema: schema, schemaFacts: schemaFacts, options: request.options)
      result.outcome = outcome
      guard !request.dryRun else { return result }
      let destination = request.output ?? request.submission
      try OutputFile(path: destination, option: request.output == nil ? "SUBMISSION" : "--output").write(outcome.bytes)
      result.writtenTo = destination
    } catch let failure as GeometryImportFailure {
      result.errors = failure.diagnostics
    } catch let failure as OutputError {
      result.outputError = failure
    } catch {
      result.errors = [
        Diagnostic(
          .importSubmissionUnusable, LocalizedText("\(error)"), at: SourceLocation(file: request.submission, line: 0))
      ]
    }
    return result
  }

  private static func readSubmission(_ path: String, limit: Int) throws(Diagnostic) -> [UInt8] {
    func problem(_ zh: String, _ en: String) -> Diagnostic {
      Diagnostic(.importSubmissionUnusable, LocalizedText(zh: zh, en: en), at: SourceLocation(file: path, line: 0))
    }
    var status = stat()
    guard stat(path, &status) == 0 else { throw problem("文件不存在或无法访问", "no such file, or it cannot be reached") }
    guard status.st_mode & S_IFMT == S_IFREG else { throw problem("不是普通文件", "not a regular file") }
    guard Int(status.st_size) <= limit else {
      throw problem("文件超过 \(limit >> 20) MB 的上限", "larger than the limit of \(limit >> 20) MB")
    }
    guard let data = FileManager.default.contents(atPath: path) else { throw problem("无法读取", "cannot be read") }
    return [UInt8](data)
  }
}

/// The zh/en message of an `ImportSourceError`.
enum ImportSourceText {
  static func message(_ error: ImportSourceError) -> LocalizedText {
    let en = error.description
    switch error {
    case .librariesUnavailable: return LocalizedText(zh: "无法加载空间库：\(en)", en: en)
    case .unreadable(let reason): return LocalizedText(zh: "无法读取：\(reason)", en: en)
    case .layerChoice(let requested, let available):
      let list = available.joined(separator: ", ")
      if let requested { return LocalizedText(zh: "文件中没有图层“\(requested)”；其图层：\(list)", en: en) }
      return LocalizedText(zh: "文件含 \(available.count) 个图层（\(list)），请用 --layer 选择", en: en)
    case .fieldMissing(let field, let available):
      return LocalizedText(zh: "图层中没有字段“\(field)”；其字段：\(available.joined(separator: ", "))", en: en)
    case .crs(let reason): return LocalizedText(zh: "坐标参考系：\(reason)", en: en)
    case .featureRefused(let fid, let reason): return LocalizedText(zh: "要素 \(fid)：\(reason)", en: en)
    case .empty: return LocalizedText(zh: "图层没有要素", en: en)
    }
  }
}
