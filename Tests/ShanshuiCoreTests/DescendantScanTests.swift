import Foundation
import ShanshuiTestSupport
import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// `DescendantScan` selects exactly what XPath selects, in document order, for the bundled standard's scanning
/// contexts and for every form of its grammar, on documents built to trip it; and refuses what it does not cover.
@Suite struct DescendantScanTests {
  static let namespaces = [
    "s": Namespaces.submission, "ss": Namespaces.functions, "gml": "http://www.opengis.net/gml/3.2",
  ]

  static let tricky = """
    <?xml version="1.0" encoding="UTF-8"?>
    <submission xmlns="\(Namespaces.submission)" xmlns:gml="http://www.opengis.net/gml/3.2" formatVersion="2" \
    note=" 待填写 " date="0001-01-01">
      <project name="待填写" code="  待填写"><title>待填写</title><applicant>  待填写
      </applicant><contact>待 填写</contact><phone>待填写<!-- c --></phone><fax><![CDATA[待填写]]></fax>
      <email>待填写<x/></email><empty/><other>待填写x</other></project>
      <units><unit id="U-1" start="0001-01-01" end="2026-01-01"><name> 待填写 </name>
        <geometry><gml:Polygon gml:id="待填写"><gml:exterior>待填写</gml:exterior></gml:Polygon></geometry>
        <measure kind="待填写" date=" 0001-01-01"/></unit>
      <unit id="U-2"><name>真实名称</name><foreign xmlns="urn:other">待填写</foreign></unit></units>
      <s:plan xmlns:s="\(Namespaces.submission)" s:year="待填写">待填写</s:plan>
    </submission>
    """

  static let expressions = [
    "//s:*[not(s:*)][normalize-space(.) = '待填写'] | //s:*/@*[normalize-space(.) = '待填写']",
    "//s:*[@* = '0001-01-01']",
    "//s:*[normalize-space(.) = '待填写']",
    "//s:*/@*",
    "//s:*/@*[. = '待填写']",
    "//s:*[not(s:*)]",
    "//s:*[@*='0001-01-01'] | //s:*/@*[.='0001-01-01']",
    "//gml:*[normalize-space(.) = '待填写'] | //gml:*/@*[normalize-space(.)=\"待填写\"]",
    "//s:*[ not( s:* ) ] [ normalize-space( . ) = '待填写' ]",
  ]

  @Test(arguments: expressions)
  func selectsWhatXPathSelects(expression: String) throws {
    let document = try XMLDocument.parse(Array(Self.tricky.utf8), url: "tricky.xml")
    let root = try #require(document.root)
    let scan = try #require(DescendantScan(expression, namespaces: Self.namespaces), "\(expression) refused")
    let evaluator = XPathEvaluator(document: document, namespaces: Self.namespaces)
    let expected = try evaluator.evaluate(XPathExpression(expression)).nodes
    let selected = scan.select(root: root)
    #expect(!expected.isEmpty)
    #expect(selected.map(\.path) == expected.map(\.path))
    #expect(selected.count == expected.count && zip(selected, expected).allSatisfy { $0.isSameNode(as: $1) })
  }

  @Test(arguments: [
    "/s:submission//s:unit",  // a path before //
    "//s:unit[not(s:*)]",  // a name, not *
    "//s:*[not(s:*)][normalize-space(.) = '待填写'] | //gml:*",  // two prefixes
    "//s:*[contains(., '待填写')]",  // another function
    "//s:*[1]",  // a position
    "//x:*",  // an unbound prefix
    "//s:*[@* = '0001-01-01'",  // unclosed
    "//s:*/@*/..",
  ])
  func refusesWhatItsGrammarDoesNotCover(expression: String) {
    #expect(DescendantScan(expression, namespaces: Self.namespaces) == nil)
  }

  /// The bundled standard's contexts that neither `ContextPath` nor a scan selects stay with XPath; the placeholder
  /// and sentinel-date rules are scans, and select what XPath does on every fixture.
  @Test func bundledScanningContextsAgreeWithXPathOnEveryFixture() throws {
    let standard = try BundledTestStandard.standard()
    let sources = Set(standard.rules.map(\.context.source)).filter {
      ContextPath($0, namespaces: standard.namespaces) == nil
    }
    let scans = sources.sorted().compactMap { source in
      DescendantScan(source, namespaces: standard.namespaces).map { (source, $0) }
    }
    #expect(scans.count >= 2)
    let ids = Set(standard.rules.filter { rule in scans.contains { $0.0 == rule.context.source } }.map(\.id))
    #expect(ids.isSuperset(of: ["SS-CMP-001", "SS-CMP-003"]))
    let fixtures = try FileManager.default.contentsOfDirectory(atPath: Repository.url("fixtures").path)
      .filter { $0.hasSuffix(".xml") }.sorted()
    #expect(fixtures.count > 50)
    var selectedSomething = 0
    for name in fixtures {
      let bytes = try Repository.bytes("fixtures/" + name)
      guard let document = try? XMLDocument.parse(bytes, url: name), let root = document.root else { continue }
      let evaluator = XPathEvaluator(document: document, namespaces: standard.namespaces)
      for (source, scan) in scans {
        let expected = try evaluator.evaluate(XPathExpression(source)).nodes
        let selected = scan.select(root: root)
        selectedSomething += selected.isEmpty ? 0 : 1
        #expect(
          selected.count == expected.count && zip(selected, expected).allSatisfy { $0.isSameNode(as: $1) },
          "\(name): \(source)")
      }
    }
    #expect(selectedSomething > 0)
  }

  @Test func normalizeSpaceIsXPaths() {
    func normalized(_ text: String, is literal: String) -> Bool {
      DescendantScan.normalizedSpace(of: text, equals: Array(literal.utf8))
    }
    #expect(normalized(" \t待\n\r 填写  ", is: "待 填写"))
    #expect(!normalized(" \t待\n\r 填写  ", is: "待填写"))
    #expect(!normalized("待 填写", is: "待  填写"))
    #expect(normalized("\u{3000}待填写", is: "\u{3000}待填写"))  // only XML white space is trimmed
    #expect(!normalized("\u{3000}待填写", is: "待填写"))
    #expect(normalized("  ", is: ""))
    #expect(!normalized("待填写x", is: "待填写"))
    #expect(!normalized("待填", is: "待填写"))
  }
}
