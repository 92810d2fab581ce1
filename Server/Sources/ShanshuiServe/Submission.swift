import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import ShanshuiFrontend

/// The documents of a `POST /v1/check` body: the XML itself (`application/xml`, `text/xml`), or every file part of a
/// `multipart/form-data` body. Names are only labels: any directory part is dropped and nothing is ever opened.
enum Submission {
  /// Most file parts one multipart body may carry.
  static let maxParts = 1000

  /// What kind of body a `Content-Type` announces, or a 415.
  enum Kind: Equatable {
    case xml
    case multipart(boundary: String)
  }

  static func kind(of contentType: String?) throws(Problem) -> Kind {
    let parts = (contentType ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    let type = parts.first?.lowercased() ?? ""
    switch type {
    case "application/xml", "text/xml": return .xml
    case "multipart/form-data":
      for parameter in parts.dropFirst() {
        let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
        guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
        let boundary = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        if !boundary.isEmpty && boundary.utf8.count <= 70 { return .multipart(boundary: boundary) }
      }
      throw Problem(
        .badRequest, code: "malformed-multipart", zh: "multipart/form-data 缺少 boundary",
        en: "multipart/form-data without a boundary", parameter: "Content-Type")
    default:
      throw Problem(
        .unsupportedMediaType, code: "unsupported-media-type",
        zh: "不支持的媒体类型 \(type.isEmpty ? "（无）" : type)：请用 application/xml、text/xml 或 multipart/form-data",
        en:
          "unsupported media type \(type.isEmpty ? "(none)" : type): send application/xml, text/xml or multipart/form-data",
        parameter: "Content-Type")
    }
  }

  /// The documents of `body`; a document over `maxFileSize` is a 413, a malformed multipart body a 400.
  static func documents(_ body: ByteBuffer, kind: Kind, maxFileSize: Int) throws(Problem) -> [InMemoryDocument] {
    switch kind {
    case .xml:
      if body.readableBytes > maxFileSize { throw tooLarge(maxFileSize, name: "body") }
      return [InMemoryDocument(name: "submission.xml", bytes: Array(body.readableBytesView))]
    case .multipart(let boundary):
      return try multipart(body, boundary: boundary, maxFileSize: maxFileSize)
    }
  }

  private static func multipart(
    _ body: ByteBuffer, boundary: String, maxFileSize: Int
  ) throws(Problem) -> [InMemoryDocument] {
    final class State {
      var documents: [InMemoryDocument] = []
      var disposition: String?
      var bytes: [UInt8] = []
      var failure: Problem?
    }
    let state = State()
    let parser = MultipartParser(boundary: boundary)
    parser.onHeader = { name, value in
      if name.lowercased() == "content-disposition" { state.disposition = value }
    }
    parser.onBody = { chunk in
      guard state.failure == nil else { return }
      if state.bytes.count + chunk.readableBytes > maxFileSize {
        state.failure = tooLarge(maxFileSize, name: fileName(state.disposition) ?? "part")
        return
      }
      state.bytes += chunk.readableBytesView
    }
    parser.onPartComplete = {
      defer {
        state.disposition = nil
        state.bytes = []
      }
      guard state.failure == nil else { return }
      // Only file parts are documents: a plain form field (no filename) is ignored.
      guard let name = fileName(state.disposition) else { return }
      if state.documents.count == maxParts {
        state.failure = Problem(
          .contentTooLarge, code: "too-many-files", zh: "文件超过 \(maxParts) 个", en: "more than \(maxParts) files",
          closesConnection: true)
        return
      }
      state.documents.append(
        InMemoryDocument(name: label(name, index: state.documents.count + 1), bytes: state.bytes))
    }
    do {
      try parser.execute(body)
    } catch {
      throw malformed("\(error)")
    }
    if let failure = state.failure { throw failure }
    if state.documents.isEmpty {
      throw Problem(
        .badRequest, code: "no-file", zh: "multipart 请求中没有文件（需带 filename 的部分）",
        en: "the multipart body has no file (a part with a filename)")
    }
    return state.documents
  }

  /// The `filename` of a `Content-Disposition` value (quoted or a token); nil when it has none.
  static func fileName(_ disposition: String?) -> String? {
    guard let disposition else { return nil }
    for parameter in disposition.split(separator: ";").dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1)
      guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "filename" else { continue }
      var value = pair[1].trimmingCharacters(in: .whitespaces)
      if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 {
        value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
      }
      return value
    }
    return nil
  }

  /// A file name as a label: the last path component (`/` and `\` both separate), control characters dropped;
  /// `upload-N.xml` when nothing is left.
  static func label(_ name: String, index: Int) -> String {
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
    return clean.isEmpty || clean == "." || clean == ".." ? "upload-\(index).xml" : String(clean.prefix(255))
  }

  static func tooLarge(_ limit: Int, name: String) -> Problem {
    Problem(
      .contentTooLarge, code: "file-too-large", zh: "\(name) 超过单个文件上限 \(limit) 字节",
      en: "\(name) is over the limit of \(limit) bytes for one file", closesConnection: true)
  }

  static func malformed(_ reason: String) -> Problem {
    Problem(
      .badRequest, code: "malformed-multipart", zh: "multipart 请求格式错误：\(reason)",
      en: "malformed multipart body: \(reason)")
  }
}
