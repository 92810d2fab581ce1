import Testing

@testable import ShanshuiXML

/// An edit never frees a node another `XMLNode` value may point to (scripts/sanitize runs these under
/// AddressSanitizer, which would report the use after free that `remove()` allowed before).
@Suite struct XMLNodeEditingTests {
  private func parse(_ text: String) throws -> XMLDocument {
    try XMLDocument.parse(Array(text.utf8), url: "edit.xml")
  }

  private func text(_ document: XMLDocument) -> String {
    String(decoding: document.serialized(), as: UTF8.self)
  }

  @Test func aRemovedElementStaysReadableThroughItsCopies() throws {
    let document = try parse("<a><b k='1'>one<c>two</c></b><d/></a>")
    let root = try #require(document.root)
    let b = root.childElements[0]
    let copy = b
    let grandchild = b.childElements[0]
    b.remove()
    #expect(text(document).contains("<a><d/></a>"))
    #expect(copy.localName == "b")
    #expect(copy.attribute("k") == "1")
    #expect(copy.stringValue == "onetwo")
    #expect(grandchild.stringValue == "two")
    #expect(copy.parent.map(\.localName) == nil)
  }

  @Test func removingAParentThenItsChildFreesNothingTwice() throws {
    let document = try parse("<a><b><c/></b></a>")
    let root = try #require(document.root)
    let b = root.childElements[0]
    let c = b.childElements[0]
    b.remove()
    c.remove()
    c.remove()
    b.remove()
    #expect(text(document).contains("<a/>"))
    #expect(b.childElements.isEmpty)
    #expect(c.localName == "c")
  }

  @Test func aRemovedAttributeStaysReadable() throws {
    let document = try parse("<a k='v' m='w'/>")
    let root = try #require(document.root)
    let attribute = try #require(root.attributeNode(XMLName("k")))
    attribute.remove()
    #expect(root.attribute("k") == nil)
    #expect(root.attribute("m") == "w")
    #expect(attribute.stringValue == "v")
    #expect(text(document).contains("<a m=\"w\"/>"))
  }

  @Test func replacingKeepsTheOldElementReadable() throws {
    let document = try parse("<a><b>old</b></a>")
    let root = try #require(document.root)
    let old = root.childElements[0]
    let inner = try parse("<n>new</n>")
    old.replace(withCopyOf: try #require(inner.root))
    #expect(text(document).contains("<a><n>new</n></a>"))
    #expect(old.stringValue == "old")
    // Outside the tree, a second replace does nothing (it would otherwise link the copy nowhere).
    old.replace(withCopyOf: try #require(inner.root))
    #expect(text(document).contains("<a><n>new</n></a>"))
  }

  @Test func settingAnElementsValueKeepsItsOldChildrenReadable() throws {
    let document = try parse("<a><b>1<c>2</c></b></a>")
    let b = try #require(document.root).childElements[0]
    let c = b.childElements[0]
    b.setValue("x & <y> \"z\"")
    #expect(c.stringValue == "2")
    #expect(b.stringValue == "x & <y> \"z\"")
    #expect(text(document).contains("<b>x &amp; &lt;y&gt; \"z\"</b>"))
    b.setValue("")
    #expect(text(document).contains("<b/>"))
  }
}
