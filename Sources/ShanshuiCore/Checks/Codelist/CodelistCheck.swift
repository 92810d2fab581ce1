import ShanshuiXML

/// `codelist`: every target value is a code of the list; a retired code is reported with its successor, and a name
/// given beside the code can be held to the code's name, in the version of the list the submission states.
public struct CodelistCheck: RuleCheck {
  /// What the check reports.
  public enum Finding: String, Sendable, CaseIterable {
    /// A value that is no code of the list (in the stated version).
    case unknown
    /// A code that was retired: the finding names the code in force now and the year.
    case retired
    /// A name (`name` path) other than the code's name in the stated version.
    case name
    /// A code of the list that is in force (in the stated version): the list is a negative list, such as the kinds of
    /// works a call excludes, and a value found in it is the failure.
    case listed
  }

  public let path: SimplePath
  public let list: String
  /// Where the submission states the year of the list it uses (`nil`: the current list).
  public let versionPath: SimplePath?
  /// Where the submission states the code's name (for `name` findings).
  public let namePath: SimplePath?
  public let findings: Set<Finding>

  public static let description = CheckKindDescription(
    name: "codelist",
    summary: LocalizedText(
      zh:
        "每个目标值都是代码表中的代码。findings 选择报告的问题：unknown 不存在的代码，retired 已撤销的代码（给出现行替代代码和撤销年份），name 与代码不符的名称（name 属性给出名称所在路径），listed 代码表中现行的代码（用于负面清单：值在表中即为问题）；默认 unknown retired。version 属性给出提交所用代码版本（年份）的路径，缺省为现行版本。失败位置为目标节点。",
      en:
        "Each target value is a code of the list. findings chooses what is reported: unknown codes, retired codes (naming the code in force now and the year), names that do not match the code (the name attribute gives the name's path), and listed: codes in force in the list (for a negative list, where a value found in it is the failure); default unknown retired. The version attribute gives the path of the code version (a year) the submission uses; absent, the current one. Reported on the target."
    ),
    placeholders: [
      "actual", "replacement", "replacementName", "year", "name", "given", "version", "list", "suggestion",
    ],
    exampleRule: """
      <rule id="SS-TST-003" severity="error">
        <title lang="zh">修复模式须为四类之一</title><title lang="en">The restoration mode is one of four</title>
        <message lang="zh">修复模式“{actual}”无效</message><message lang="en">Restoration mode "{actual}" is not valid</message>
        <source ref="test-source"/>
        <context>/s:submission/s:units/s:unit</context>
        <codelist path="@mode" list="test-modes"/>
        <example outcome="pass" profile="sichuan"/>
        <example outcome="fail" profile="sichuan"><set path="units/unit[1]/@mode">landscaping</set></example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    path = try element.simplePath("path")
    list = try element.required("list")
    if element.attribute("version") != nil {
      versionPath = try element.simplePath("version")
    } else {
      versionPath = nil
    }
    if element.attribute("name") != nil { namePath = try element.simplePath("name") } else { namePath = nil }
    if let text = element.attribute("findings") {
      let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
      let parsed = tokens.compactMap(Finding.init(rawValue:))
      guard !tokens.isEmpty, parsed.count == tokens.count else {
        throw element.fail(
          "findings=\"\(text)\" 只能由 unknown、retired、name、listed 组成",
          "findings=\"\(text)\" may hold only unknown, retired, name and listed")
      }
      findings = Set(parsed)
    } else {
      findings = [.unknown, .retired]
    }
    if findings.contains(.name), namePath == nil {
      throw element.fail("findings 含 name 时须给出 name 属性", "findings with name needs a name attribute")
    }
    // A version or a name belongs to one code: the target is the context node itself or one of its attributes.
    if isVersioned, !path.elements.isEmpty {
      throw element.fail(
        "使用 version、name 或 findings 时 path 须为 . 或上下文节点的属性",
        "with version, name or findings, path must be . or an attribute of the context node")
    }
  }

  /// Whether the check uses more than the plain "current code" test (and so has the export of `CodelistHistoryXPath`).
  public var isVersioned: Bool { versionPath != nil || namePath != nil || findings != [.unknown, .retired] }

  public var parameterIDs: [String] { [] }
  public var readPaths: [SimplePath] { [path] + [versionPath, namePath].compactMap { $0 } }
  public var codelistIDs: [String] { [list] }
  /// Codes have no bounds.
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    guard let codelist = context.codelists[list] else { return [] }
    let version = versionPath.flatMap { Self.year($0.select(from: node).first?.stringValue ?? "") }
    let given = namePath.map { Self.compact($0.select(from: node).first?.stringValue ?? "") } ?? ""
    let versionText =
      version.map { LocalizedText(zh: "\($0) 年版", en: "\($0) version") }
      ?? LocalizedText(zh: "现行版本", en: "current version")
    var failures: [CheckFailure] = []
    for target in path.select(from: node) {
      let value = target.stringValue.trimmed
      // The message's values, made only for a failure: most values are listed and in force, and building this
      // dictionary for each was half of the check's cost on a large submission.
      func baseValues() -> [String: LocalizedText] {
        [
          "actual": LocalizedText(value), "list": codelist.title, "version": versionText, "given": LocalizedText(given),
          "replacement": LocalizedText(""), "replacementName": LocalizedText(""), "year": LocalizedText(""),
          "name": LocalizedText(""), "suggestion": LocalizedText(""),
        ]
      }
      let resolution = codelist.resolve(value, version: version)
      guard let code = resolution.code else {
        if findings.contains(.unknown) {
          var values = baseValues()
          values["suggestion"] = Self.suggestion(for: value, in: codelist)
          failures.append(CheckFailure(node: target, values: values))
        }
        continue
      }
      let listed = findings.contains(.listed) && { if case .valid = resolution { true } else { false } }()
      let retired = findings.contains(.retired) && { if case .retired = resolution { true } else { false } }()
      let misnamed = findings.contains(.name) && !given.isEmpty && !Self.names(of: code).contains(given)
      guard listed || retired || misnamed else { continue }
      var values = baseValues()
      values["name"] = code.name
      if listed {
        failures.append(CheckFailure(node: target, values: values))
      }
      if retired {
        let successor = codelist.successor(of: code)
        values["replacement"] = LocalizedText(successor?.value ?? code.replacedBy ?? "")
        values["replacementName"] = successor?.name ?? LocalizedText("")
        values["year"] = LocalizedText(code.validTo.map { String($0 + 1) } ?? "")
        var failure = CheckFailure(node: target, values: values)
        let replacement = successor?.value ?? code.replacedBy ?? ""
        if replacement == value, let successor, let year = values["year"]?.zh, !year.isEmpty {
          // A reused code (500110: 万盛区 until 2010, 綦江区 since 2011): the code stays, its meaning changed.
          failure.notes.append(
            LocalizedText(
              zh: "代码 \(value) 在 \(year) 年以前指\(code.name.text(.zh))，现指\(successor.name.text(.zh))",
              en: "before \(year), code \(value) meant \(code.name.text(.en)); it now means \(successor.name.text(.en))"
            ))
        } else {
          failure.notes.append(
            LocalizedText(
              zh: "代码 \(value) 已停用，现行代码为 \(replacement)", en: "code \(value) is retired; use \(replacement)"))
        }
        failures.append(failure)
      }
      if misnamed {
        failures.append(CheckFailure(node: target, values: values))
      }
    }
    return failures
  }

  /// "；是否应为 spoil-protection-rate（渣土防护率）？" for a value near one code in force, else empty: the text a
  /// message's `{suggestion}` shows right after the value.
  static func suggestion(for value: String, in codelist: Codelist) -> LocalizedText {
    let inForce = codelist.codes.values.filter { $0.validTo == nil }
    guard let code = CodeSuggestion.nearest(to: value, among: Array(inForce)) else { return LocalizedText("") }
    let zh = code.name.zh.map { "（\($0)）" } ?? ""
    let en = code.name.en.map { " (\($0))" } ?? ""
    return LocalizedText(zh: "；是否应为 \(code.value)\(zh)？", en: "; did you mean \(code.value)\(en)?")
  }

  /// `text` without any whitespace character (the set the Schematron export removes), compared scalar by scalar.
  static func compact(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.filter { !whitespaceScalars.contains($0) })
    return String(scalars)
  }

  private static let whitespaceScalars = Set(XPathText.whitespace.unicodeScalars)

  /// A code version: four ASCII digits once whitespace is removed; anything else means the current list.
  static func year(_ text: String) -> Int? {
    let compact = compact(text)
    guard compact.unicodeScalars.count == 4, compact.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
      return nil
    }
    return Int(compact)
  }

  /// The names a given name may match: the code's names without whitespace, as scalar sequences.
  static func names(of code: Codelist.Code) -> Set<ScalarText> {
    Set([code.name.zh, code.name.en].compactMap { $0 }.map { ScalarText(compact($0)) }.filter { !$0.text.isEmpty })
  }
}

/// A string compared by its Unicode scalars (as XPath compares), not by canonical equivalence (as Swift does).
struct ScalarText: Hashable {
  let text: String
  init(_ text: String) { self.text = text }
  static func == (a: ScalarText, b: ScalarText) -> Bool { a.text.unicodeScalars.elementsEqual(b.text.unicodeScalars) }
  func hash(into hasher: inout Hasher) { for scalar in text.unicodeScalars { hasher.combine(scalar) } }
}

extension Set where Element == ScalarText {
  func contains(_ text: String) -> Bool { contains(ScalarText(text)) }
}
