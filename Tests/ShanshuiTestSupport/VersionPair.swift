import Foundation

/// A standard with two versions, written to a temporary directory for `--standard`: the current version (the
/// repository's rule documents, renamed 0.2.0 and effective 2026-01-01) and `versions/0.1.0/` (the same rule
/// documents, effective 2021-11-10, whose planting survival-rate minimum, `planting-survival-min`, is 99 % for
/// Chongqing instead of the current value). The two versions differ in that one value, so a Chongqing submission with
/// a survival-rate target of 90 % passes SS-GRN-001 under the current version and fails it under 0.1.0.
public enum VersionPair {
  /// The minimum the older version sets.
  public static let olderSurvivalMinimum = 99

  /// Writes the pair into a new temporary directory and returns it.
  public static func write() throws -> URL {
    let directory = try TemporaryDirectory.make("version-pair")
    let current = try EditedStandard()
    var newer = current
    try newer.setRoot(version: "0.2.0", effective: "2026-01-01")
    try newer.write(to: directory)
    var older = current
    try older.setRoot(version: "0.1.0", effective: "2021-11-10")
    try older.setSurvivalMinimum(olderSurvivalMinimum)
    try older.write(to: directory.appendingPathComponent("versions/0.1.0"))
    return directory
  }

  /// A copy of the compliant three-gorges fixture (survival-rate targets of 90 %) with `callYear` changed, written
  /// into `directory` as `ssw-YEAR.xml`; returns its path.
  public static func submission(callYear: Int, in directory: URL) throws -> String {
    let text = String(
      decoding: try Repository.bytes("fixtures/cq-ssw-three-gorges-compliant.xml"), as: UTF8.self)
    let edited = text.replacingOccurrences(
      of: #"<programme code="central-ssw" callYear="2026"/>"#,
      with: #"<programme code="central-ssw" callYear="\#(callYear)"/>"#)
    guard edited != text || callYear == 2026 else { throw EditedStandard.EditError(description: "no callYear") }
    let url = directory.appendingPathComponent("ssw-\(callYear).xml")
    try edited.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}

extension EditedStandard {
  /// Sets `version` and `effective` on the manifest's root element, whatever they were.
  mutating func setRoot(version: String, effective: String) throws {
    var text = try self.text("standard.xml")
    for (name, value) in [("version", version), ("effective", effective)] {
      guard let start = text.range(of: "<standard "),
        let attribute = text[start.upperBound...].range(of: " \(name)=\""),
        let end = text[attribute.upperBound...].firstIndex(of: "\"")
      else { throw EditError(description: "standard.xml: no \(name) on the root") }
      text.replaceSubrange(attribute.upperBound..<end, with: value)
    }
    files["standard.xml"] = Array(text.utf8)
  }

  /// Sets Chongqing's value of `planting-survival-min` (rules/greening.xml) to `value`.
  mutating func setSurvivalMinimum(_ value: Int) throws {
    let file = "rules/greening.xml"
    var text = try self.text(file)
    guard let start = text.range(of: #"<parameter id="planting-survival-min""#),
      let end = text[start.upperBound...].range(of: "</parameter>")
    else { throw EditError(description: "\(file): no planting-survival-min") }
    let block = String(text[start.lowerBound..<end.upperBound])
    let edited = block.replacing(
      /(<value profile="chongqing" status="[a-z]+") value="[0-9.]+"/, with: { "\($0.1) value=\"\(value)\"" })
    guard edited != block else { throw EditError(description: "\(file): planting-survival-min has no value") }
    text.replaceSubrange(start.lowerBound..<end.upperBound, with: edited)
    files[file] = Array(text.utf8)
  }
}
