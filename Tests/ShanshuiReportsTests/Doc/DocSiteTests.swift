import Foundation
import ShanshuiCore
import ShanshuiReports
import ShanshuiTestSupport
import ShanshuiXML
import Testing

/// `DocSite`: golden Markdown of a small standard, escaping of hostile text, and the structure of the bundled
/// standard's site in both formats (anchors, pages, parameter rows, well-formed HTML, links that resolve).
@Suite struct DocSiteTests {
  /// A theme with three check kinds, a parameter adopted in Chongqing, provisional in Sichuan and not unified, and
  /// examples with and without descriptions.
  static let miniParameters = """
    <parameter id="area-min" unit="ha" stricter="higher"><title lang="zh">面积下限</title><title lang="en">Minimum area</title>
      <value profile="chongqing" status="adopted" value="1"><source ref="test-source" clause="art. 3"/></value>
      <value profile="sichuan" status="provisional" value="1.5"><reason lang="zh">暂无正式数值</reason><reason lang="en">no official figure yet</reason></value>
    </parameter>
    """

  static let miniRules = """
    <rule id="SS-TST-002" severity="warning">
      <title lang="zh">单元面积不少于下限</title><title lang="en">A unit covers at least the minimum area</title>
      <message lang="zh">面积 {actual} {unit} 小于 {limit} {unit}</message>
      <message lang="en">Area {actual} {unit} is below {limit} {unit}</message>
      <source ref="test-source" clause="art. 3"/>
      <context>/s:submission/s:units/s:unit</context>
      <range path="area" min="$area-min" unit="ha"/>
      <example outcome="pass" profile="chongqing"><description lang="en">The base unit is large enough.</description></example>
      <example outcome="fail" profile="sichuan"><set path="units/unit[1]/area">1</set></example>
    </rule>
    <rule id="SS-TST-001" severity="error">
      <title lang="zh">须填写投资</title><title lang="en">Investment is stated</title>
      <message lang="zh">缺少 {target}</message><message lang="en">{target} is missing</message>
      <source ref="test-source"/>
      <applies projectTypes="ssw mine"/>
      <context>/s:submission</context>
      <required path="investment"/>
      <example outcome="pass" profile="auto"/>
      <example outcome="fail" profile="chongqing"><remove path="investment"/></example>
    </rule>
    <rule id="SS-TST-003" severity="info">
      <title lang="zh">修复模式在代码表中</title><title lang="en">Modes | are *listed*</title>
      <message lang="zh">模式 {actual} 不在代码表中</message><message lang="en">Mode {actual} is not listed</message>
      <source ref="test-source"/>
      <context>/s:submission/s:units/s:unit</context>
      <codelist path="@mode" list="test-modes"/>
      <example outcome="pass" profile="chongqing"/>
      <example outcome="fail" profile="chongqing"><set path="units/unit[1]/@mode">paving</set></example>
    </rule>
    """

  static func mini() throws -> Standard { try MiniStandard.load(rules: miniRules, parameters: miniParameters) }

  @Test(arguments: [DocLanguage.both, .en])
  func miniStandardMarkdownMatchesTheGoldenFiles(language: DocLanguage) throws {
    let files = DocSite.render(try Self.mini(), format: .markdown, language: language)
    #expect(files.keys.sorted() == ["README.md", "parameters.md", "test.md"])
    for (name, text) in files.sorted(by: { $0.key < $1.key }) {
      let mismatch = try Golden.mismatch(text, "doc/mini-\(language.rawValue)/\(name)")
      #expect(mismatch == nil, "\(mismatch ?? "")")
    }
  }

