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
      /// A part's headers began and the part has not ended.
      var open = false
    }
    let state = State()
    let parser = MultipartParser(boundary: boundary)
    parser.onHeader = { name, value in
      state.open = true
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
        state.open = false
      }
      guard state.failure == nil else { return }
      // Only file parts are documents: a plain form field (no filename) is ignored. A disposition that did not
      // decode (a file name in GBK from an older client arrives as an empty value) is a file with a made-up label.
      let name: String
      if let disposition = state.disposition, disposition.isEmpty {
        name = ""
      } else if let given = fileName(state.disposition) {
        name = given
      } else {
        return
      }
      // A browser's file input left empty sends a part with no name and no bytes: nothing was chosen.
      if name.isEmpty && state.bytes.isEmpty { return }
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
    // The parser stops quietly where the body stops: a body cut off inside a part, or without the closing
    // delimiter, would lose files without a word. Both are refused.
    if state.open || !closes(body, boundary: boundary) {
      throw malformed("the body ends before the closing delimiter --\(boundary)--")
    }
    if state.documents.isEmpty {
      throw Problem(
        .badRequest, code: "no-file", zh: "multipart 请求中没有文件（需带 filename 的部分）",
        en: "the multipart body has no file (a part with a filename)")
    }
    return state.documents
  }

  /// Whether `body` carries the closing delimiter `--boundary--` (at its start, or after a line break).
  static func closes(_ body: ByteBuffer, boundary: String) -> Bool {
    let delimiter = Array("--\(boundary)--".utf8)
    let bytes = Array(body.readableBytesView.suffix(64 << 10))
    // From the end: the closing delimiter is followed by at most an epilogue, which clients leave empty or short.
    guard bytes.count >= delimiter.count else { return false }
    for start in stride(from: bytes.count - delimiter.count, through: 0, by: -1)
    where bytes[start..<start + delimiter.count].elementsEqual(delimiter) {
      let atStart = start == 0 && bytes.count == body.readableBytes
      return atStart || (start > 0 && bytes[start - 1] == UInt8(ascii: "\n"))
    }
    return false
  }

  /// The file name of a `Content-Disposition` value: `filename*` (RFC 5987, `UTF-8''…` percent-encoded) before
  /// `filename` (quoted or a token; `;` inside quotes is part of the name); nil when it has neither.
  static func fileName(_ disposition: String?) -> String? {
    guard let disposition else { return nil }
    var plain: String?
    for parameter in parameters(disposition).dropFirst() {
      guard let equals = parameter.firstIndex(of: "=") else { continue }
      let key = parameter[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
      var value = parameter[parameter.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      if key == "filename*" {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        if pieces.count == 3, pieces[0].lowercased() == "utf-8", let decoded = String(pieces[2]).removingPercentEncoding
        {
          return decoded
        }
      } else if key == "filename" && plain == nil {
        if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 {
          value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
        }
        plain = value
      }
    }
    return plain
  }

  /// The `;`-separated parts of a header value, a `;` inside double quotes kept.
  static func parameters(_ value: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var quoted = false
    var escaped = false
    for character in value {
      if escaped {
        escaped = false
      } else if character == "\\" && quoted {
        escaped = true
      } else if character == "\"" {
        quoted.toggle()
      } else if character == ";" && !quoted {
        parts.append(current)
        current = ""
        continue
      }
      current.append(character)
    }
    parts.append(current)
    return parts
  }

  /// A file name as a label: the last path component (`/` and `\` both separate), control and bidirectional
  /// control characters dropped;
  /// `upload-N.xml` when nothing is left.
  static func label(_ name: String, index: Int) -> String {
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    // Control characters (C0, DEL, C1) and the bidirectional controls that would make a name read as another.
    let hidden: Set<UInt32> = [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
    let clean = String(
      String.UnicodeScalarView(
        last.unicodeScalars.filter {
          $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) && !hidden.contains($0.value)
        }
      ))
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
