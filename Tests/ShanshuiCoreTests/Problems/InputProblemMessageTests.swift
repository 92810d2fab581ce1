import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Every kind of parse and schema error a person can cause, on the base submission with one typing mistake: the
/// message in both languages (what text, HTML and JUnit show) and libxml2's own text kept as `raw`.
@Suite struct InputProblemMessageTests {
  struct Case: CustomStringConvertible, Sendable {
    var kind: String
    var replace: String
    var with: String
    var code: ErrorCode
    var zh: String
    var en: String
    /// How many problems libxml2 reports (a misspelt required attribute is also a missing one).
    var count = 1
    var description: String { kind }
  }

  static let area = #"<area unit="ha">1200</area>"#
  /// The English names come from the schema's `xml:lang="en"` documentation, not the Chinese ones.
  static let areaUnitsEnglish =
    "allowed: m2 (square metres), mu (Chinese mu, 1/15 ha), ha (hectares), km2 (square kilometres)"

  static let cases: [Case] = [
    Case(
      kind: "enumeration, a Chinese unit name", replace: area, with: #"<area unit="亩">1200</area>"#,
      code: .inputSchemaInvalid,
      zh: "<area> 的 unit 属性值“亩”不是允许的值；亩 → 写 mu（亩）；允许的值：m2（平方米）、mu（亩）、ha（公顷）、km2（平方千米）",
      en:
        "attribute unit of <area>: '亩' is not an allowed value; write mu (Chinese mu, 1/15 ha) for '亩'; allowed: m2 (square metres), mu (Chinese mu, 1/15 ha), ha (hectares), km2 (square kilometres)"
    ),
    Case(
      kind: "enumeration, a misspelt value", replace: area, with: #"<area unit="muu">1200</area>"#,
      code: .inputSchemaInvalid,
      zh: "<area> 的 unit 属性值“muu”不是允许的值；muu → 写 mu（亩）；允许的值：m2（平方米）、mu（亩）、ha（公顷）、km2（平方千米）",
      en:
        "attribute unit of <area>: 'muu' is not an allowed value; write mu (Chinese mu, 1/15 ha) for 'muu'; allowed: m2 (square metres), mu (Chinese mu, 1/15 ha), ha (hectares), km2 (square kilometres)"
    ),
    Case(
      kind: "enumeration, an English unit name", replace: area, with: #"<area unit="hectares">1200</area>"#,
      code: .inputSchemaInvalid,
      zh:
        "<area> 的 unit 属性值“hectares”不是允许的值；hectares → 写 ha（公顷）；允许的值：m2（平方米）、mu（亩）、ha（公顷）、km2（平方千米）",
      en:
        "attribute unit of <area>: 'hectares' is not an allowed value; write ha (hectares) for 'hectares'; \(Self.areaUnitsEnglish)"
    ),
    Case(
      kind: "boolean", replace: #"overlap="false""#, with: #"overlap="否""#, code: .inputSchemaInvalid,
      zh: "<redLine> 的 overlap 属性值“否”不是允许的值；否 → 写 false（否）；允许的值：true（是）、false（否）",
      en:
        "attribute overlap of <redLine>: '否' is not an allowed value; write false (no) for '否'; allowed: true (yes), false (no)"
    ),
    Case(
      kind: "number with thousands separators", replace: area, with: #"<area unit="ha">52,800</area>"#,
      code: .inputSchemaInvalid, zh: "<area> 的值“52,800”应为一个数字；写成 52800；数值中不写千位分隔符“,”",
      en: #"<area>: '52,800' must be a number; write 52800; no thousands separator "," in a number"#),
    Case(
      kind: "full-width digits", replace: area, with: #"<area unit="ha">１２３</area>"#, code: .inputSchemaInvalid,
      zh: "<area> 的值“１２３”应为一个数字；写成 123；全角数字和符号改为半角",
      en: "<area>: '１２３' must be a number; write 123; full-width digits and signs written as ASCII"),
    Case(
      kind: "a unit written into the number", replace: area, with: #"<area unit="ha">12亩</area>"#,
      code: .inputSchemaInvalid, zh: #"<area> 的值“12亩”应为一个数字；写成 12；单位“亩”不写在数值里，写在 unit 属性中（unit="mu"）"#,
      en:
        #"<area>: '12亩' must be a number; write 12; the unit "亩" goes in the unit attribute (unit="mu"), not in the number"#
    ),
    Case(
      kind: "a Chinese decimal point", replace: area, with: #"<area unit="ha">12。5</area>"#, code: .inputSchemaInvalid,
      zh: "<area> 的值“12。5”应为一个数字；写成 12.5；小数点写“.”",
      en: #"<area>: '12。5' must be a number; write 12.5; the decimal point is ".""#),
    Case(
      kind: "a Chinese date", replace: #"start="2026-01-01""#, with: #"start="2026年3月1日""#, code: .inputSchemaInvalid,
      zh: "<period> 的 start 属性值“2026年3月1日”应为一个日期（YYYY-MM-DD）；写成 2026-03-01；日期写成 年-月-日（YYYY-MM-DD），月和日各两位",
      en:
        "attribute start of <period>: '2026年3月1日' must be a date (YYYY-MM-DD); write 2026-03-01; dates are written YYYY-MM-DD, two-digit month and day"
    ),
    Case(
      kind: "a date with slashes", replace: #"start="2026-01-01""#, with: #"start="2026/3/1""#,
      code: .inputSchemaInvalid,
      zh: "<period> 的 start 属性值“2026/3/1”应为一个日期（YYYY-MM-DD）；写成 2026-03-01；日期写成 年-月-日（YYYY-MM-DD），月和日各两位",
      en:
        "attribute start of <period>: '2026/3/1' must be a date (YYYY-MM-DD); write 2026-03-01; dates are written YYYY-MM-DD, two-digit month and day"
    ),
    Case(
      kind: "a date with dots", replace: #"start="2026-01-01""#, with: #"start="2026.03.01""#,
      code: .inputSchemaInvalid,
      zh: "<period> 的 start 属性值“2026.03.01”应为一个日期（YYYY-MM-DD）；写成 2026-03-01；日期写成 年-月-日（YYYY-MM-DD），月和日各两位",
      en:
        "attribute start of <period>: '2026.03.01' must be a date (YYYY-MM-DD); write 2026-03-01; dates are written YYYY-MM-DD, two-digit month and day"
    ),
    Case(
      kind: "misspelt element", replace: area, with: #"<araa unit="ha">1200</araa>"#, code: .inputSchemaInvalid,
      zh: "<unit> 中不能有 <araa>；<unit> 可包含：<name>、<area>、<slope>、<measure>、<target>、<subproject>、<geometry>；是否应为 <area>？",
      en:
        "<unit> has no element <araa>; <unit> may contain: <name>, <area>, <slope>, <measure>, <target>, <subproject>, <geometry>; did you mean <area>?"
    ),
    Case(
      kind: "missing element", replace: area, with: "", code: .inputSchemaInvalid,
      zh: "<unit> 缺少必需的子元素 <area>：应写在 <measure> 之前",
      en: "<unit> lacks the required element <area>: it goes before <measure>"),
    Case(
      kind: "missing element at the end", replace: #"<budget unit="wan-yuan">180000</budget>"#, with: "",
      code: .inputSchemaInvalid, zh: "<subproject> 缺少必需的子元素 <budget>；<budget> 写在 <area> 之后",
      en: "<subproject> lacks the required element <budget>; <budget> goes after <area>"),
    Case(
      kind: "misspelt attribute", replace: area, with: #"<area unti="ha">1200</area>"#, code: .inputSchemaInvalid,
      zh: "<area> 没有 unti 属性；<area> 可有的属性：unit；是否应为 unit？",
      en: "<area> has no attribute unti; <area> may have: unit; did you mean unit?", count: 2),
    Case(
      kind: "duplicate id", replace: #"<programme code="central-ssw" callYear="2026"/>"#,
      with: #"<programme code="central-ssw" callYear="2026"/><programme code="central-ssw" callYear="2026"/>"#,
      code: .inputSchemaInvalid, zh: "<programme> 重复：值“central-ssw”已出现过，每个值只能写一次",
      en: "<programme> repeats: the value 'central-ssw' appears already; each value is written once"),
    Case(
      kind: "undefined entity", replace: "重庆市规划和自然资源局", with: "重庆市规划&nbsp;自然资源局", code: .inputMalformed,
      zh: "未定义的实体 &nbsp;：XML 只认识 &amp; &lt; &gt; &quot; &apos;；字符请直接写，文字中的 & 须写成 &amp;",
      en:
        "undefined entity &nbsp;: XML knows only &amp; &lt; &gt; &quot; &apos;; write the character itself, and a literal & as &amp;"
    ),
    Case(
      kind: "bare ampersand", replace: "重庆市规划和自然资源局", with: "规划 & 自然资源局", code: .inputMalformed,
      zh: "“&” 在 XML 中有特殊含义：文字中的 & 须写成 &amp;（如 “A&amp;B”）",
      en: #""&" is special in XML: write a literal & as &amp; ("A&amp;B")"#),
    Case(
      kind: "mismatched tag", replace: area, with: #"<area unit="ha">1200</areaa>"#, code: .inputMalformed,
      zh: "结束标签 </areaa> 与第 30 行的开始标签 <area> 不匹配：应写 </area>，或检查之间漏写的结束标签",
      en:
        "the end tag </areaa> does not match the start tag <area> on line 30: write </area>, or look for a missing end tag in between"
    ),
    Case(
      kind: "no namespace", replace: #"<submission xmlns="urn:shanshui:submission:1""#, with: "<submission",
      code: .inputSchemaInvalid,
      zh: #"根元素应为 <submission xmlns="urn:shanshui:submission:1">（申报格式，见 docs/submission-format.md）"#,
      en: #"the root element must be <submission xmlns="urn:shanshui:submission:1"> (docs/submission-format.md)"#),
    Case(
      kind: "full-width digits in a coded value", replace: #"division="500101" mode"#,
      with: #"division="５００１０１" mode"#, code: .inputSchemaInvalid,
      zh: "<unit> 的 division 属性值“５００１０１”格式不对（应符合 [0-9]{6}）；全角字符改为半角：写 500101",
      en:
        "attribute division of <unit>: '５００１０１' does not have the required form (pattern [0-9]{6}); use ASCII characters: write 500101"
    ),
    Case(
      kind: "a padded code", replace: #"kind="planting""#, with: #"kind=" planting ""#, code: .inputSchemaInvalid,
      zh: #"<measure> 的 kind 属性值“ planting ”格式不对（应符合 \S+）；去掉首尾空格：写 planting"#,
      en:
        #"attribute kind of <measure>: ' planting ' does not have the required form (pattern \S+); remove the spaces around it: write planting"#
    ),
    Case(
      kind: "an empty name", replace: "<name>万州区长江岸线生态修复单元</name>", with: "<name></name>", code: .inputSchemaInvalid,
      zh: "<name> 不能为空", en: "<name> must not be empty"),
    Case(
      kind: "text where elements belong", replace: "<units>", with: "<units>文字", code: .inputSchemaInvalid,
      zh: "<units> 只能包含子元素，不能直接写文字", en: "<units> holds child elements only, not text"),
    Case(
      kind: "an attribute written twice", replace: area, with: #"<area unit="ha" unit="mu">1200</area>"#,
      code: .inputMalformed, zh: "同一元素上 unit 属性写了两次", en: "the attribute unit is written twice on one element"),
    Case(
      kind: "an undeclared prefix", replace: area, with: #"<x:area unit="ha">1200</x:area>"#, code: .inputMalformed,
      zh: #"命名空间前缀 x: 未声明：在根元素上声明 xmlns:x="…"，或去掉前缀"#,
      en: #"the namespace prefix x: is not declared: declare xmlns:x="…" on the root element, or drop it"#),
    Case(
      kind: "an empty geometry (xs:any)", replace: "  </location>", with: "<geometry/>\n  </location>",
      code: .inputSchemaInvalid, zh: "<geometry> 缺少子元素：应为命名空间 http://www.opengis.net/gml/3.2 中的一个元素",
      en: "<geometry> lacks its content: an element of the namespace http://www.opengis.net/gml/3.2"),
    Case(
      kind: "GML without its namespace", replace: "  </location>",
      with: "<geometry><Polygon/></geometry>\n  </location>",
      code: .inputSchemaInvalid,
      zh:
        #"<geometry> 中不能有 <Polygon>：此处应为命名空间 http://www.opengis.net/gml/3.2 中的一个元素（在元素上声明该命名空间，如 xmlns:gml="http://www.opengis.net/gml/3.2"，并写前缀）"#,
      en:
        #"<geometry> cannot hold <Polygon>: an element of the namespace http://www.opengis.net/gml/3.2 belongs here (declare it, e.g. xmlns:gml="http://www.opengis.net/gml/3.2", and use the prefix)"#
    ),
    Case(
      kind: "a year written with 年", replace: #"callYear="2026""#, with: #"callYear="2026年""#,
      code: .inputSchemaInvalid, zh: "<programme> 的 callYear 属性值“2026年”应为一个年份（四位数字）；写成 2026；年份写四位数字",
      en: "attribute callYear of <programme>: '2026年' must be a year (four digits); write 2026; a year is four digits"),
    Case(
      kind: "an unclosed root", replace: "</submission>", with: "", code: .inputMalformed,
      zh: "第 3 行的 <submission> 没有结束标签 </submission>（文件在此之前结束）",
      en: "<submission> on line 3 has no end tag </submission> (the file ends first)"),
  ]

  @Test func notXMLAtAll() throws {
    let found = try Self.diagnostics(Array("hello, this is text".utf8))
    let first = try #require(found.first)
    #expect(first.code == .inputMalformed)
    #expect(first.message.text(.zh) == #"这不是 XML 文件：开头应为 <?xml version="1.0" encoding="UTF-8"?> 或 <submission …>"#)
    #expect(first.raw == "Start tag expected, '<' not found")
  }

  @Test func aMisspeltRequiredAttributeIsAlsoMissing() throws {
    let edited = try Self.base().replacingOccurrences(of: Self.area, with: #"<area unti="ha">1200</area>"#)
    let found = try Self.diagnostics(Array(edited.utf8))
    #expect(found.map { $0.message.text(.zh) }.last == "<area> 缺少必填属性 unit")
    #expect(found.map { $0.message.text(.en) }.last == "<area> lacks the required attribute unit")
  }

  static func base() throws -> String {
    String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
  }

  static func diagnostics(_ bytes: [UInt8]) throws -> [Diagnostic] {
    let validator = try #require(BundledTestStandard.validator)
    guard case .failure(let failure) = validator.prepare(bytes: bytes, path: "case.xml") else {
      Issue.record("the edited submission was accepted")
      return []
    }
    return failure.result.diagnostics
  }

  @Test(arguments: cases) func messageInBothLanguages(_ example: Case) throws {
    let base = try Self.base()
    #expect(base.contains(example.replace))
    let edited = base.replacingOccurrences(of: example.replace, with: example.with)
    let found = try Self.diagnostics(Array(edited.utf8))
    #expect(found.count == example.count, "\(found.map(\.message))")
    let first = try #require(found.first)
    #expect(first.code == example.code)
    #expect(first.message.text(.zh) == example.zh)
    #expect(first.message.text(.en) == example.en)
    // libxml2's own text is kept for support, and is not what is shown.
    let raw = try #require(first.raw)
    #expect(!raw.isEmpty && raw != example.en)
  }

  @Test func gbkFileDeclaredUTF8() throws {
    // The committed GBK fixture (valid as declared), with its declaration changed to say UTF-8.
    let declared = try Repository.bytes("Tests/Fixtures/hostile/submissions/SS-FUN-004-gbk.xml")
    let header = Array(#"encoding="GBK""#.utf8)
    let start = try #require(
      declared.indices.first { declared[$0...].starts(with: header) }, "the fixture declares GBK")
    let gbk = Array(declared[..<start]) + Array(#"encoding="UTF-8""#.utf8) + Array(declared[(start + header.count)...])
    let found = try Self.diagnostics(gbk)
    let first = try #require(found.first)
    #expect(first.code == .inputMalformed)
    #expect(first.message.text(.zh) == "文件似乎是 GBK/GB18030 编码，但声明为 UTF-8：请将文件另存为 UTF-8")
    #expect(first.message.text(.en) == "the file looks GBK/GB18030-encoded but declares UTF-8: save it as UTF-8")
    #expect(first.raw?.hasPrefix("Input is not proper UTF-8") == true)
  }
}
