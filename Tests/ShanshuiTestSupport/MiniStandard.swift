import ShanshuiCore

/// Builds small in-memory standards for tests: a manifest, the repository's schemas and base submission, and one
/// rule document whose rules, parameters and codelists a test supplies.
public enum MiniStandard {
  /// The files of a standard with one rule document `rules/test.xml`.
  public static func files(
    rules: String, parameters: String = "", codelists: String = "", extraSources: String = ""
  ) throws -> [String: [UInt8]] {
    let repository = try Repository.standardFiles()
    var files: [String: [UInt8]] = [:]
    for name in ["schema/rules.xsd", "schema/submission.xsd", "examples/base-submission.xml"] {
      files[name] = repository[name]
    }
    files["standard.xml"] = Array(manifest.utf8)
    files["rules/test.xml"] = Array(
      document(rules: rules, parameters: parameters, codelists: codelists, extraSources: extraSources).utf8)
    return files
  }

  /// Two reviewer-layer roles for spatial rules' examples (on one line: rules still start on line 22).
  public static let testLayers =
    #"<layer id="test-red-line"><name lang="zh">测试红线</name><name lang="en">Test red line</name></layer>"#
    + #"<layer id="test-shoreline"><name lang="zh">测试岸线</name><name lang="en">Test shoreline</name>"#
    + #"<field name="rank" required="true"/></layer>"#

  /// Two small lists for the `pairs` kind's example rule (on one line: rules still start on line 22).
  public static let pairsCodelists =
    #"<codelist id="test-indicators"><title lang="zh">指标</title><title lang="en">Indicators</title>"#
    + #"<code value="erosion-control-degree"><name lang="zh">水土流失治理度</name><name lang="en">erosion-control degree</name></code>"#
    + #"<code value="vegetation-coverage-rate"><name lang="zh">林草覆盖率</name><name lang="en">vegetation cover</name></code></codelist>"#
    + #"<codelist id="test-periods"><title lang="zh">时段</title><title lang="en">Periods</title>"#
    + #"<code value="construction"><name lang="zh">施工期</name><name lang="en">construction period</name></code>"#
    + #"<code value="design-level-year"><name lang="zh">设计水平年</name><name lang="en">design-level year</name></code></codelist>"#

  /// Loads the mini standard; throws the loader's failure.
  public static func load(
    rules: String, parameters: String = "", codelists: String = "", extraSources: String = ""
  ) throws -> Standard {
    let files = try files(rules: rules, parameters: parameters, codelists: codelists, extraSources: extraSources)
    return try StandardLoader(toolFiles: files).load(.inMemory(name: "<test>", files: files))
  }

  public static let manifest = """
    <?xml version="1.0" encoding="UTF-8"?>
    <standard xmlns="urn:shanshui:standard:1" id="test-standard" version="1.0.0" status="draft" effective="2026-01-01">
      <title lang="zh">测试标准</title><title lang="en">Test standard</title>
      <submissionSchema href="schema/submission.xsd"/>
      <exampleBase href="examples/base-submission.xml"/>
      <include href="rules/test.xml"/>
    </standard>
    """

  /// A rule document with a `test-source`, a `test-share` parameter (50 %), a `test-modes` codelist and the two lists
  /// of `pairsCodelists`, plus the
  /// given content. Rules start on line 22.
  public static func document(rules: String, parameters: String, codelists: String, extraSources: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <ruleDocument xmlns="urn:shanshui:standard:1" xmlns:s="urn:shanshui:submission:1"
                  id="test" theme="test" version="1.0.0" status="draft" effective="2026-01-01">
      <title lang="zh">测试</title><title lang="en">Test</title>
      <sources>
        <document id="test-source" confidence="H"><title lang="en">Test source</title></document>\(extraSources)
      </sources>
      <parameters>
        <parameter id="test-share" unit="percent" stricter="lower">
          <title lang="zh">份额</title><title lang="en">Share</title>
          <value profile="chongqing" status="adopted" value="50"><source ref="test-source"/></value>
        </parameter>\(parameters)
      </parameters>
      <codelists>
        <codelist id="test-modes"><title lang="zh">模式</title><title lang="en">Modes</title>
          <code value="protection"><name lang="zh">保护保育</name></code>
          <code value="natural-recovery"><name lang="zh">自然恢复</name></code>
          <code value="assisted-regeneration"><name lang="zh">辅助再生</name></code>
          <code value="reconstruction"><name lang="zh">生态重建</name></code>
        </codelist>\(pairsCodelists)\(codelists)
      </codelists><layers>\(testLayers)</layers>
      <rules>
    \(rules)
      </rules>
    </ruleDocument>
    """
  }
}
