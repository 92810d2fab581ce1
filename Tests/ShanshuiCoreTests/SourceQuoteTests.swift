import Foundation
@testable import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Quotes (`<source quote>`) held to the bundled full text of their source (`<document text>`): the matcher, the
/// bundled 渝规资〔2021〕428号, and the loader's E214.
@Suite struct SourceQuoteTests {
  static let text = "一、总体要求\n深化川渝两地国土空间生态修复领域合作，共同推进长江等“六江”生态廊道建设。"

  @Test(arguments: [
    ("共同推进长江等“六江”生态廊道建设", true),
    ("深化川渝两地……“六江”生态廊道建设", true),
    ("", true),
    ("共同推进长江“六江”生态廊道建设", false),  // a word dropped
    ("“六江”生态廊道建设……深化川渝两地", false),  // parts out of order
    ("共同推进长江等\"六江\"生态廊道建设", false),  // ASCII quotation marks for the text's curly ones
    ("生态修复领域合作,共同推进", false),  // an ASCII comma for the text's fullwidth one
  ])
  func verbatimMeansEveryPartInOrder(quote: String, expected: Bool) {
    #expect(SourceQuote.isVerbatim(quote, in: Self.text) == expected, "\(quote)")
  }

  /// The seed is bundled, unchanged, and every citation of it quotes the sentence it rests on.
  @Test func everyCitationOfTheSeedQuotesItsBundledText() throws {
    let text = String(decoding: try Repository.bytes("standards/sources/cqsc-428-2021.txt"), as: UTF8.self)
    #expect(text.contains("渝规资〔2021〕428号") && text.contains("2021年6月20日"))
    let standard = try StandardLoader(toolFiles: try Repository.standardFiles())
      .load(.directory(Repository.url("standards").path))
    // Codelists keep no sources in the model: the loader's E214 (next test) covers their quotes.
    let references =
      standard.rules.flatMap(\.sources) + standard.parameters.values.flatMap { $0.values.values.flatMap(\.sources) }
    let seed = references.filter { $0.document.id == "cqsc-428" }
    #expect(seed.count >= 16)
    #expect(seed.first?.document.text == "sources/cqsc-428-2021.txt")
    for reference in seed {
      let quote = try #require(reference.quote, "\(reference.key) has no quote")
      #expect(SourceQuote.isVerbatim(quote, in: text), "\(quote)")
    }
    #expect(!references.contains { $0.document.id == "cqsc-428-secondary" })
  }

  /// A quote that is not in the text stops the load, at the quote's line.
  @Test func aQuoteNotInTheTextIsE214() throws {
    var edited = try EditedStandard()
    try edited.replace(#"quote="连通生态廊道，重塑自然岸线""#, with: #"quote="连通生态廊道,重塑自然岸线""#, in: "rules/corridors.xml")
    let lines = String(decoding: try #require(edited.files["rules/corridors.xml"]), as: UTF8.self)
      .components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains("连通生态廊道,重塑自然岸线") }) + 1
    do {
      _ = try edited.load()
      Issue.record("the standard loaded")
    } catch let failure as StandardLoader.Failure {
      #expect(failure.diagnostics.map(\.code) == [.quoteNotInSourceText])
      #expect(failure.diagnostics.first?.location.line == line)
      #expect(failure.diagnostics.first?.location.file == "<edited>/rules/corridors.xml")
    }
  }

  /// A text that is not bundled where the document says is E200, at the document.
  @Test func aMissingTextIsUnreadable() throws {
    var edited = try EditedStandard()
    edited.files["sources/cqsc-428-2021.txt"] = nil
    do {
      _ = try edited.load()
      Issue.record("the standard loaded")
    } catch let failure as StandardLoader.Failure {
      #expect(failure.diagnostics.map(\.code) == [.standardUnreadable])
      #expect(failure.diagnostics.first?.location.file == "<edited>/rules/basics.xml")
    }
  }
}
