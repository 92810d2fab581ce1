import Testing

@testable import ShanshuiXML

/// XML 1.0 §2.11 end-of-line handling before libxml2 reads the bytes: lone CRs become LFs, nothing else changes.
@Suite struct LineEndsTests {
  private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// UTF-16 with a byte-order mark, in either byte order.
  private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    let units = Array(text.utf16)
    return (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
      + units.flatMap { unit -> [UInt8] in
        let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
        return bigEndian ? [high, low] : [low, high]
      }
  }

  @Test func filesWithoutALoneCarriageReturnAreNotCopied() {
    #expect(LineEnds.normalizingLoneCarriageReturns(bytes("<r>\n<a/>\n</r>\n")) == nil)
    #expect(LineEnds.normalizingLoneCarriageReturns(bytes("<r>\r\n<a/>\r\n</r>\r\n")) == nil)
    #expect(LineEnds.normalizingLoneCarriageReturns(bytes("<r/>")) == nil)
  }

  @Test func loneCarriageReturnsBecomeLineFeedsInPlace() {
    #expect(LineEnds.normalizingLoneCarriageReturns(bytes("<r>\r<a/>\r</r>\r")) == bytes("<r>\n<a/>\n</r>\n"))
    // Mixed: CR CR LF is a lone CR then a pair (two line ends); the pair is left as it is.
    #expect(
      LineEnds.normalizingLoneCarriageReturns(bytes("<r>\r\r\n<a/>\n\r</r>")) == bytes("<r>\n\r\n<a/>\n\n</r>"))
    // Multi-byte UTF-8 and GBK text around the CR is untouched (0x0D is never a trailing byte in either).
    #expect(LineEnds.normalizingLoneCarriageReturns(bytes("<r>汉\r𠀀</r>")) == bytes("<r>汉\n𠀀</r>"))
    let gbk: [UInt8] = [0x3C, 0x72, 0x3E, 0xBA, 0xBA, 0x0D, 0xD7, 0xD6, 0x3C, 0x2F, 0x72, 0x3E]
    var expected = gbk
    expected[5] = 0x0A
    #expect(LineEnds.normalizingLoneCarriageReturns(gbk) == expected)
  }

  @Test func utf16IsNormalizedByCodeUnitInEitherByteOrder() {
    for bigEndian in [false, true] {
      let normalized = LineEnds.normalizingLoneCarriageReturns(utf16("<r>\r<a/>\r\n</r>\r", bigEndian: bigEndian))
      #expect(normalized == utf16("<r>\n<a/>\r\n</r>\n", bigEndian: bigEndian))
      #expect(LineEnds.normalizingLoneCarriageReturns(utf16("<r>\r\n</r>", bigEndian: bigEndian)) == nil)
    }
    // U+0D0D (Malayalam) holds two 0x0D bytes but no CR: nothing to do.
    #expect(LineEnds.normalizingLoneCarriageReturns(utf16("<r>\u{0D0D}</r>", bigEndian: false)) == nil)
  }

  @Test func ebcdicIsLeftAlone() {
    // "<?xm" in EBCDIC, as libxml2 detects it: 0x0D there is not known to be a lone CR the parser counts.
    #expect(LineEnds.normalizingLoneCarriageReturns([0x4C, 0x6F, 0xA7, 0x94, 0x0D, 0x40]) == nil)
  }

  @Test func lineEndsAreCountedAsTheParserCountsThem() {
    let text = bytes("a\rb\r\nc\nd\r")
    #expect(text.indices.filter { LineEnds.endsLine(text, at: $0) } == [1, 4, 6, 8])
  }

  /// The same document with LF, CR LF, CR-only and mixed line ends: every element on the same line, every parse
  /// error on the same line and column, in UTF-8 and in UTF-16.
  @Test(arguments: ["\n", "\r\n", "\r", "mixed"])
  func everyLineEndGivesTheSameLines(lineEnd: String) throws {
    let lines = ["<r>", "<a/>", "", "<b>", "text</b>", "<c x=\"1\"/></r>"]
    func join(_ lines: [String]) -> String {
      guard lineEnd == "mixed" else { return lines.joined(separator: lineEnd) }
      let ends = ["\r", "\r\n", "\n"]
      return lines.enumerated().map { $0.element + ($0.offset < lines.count - 1 ? ends[$0.offset % 3] : "") }.joined()
    }
    for encoded in [bytes(join(lines)), utf16(join(lines), bigEndian: false), utf16(join(lines), bigEndian: true)] {
      let document = try XMLDocument.parse(encoded, url: "t.xml")
      let root = try #require(document.root)
      #expect(root.childElements.map(\.line) == [2, 4, 6])
      #expect(root.childElements.last.flatMap { $0.attributeNode(XMLName("x")) }?.line == 6)
    }
    var broken = lines
    broken[4] = "text &</b>"
    let error = #expect(throws: XMLParseError.self) { try XMLDocument.parse(bytes(join(broken)), url: "t.xml") }
    #expect(error?.diagnostics.first.map { [$0.line, $0.column] } == [5, 7])
  }

  /// The refused `<!DOCTYPE>` is found by a scan of the bytes: its line too counts CR-only line ends.
  @Test(arguments: ["\n", "\r\n", "\r"])
  func aRefusedDocumentTypeIsOnItsLine(lineEnd: String) {
    let text = ["<?xml version=\"1.0\"?>", "<!-- 注释 -->", "<!DOCTYPE r>", "<r/>"].joined(separator: lineEnd)
    let error = #expect(throws: XMLParseError.self) { try XMLDocument.parse(bytes(text), url: "t.xml") }
    #expect(error?.diagnostics.map(\.line) == [3])
  }

  /// §2.11 by code unit, the reference the byte-level scan must agree with: each CR not followed by LF becomes LF.
  private func reference(_ units: [UInt32]) -> [UInt32] {
    units.indices.map { units[$0] == 0x0D && ($0 + 1 == units.count || units[$0 + 1] != 0x0A) ? 0x0A : units[$0] }
  }

  /// Random texts (a fixed seed) of CR, LF, NUL, ASCII and bytes or code units that merely contain 0x0D or 0x0A
  /// (U+0D0D, U+0A0D, a UTF-8 lead byte, surrogates), as single bytes and as UTF-16 in both byte orders.
  @Test func agreesWithTheReferenceOnRandomTexts() {
    var generator = SeededGenerator(seed: 2_011)
    for _ in 0..<3_000 {
      let length = Int.random(in: 0...24, using: &generator)
      // After "<r>", so that no text starts like UTF-16 or UTF-32 ("<\0", "\0<"): those are code units, below.
      let single =
        [0x3C, 0x72, 0x3E]
        + (0..<length).map { _ in [0x0D, 0x0A, 0x00, 0x61, 0xE6, 0x3C].randomElement(using: &generator)! }
      let expected = reference(single.map(UInt32.init)).map(UInt8.init)
      let normalized = LineEnds.normalizingLoneCarriageReturns(single.map(UInt8.init))
      #expect((normalized ?? single.map(UInt8.init)) == expected, "\(single)")
      #expect((normalized == nil) == (expected == single.map(UInt8.init)), "copied only when needed: \(single)")
      let units: [UInt16] = (0..<length).map { _ in
        [0x000D, 0x000A, 0x0D0D, 0x0A0D, 0x0D0A, 0x0061, 0x6C49, 0xD840, 0xDC00].randomElement(using: &generator)!
      }
      let text = String(decoding: units, as: UTF16.self)
      for bigEndian in [false, true] {
        let encoded = utf16(text, bigEndian: bigEndian)
        let expectedUnits = reference(Array(text.utf16).map(UInt32.init)).map(UInt16.init)
        let expectedBytes = utf16(String(decoding: expectedUnits, as: UTF16.self), bigEndian: bigEndian)
        #expect((LineEnds.normalizingLoneCarriageReturns(encoded) ?? encoded) == expectedBytes, "\(units)")
      }
    }
  }
}

/// SplitMix64: a small deterministic generator, so that a failure can be replayed.
private struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
