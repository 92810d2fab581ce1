import Foundation
import ShanshuiXML

/// The zh and en message of one parse error (E101), from libxml2's code and its extra strings and number.
enum ParseProblemText {
  // libxml2's xmlParserErrors codes (xmlerror.h, 2.9).
  static let empty = 4
  static let documentEnd = 5
  static let invalidCharacter = 9
  static let entitySemicolonMissing = 23
  static let undeclaredEntity = 26...27
  static let unsupportedEncoding = 32
  static let lessThanInAttribute = 38
  static let attributeUnquoted = 39...41
  static let attributeRepeated = 42
  static let nameRequired = 68
  static let greaterThanRequired = 73
  static let tagMismatch = 76
  static let tagNotFinished = 77
  static let invalidEncoding = 81
  static let extraContent = 86
  static let notStandalone = 34
  static let undefinedPrefix = 201

  static func message(_ error: XMLDiagnostic, source: [UInt8]) -> LocalizedText {
    let raw = error.message
    let first = error.strings.first ?? nil
    switch error.code {
    case empty where raw.hasPrefix("Document is empty"):
      return LocalizedText(zh: "文件为空，或没有根元素", en: "the file is empty or has no root element")
    case empty where raw.hasPrefix("Start tag expected"):
      return LocalizedText(
        zh: "这不是 XML 文件：开头应为 <?xml version=\"1.0\" encoding=\"UTF-8\"?> 或 <submission …>",
        en: "this is not an XML file: it should begin with <?xml version=\"1.0\" encoding=\"UTF-8\"?> or <submission …>"
      )
    case documentEnd, extraContent:
      return LocalizedText(
        zh: "根元素结束后还有内容：一个文件只能有一个根元素 <submission>",
        en: "there is content after the root element: a file has one root element, <submission>")
    case entitySemicolonMissing, nameRequired:
      return LocalizedText(
        zh: "“&” 在 XML 中有特殊含义：文字中的 & 须写成 &amp;（如 “A&amp;B”）",
        en: "\"&\" is special in XML: write a literal & as &amp; (\"A&amp;B\")")
    case undeclaredEntity:
      let name = first ?? LibXMLText.quoted(after: "Entity", in: raw) ?? "?"
      return LocalizedText(
        zh: "未定义的实体 &\(name);：XML 只认识 &amp; &lt; &gt; &quot; &apos;；字符请直接写，文字中的 & 须写成 &amp;",
        en:
          "undefined entity &\(name);: XML knows only &amp; &lt; &gt; &quot; &apos;; write the character itself, and a literal & as &amp;"
      )
    case lessThanInAttribute:
      return LocalizedText(zh: "属性值中的“<”须写成 &lt;", en: "write \"<\" in an attribute value as &lt;")
    case attributeUnquoted:
      return LocalizedText(
        zh: "属性值须写在引号中：name=\"值\"", en: "an attribute value is written in quotes: name=\"value\"")
    case attributeRepeated:
      let name = first ?? LibXMLText.quoted(after: "Attribute", in: raw) ?? "?"
      return LocalizedText(zh: "同一元素上 \(name) 属性写了两次", en: "the attribute \(name) is written twice on one element")
    case greaterThanRequired:
      return LocalizedText(zh: "标签没有以“>”结束", en: "a tag is not closed with \">\"")
    case tagMismatch:
      let opened = first ?? "?"
      let closed = error.strings.count > 1 ? error.strings[1] ?? "?" : "?"
      return LocalizedText(
        zh: "结束标签 </\(closed)> 与第 \(error.number) 行的开始标签 <\(opened)> 不匹配：应写 </\(opened)>，或检查之间漏写的结束标签",
        en:
          "the end tag </\(closed)> does not match the start tag <\(opened)> on line \(error.number): write </\(opened)>, or look for a missing end tag in between"
      )
    case tagNotFinished:
      let opened = first ?? "?"
      return LocalizedText(
        zh: "第 \(error.number) 行的 <\(opened)> 没有结束标签 </\(opened)>（文件在此之前结束）",
        en: "<\(opened)> on line \(error.number) has no end tag </\(opened)> (the file ends first)")
    case invalidEncoding,
      invalidCharacter where raw.contains("UTF-8") || raw.contains("encoding"):
      return EncodingGuess.message(source: source)
    case unsupportedEncoding:
      return LocalizedText(
        zh: "不支持文件声明的编码：请另存为 UTF-8，并写 <?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        en:
          "the declared encoding is not supported: save the file as UTF-8 with <?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      )
    case invalidCharacter:
      return LocalizedText(
        zh: "含有 XML 不允许的字符（控制字符等）：删除它", en: "a character XML does not allow (a control character): remove it")
    case undefinedPrefix:
      let prefix = first ?? "?"
      return LocalizedText(
        zh: "命名空间前缀 \(prefix): 未声明：在根元素上声明 xmlns:\(prefix)=\"…\"，或去掉前缀",
        en:
          "the namespace prefix \(prefix): is not declared: declare xmlns:\(prefix)=\"…\" on the root element, or drop it"
      )
    case notStandalone where raw.contains("DOCTYPE"):
      return LocalizedText(
        zh: "不接受文档类型声明（<!DOCTYPE>）：删除它", en: "document type declarations (<!DOCTYPE>) are not allowed: remove it")
    default:
      return LocalizedText(zh: "XML 格式错误：\(raw)", en: raw)
    }
  }
}

/// Which encoding a file that is not valid UTF-8 was probably saved in.
enum EncodingGuess {
  static func message(source: [UInt8]) -> LocalizedText {
    let declared = declaredEncoding(source)
    let declaredText = declared.map { "声明为 \($0)" } ?? "未声明编码（默认 UTF-8）"
    let declaredEn = declared.map { "declares \($0)" } ?? "declares no encoding (UTF-8 by default)"
    if looksLikeGB(source) {
      return LocalizedText(
        zh: "文件似乎是 GBK/GB18030 编码，但\(declaredText)：请将文件另存为 UTF-8",
        en: "the file looks GBK/GB18030-encoded but \(declaredEn): save it as UTF-8")
    }
    return LocalizedText(
      zh: "文件含有不符合所声明编码的字节（\(declaredText)）：请将文件另存为 UTF-8",
      en: "the file has bytes invalid in its encoding (it \(declaredEn)): save it as UTF-8")
  }

  /// The `encoding="…"` of the XML declaration, if any.
  static func declaredEncoding(_ source: [UInt8]) -> String? {
    let head = String(decoding: source.prefix(200), as: UTF8.self)
    guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let end = head.range(of: "?>") else { return nil }
    let declaration = String(head[..<end.lowerBound])
    for quote in ["\"", "'"] {
      if let start = declaration.range(of: "encoding=" + quote) {
        let rest = declaration[start.upperBound...]
        if let close = rest.firstIndex(of: Character(quote)) { return String(rest[..<close]) }
      }
    }
    return nil
  }

  /// True when the bytes are not UTF-8 but every non-ASCII byte pairs as a GBK double-byte character (lead
  /// 0x81–0xFE, trail 0x40–0xFE but 0x7F), with at least one such pair.
  static func looksLikeGB(_ source: [UInt8]) -> Bool {
    var index = 0
    var pairs = 0
    while index < source.count {
      let byte = source[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      guard (0x81...0xFE).contains(byte), index + 1 < source.count else { return false }
      let trail = source[index + 1]
      guard (0x40...0xFE).contains(trail), trail != 0x7F else { return false }
      pairs += 1
      index += 2
    }
    return pairs > 0 && String(validating: source, as: UTF8.self) == nil
  }
}
