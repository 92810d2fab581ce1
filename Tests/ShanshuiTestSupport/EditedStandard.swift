import Foundation
import ShanshuiCore

/// A copy of the bundled standard (`standards/`) edited by exact text replacements, for tests of `diff`: loaded in
/// memory or written to a directory. Every edit must match exactly once, so a test never edits silently nothing.
public struct EditedStandard {
  public struct EditError: Error, CustomStringConvertible {
    public var description: String
  }

  /// The files, by path relative to the standard's root.
  public var files: [String: [UInt8]]

  /// An unedited copy of `standards/`.
  public init() throws { files = try Repository.standardFiles() }

  /// Replaces the only occurrence of `old` in `file` with `new`.
  public mutating func replace(_ old: String, with new: String, in file: String) throws {
    let text = try self.text(file)
    let ranges = text.ranges(of: old)
    guard ranges.count == 1 else {
      throw EditError(description: "\(file): \"\(old)\" occurs \(ranges.count) times, not once")
    }
    files[file] = Array(text.replacingCharacters(in: ranges[0], with: new).utf8)
  }

  /// Removes the text from the only occurrence of `start` through the first `end` after it.
  public mutating func remove(from start: String, through end: String, in file: String) throws {
    let text = try self.text(file)
    let starts = text.ranges(of: start)
    guard starts.count == 1, let stop = text[starts[0].lowerBound...].range(of: end) else {
      throw EditError(description: "\(file): \"\(start)\" … \"\(end)\" not found exactly once")
    }
    files[file] = Array(text.replacingCharacters(in: starts[0].lowerBound..<stop.upperBound, with: "").utf8)
  }

  func text(_ file: String) throws -> String {
    guard let bytes = files[file] else { throw EditError(description: "no file \(file) in the standard") }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Loads the edited standard from memory (named `<edited>`).
  public func load() throws -> Standard {
    try StandardLoader(toolFiles: files).load(.inMemory(name: "<edited>", files: files))
  }

  /// Writes the files below `directory`, which then works as `--standard`.
  public func write(to directory: URL) throws {
    for (relative, bytes) in files {
      let url = directory.appendingPathComponent(relative)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
  }

  /// The edits `diff` must report exactly, one of each kind an editor makes for a release:
  /// SS-GRN-001's severity error → warning; SS-RIV-002's English message; SS-GRN-003's context XPath;
  /// soil-retention-min-2025's Sichuan value 79 → 80; SS-GRN-004 added; SS-WET-004 removed; code 500199 added to the
  /// `divisions` codelist.
  public static func releaseEdits() throws -> EditedStandard {
    var standard = try EditedStandard()
    try standard.replace(
      #"<rule id="SS-GRN-001" severity="error">"#, with: #"<rule id="SS-GRN-001" severity="warning">"#,
      in: "rules/greening.xml")
    try standard.replace(
      "does not state the length of shoreline restored (corridor/shoreline)",
      with: "gives no length of restored shoreline (corridor/shoreline)", in: "rules/corridors.xml")
    try standard.replace(
      "<context>/s:submission[s:units/s:unit/s:measure/@kind = 'planting']/s:monitoring/s:period</context>",
      with: "<context>/s:submission[s:units/s:unit/s:measure[@kind = 'planting']]/s:monitoring/s:period</context>",
      in: "rules/greening.xml")
    try standard.replace(
      #"<value profile="sichuan" status="adopted" value="79">"#,
      with: #"<value profile="sichuan" status="adopted" value="80">"#, in: "rules/soil.xml")
    try standard.replace(
      "  </rules>\n</ruleDocument>", with: addedRule + "  </rules>\n</ruleDocument>", in: "rules/greening.xml")
    try standard.remove(from: #"<rule id="SS-WET-004""#, through: "</rule>", in: "rules/wetland.xml")
    try standard.replace(
      #"<code value="500101" validFrom="1998"><name lang="zh">万州区</name><name lang="en">Wanzhou District</name></code>"#,
      with:
        #"<code value="500101" validFrom="1998"><name lang="zh">万州区</name><name lang="en">Wanzhou District</name></code>"#
        + #"<code value="500199"><name lang="zh">测试区</name><name lang="en">Test District</name></code>"#,
      in: "rules/basics.xml")
    return standard
  }

  static let addedRule = """
        <rule id="SS-GRN-004" severity="warning">
          <title lang="zh">成活率目标不得超过100%</title>
          <title lang="en">A survival-rate target cannot exceed 100%</title>
          <message lang="zh">成活率目标 {actual} {unit} 超过 {limit} {unit}</message>
          <message lang="en">A survival-rate target of {actual} {unit} exceeds {limit} {unit}</message>
          <source ref="performance-form" clause="苗木成活率≥85%"/>
          <context>/s:submission/s:units/s:unit/s:target[@indicator = 'survival-rate']</context>
          <range path="." max="100" unit="percent"/>
          <example outcome="pass" profile="chongqing"/>
          <example outcome="fail" profile="chongqing"><set path="units/unit/target">101</set></example>
        </rule>

    """
}
