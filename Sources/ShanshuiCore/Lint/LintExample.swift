/// A lint rule's example: a snippet placed into an otherwise clean rule document (`document`), which holds a source
/// `test-source`, a parameter `test-share` (percent, Chongqing only) and a codelist `test-modes`.
public struct LintExample: Sendable {
  /// `<rule>` elements.
  public var rules: String
  /// Extra `<parameter>`, `<codelist>` and `<document>` (source) elements.
  public var parameters: String
  public var codelists: String
  public var sources: String
  /// Further files of the standard by relative path (the bundled full text of a source, `sources/…`).
  public var texts: [String: String]
  /// Whether the document starts with the `xml-model` processing instruction.
  public var xmlModel: Bool
  /// Older versions of the example standard: each the attributes of a `versions/vN/standard.xml` manifest's
  /// `standard` element (`id="lint-example" version="0.9.0" effective="2025-01-01"`).
  public var versions: [String]
  /// `<layer>` elements (reviewer-layer roles), in a `<layers>` section before the rules when not empty.
  public var layers: String

  public init(
    rules: String = LintExample.rule(), parameters: String = "", codelists: String = "", sources: String = "",
    texts: [String: String] = [:], xmlModel: Bool = true, versions: [String] = [], layers: String = ""
  ) {
    self.layers = layers
    self.rules = rules
    self.parameters = parameters
    self.codelists = codelists
    self.sources = sources
    self.texts = texts
    self.xmlModel = xmlModel
    self.versions = versions
  }

  /// The snippet as shown in docs: what differs from the clean template.
  public var snippet: String {
    var parts: [String] = []
    if !xmlModel { parts.append("<!-- no <?xml-model?> processing instruction -->") }
    parts += texts.keys.sorted().map { path in "<!-- \(path): \(texts[path] ?? "") -->" }
    if !versions.isEmpty {
      parts.append("<!-- standard.xml: <standard id=\"lint-example\" version=\"1.0.0\" effective=\"2026-01-01\" …> -->")
      for (index, attributes) in versions.enumerated() {
        parts.append("<!-- \(Self.versionDirectory(index))/standard.xml: <standard \(attributes) …> -->")
      }
    }
    // An example about the versions shows their manifests, not the template's unchanged rule.
    let shownRules = !versions.isEmpty && rules == Self.rule() ? "" : rules
    parts += [sources, parameters, codelists, layers.isEmpty ? "" : "<layers>\(layers)</layers>", shownRules].filter {
      !$0.isEmpty
    }
    return parts.joined(separator: "\n")
  }

  /// A clean rule, with any part replaced.
  public static func rule(
    id: String = "SS-TST-001",
    titles: String = #"<title lang="zh">单元须填写面积</title><title lang="en">A unit states its area</title>"#,
    messages: String =
      #"<message lang="zh">单元未填写面积</message><message lang="en">The unit does not state its area</message>"#,
    sources: String = #"<source ref="test-source" clause="1.1"/>"#,
    applies: String = "",
    context: String = "<context>/s:submission/s:units/s:unit</context>",
    check: String = #"<required path="area"/>"#,
    examples: String =
      #"<example outcome="pass" profile="chongqing"/><example outcome="fail" profile="chongqing"><remove path="units/unit[1]/area"/></example>"#
  ) -> String {
    """
        <rule id="\(id)" severity="error">
          \(titles)
          \(messages)
          \(sources)\(applies.isEmpty ? "" : "\n      " + applies)
          \(context)
          \(check)
          \(examples)
        </rule>
    """
  }

  /// The manifest of the example's standard.
  public static let manifest = """
    <?xml version="1.0" encoding="UTF-8"?>
    <?xml-model href="schema/rules.xsd" type="application/xml" schematypens="http://www.w3.org/2001/XMLSchema"?>
    <standard xmlns="urn:shanshui:standard:1" id="lint-example" version="1.0.0" status="draft" effective="2026-01-01">
      <title lang="zh">示例标准</title><title lang="en">Example standard</title>
      <submissionSchema href="schema/submission.xsd"/>
      <exampleBase href="examples/base-submission.xml"/>
      <include href="rules/test.xml"/>
    </standard>
    """

  /// The whole rule document.
  public var document: String {
    let model =
      xmlModel
      ? "\n<?xml-model href=\"../schema/rules.xsd\" type=\"application/xml\" schematypens=\"http://www.w3.org/2001/XMLSchema\"?>"
      : ""
    return """
      <?xml version="1.0" encoding="UTF-8"?>\(model)
      <ruleDocument xmlns="urn:shanshui:standard:1" xmlns:s="urn:shanshui:submission:1"
                    id="test" theme="test" version="1.0.0" status="draft" effective="2026-01-01">
        <title lang="zh">测试</title><title lang="en">Test</title>
        <sources>
          <document id="test-source" confidence="H"><title lang="zh">测试来源</title><title lang="en">Test source</title></document>
      \(sources)
        </sources>
        <parameters>
          <parameter id="test-share" unit="percent" stricter="lower">
            <title lang="zh">份额</title><title lang="en">Share</title>
            <value profile="chongqing" status="adopted" value="50"><source ref="test-source" clause="2"/></value>
          </parameter>
      \(parameters)
        </parameters>
        <codelists>
          <codelist id="test-modes"><title lang="zh">模式</title><title lang="en">Modes</title>
            <code value="protection"><name lang="zh">保护保育</name></code>
          </codelist>
      \(codelists)
        </codelists>\(layers.isEmpty ? "" : "\n  <layers>\(layers)</layers>")
        <rules>
      \(rules)
        </rules>
      </ruleDocument>
      """
  }

  /// The example's standard as files: the manifest, `rules/test.xml`, and the schemas and example base taken from
  /// `toolFiles` (a real standard's files).
  public func files(toolFiles: [String: [UInt8]]) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for name in ["schema/rules.xsd", "schema/submission.xsd", "examples/base-submission.xml"] {
      files[name] = toolFiles[name]
    }
    files["standard.xml"] = Array(Self.manifest.utf8)
    files["rules/test.xml"] = Array(document.utf8)
    for (path, text) in texts { files[path] = Array(text.utf8) }
    for (index, attributes) in versions.enumerated() {
      files[Self.versionDirectory(index) + "/standard.xml"] = Array(Self.versionManifest(attributes).utf8)
    }
    return files
  }

  /// The directory of the example's older version `index`.
  static func versionDirectory(_ index: Int) -> String { "versions/v\(index + 1)" }

  /// An older version's manifest: the example manifest with `attributes` on its root.
  static func versionManifest(_ attributes: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <standard xmlns="urn:shanshui:standard:1" \(attributes) status="draft">
      <title lang="zh">示例标准</title><title lang="en">Example standard</title>
      <submissionSchema href="schema/submission.xsd"/>
      <exampleBase href="examples/base-submission.xml"/>
      <include href="rules/test.xml"/>
    </standard>
    """
  }
}