  @Test func hostileTextIsEscapedInHTMLAndMarkdown() throws {
    let rules = Self.miniRules.replacingOccurrences(
      of: "Investment is stated",
      with: "&lt;script&gt;alert('x')&lt;/script&gt; &amp; <![CDATA[<img src=x onerror=y>]]>")
    let standard = try MiniStandard.load(rules: rules, parameters: Self.miniParameters)
    let html = try #require(DocSite.render(standard, format: .html, language: .en)["test.html"])
    #expect(!html.contains("<script") && !html.contains("<img"))
    #expect(
      html.contains("SS-TST-001 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt;</h2>")
    )
    let markdown = try #require(DocSite.render(standard, format: .markdown, language: .en)["test.md"])
    #expect(!markdown.contains("<script") && !markdown.contains("<img") && markdown.contains("&lt;script&gt;"))
  }

  /// A tab in a text of the standard stays a tab in HTML (as in every other HTML shanshui writes), not U+FFFD.
  @Test func aTabInATextIsKeptInHTML() throws {
    let rules = Self.miniRules.replacingOccurrences(of: "Investment is stated", with: "Investment&#9;is stated")
    let standard = try MiniStandard.load(rules: rules, parameters: Self.miniParameters)
    let html = try #require(DocSite.render(standard, format: .html, language: .en)["test.html"])
    #expect(html.contains("SS-TST-001 Investment\tis stated</h2>") && !html.contains("\u{FFFD}"))
  }

  // MARK: The bundled standard

  static let bundled: Result<Standard, any Error> = Result { try EditedStandard().load() }

  @Test(arguments: DocFormat.allCases)
  func everyRuleIsAnchoredExactlyOnceAndEveryThemeHasAPage(format: DocFormat) throws {
    let standard = try Self.bundled.get()
    let files = DocSite.render(standard, format: format, language: .both)
    let anchor = format == .html ? #/ id="([^"]+)"/# : #/<a id="([^"]+)"></a>/#
    var anchors: [String: Int] = [:]
    for text in files.values {
      for match in text.matches(of: anchor) { anchors[String(match.output.1), default: 0] += 1 }
    }
    for rule in standard.rules { #expect(anchors[rule.id] == 1, "\(rule.id)") }
    let extensionName = format == .html ? "html" : "md"
    for theme in Set(standard.rules.map(\.theme)) {
      let page = try #require(files["\(theme).\(extensionName)"], "no page for theme \(theme)")
      let ruleCount = standard.rules.filter { $0.theme == theme }.count
      #expect(page.matches(of: anchor).filter { $0.output.1.hasPrefix("SS-") }.count == ruleCount)
    }
    #expect(files.count == Set(standard.rules.map(\.theme)).count + 2)
  }

  @Test func theParameterTablesHaveOneRowPerParameterPerProfile() throws {
    let standard = try Self.bundled.get()
    let markdown = try #require(DocSite.render(standard, format: .markdown, language: .en)["parameters.md"])
    let sections = markdown.components(separatedBy: "\n## ").dropFirst()
    #expect(sections.count == Profile.allCases.count)
    for (section, profile) in zip(sections, Profile.allCases) {
      #expect(section.hasPrefix(profile.title.text(.en).prefix(1).uppercased()))
      let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }
      #expect(rows.count == standard.parameters.count)
      #expect(Set(rows.map { $0.split(separator: "`")[1] }) == Set(standard.parameters.keys.map { Substring($0) }))
    }
    let soil = try #require(markdown.split(separator: "\n").last { $0.hasPrefix("| `soil-retention-min-2025` ") })
    #expect(soil.contains("| not yet unified | the stricter Sichuan value 79 % applies |"))
  }

  @Test func htmlPagesAreWellFormedAndEveryLinkResolves() throws {
    let standard = try Self.bundled.get()
    let files = DocSite.render(standard, format: .html, language: .both)
    var ids: [String: Set<String>] = [:]
    var links: [(page: String, href: String)] = []
    for (name, text) in files {
      #expect(!text.contains("<script") && !text.contains("url("))
      let document = try XMLDocument.parse(Array(text.utf8), url: name, allowDocumentType: true)
      let evaluator = XPathEvaluator(document: document, namespaces: ["h": "http://www.w3.org/1999/xhtml"])
      #expect(try evaluator.evaluate(XPathExpression("//h:script | //h:link | //*[@src]")).nodes.isEmpty)
      ids[name] = Set(try evaluator.evaluate(XPathExpression("//@id")).nodes.map(\.stringValue))
      links += try evaluator.evaluate(XPathExpression("//h:a/@href")).nodes.map { (name, $0.stringValue) }
    }
    #expect(links.count > standard.rules.count * 2)
    for link in links {
      let parts = link.href.split(separator: "#", omittingEmptySubsequences: false).map(String.init)
      let page = parts[0].isEmpty ? link.page : parts[0]
      #expect(files[page] != nil, "\(link.page): \(link.href)")
      if parts.count > 1 { #expect(ids[page]?.contains(parts[1]) == true, "\(link.page): \(link.href)") }
    }
  }

  @Test func theRenderingIsDeterministic() throws {
    let standard = try Self.bundled.get()
    let reloaded = try EditedStandard().load()
    for format in DocFormat.allCases {
      #expect(
        DocSite.render(standard, format: format, language: .zh)
          == DocSite.render(reloaded, format: format, language: .zh))
    }
  }
}
