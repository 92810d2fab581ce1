import ShanshuiCore
import Testing

/// The one XML/HTML escaper, under each policy its callers use (reports' content and attributes, the Schematron
/// export).
@Suite struct XMLEscapingTests {
  static let text = "a&b<c>\"d'e\tf\ng\rh\u{1}i\u{85}j\u{FFFE}"

  @Test func reportsContent() {
    #expect(XMLEscaping.escape(Self.text) == "a&amp;b&lt;c&gt;&quot;d&#39;e\tf\ng&#13;h\\u{1}i\\u{85}j\\u{fffe}")
  }

  @Test func reportsAttributes() {
    #expect(
      XMLEscaping.escape(Self.text, whitespace: .lineBreaksAsReferences)
        == "a&amp;b&lt;c&gt;&quot;d&#39;e\tf&#10;g&#13;h\\u{1}i\\u{85}j\\u{fffe}")
  }

  @Test func schematronAttributesKeepEveryWhitespaceAndC1Controls() {
    #expect(
      XMLEscaping.escape(Self.text, whitespace: .allAsReferences, apostrophe: false, hideC1Controls: false)
        == "a&amp;b&lt;c&gt;&quot;d'e&#9;f&#10;g&#13;h\\u{1}i\u{85}j\\u{fffe}")
  }

  @Test func theOutputIsAlwaysWellFormedXML() {
    let forbidden = (0..<0x20).compactMap(Unicode.Scalar.init).filter { !["\t", "\n", "\r"].contains($0) }
    let escaped = XMLEscaping.escape(String(String.UnicodeScalarView(forbidden)))
    #expect(!escaped.unicodeScalars.contains { XMLEscaping.isForbidden($0) })
  }
}
