import Foundation
import ShanshuiCore
import Testing

/// `@OutOfLine`: a finding's spatial detail behind one pointer, invisible to `Codable` and `Hashable`.
@Suite struct OutOfLineTests {
  static func finding(spatial: SpatialDetail?) -> Finding {
    var finding = Finding(
      ruleID: "SS-GEO-001", severity: .error, theme: "spatial", title: LocalizedText("t"), message: LocalizedText("m"),
      location: SourceLocation(file: "a.xml", line: 3), path: "/submission/units/unit[1]",
      anchoredPath: "unit[@id='U1']",
      profile: .unified, parameter: nil, notes: [], sources: [])
    finding.spatial = spatial
    return finding
  }

  static let detail = SpatialDetail(unitID: "U1", area: 2.5, areaUnit: "ha", sharePercent: 12.5)

  @Test func aFindingStaysSmallWhetherOrNotItHasASpatialDetail() {
    #expect(MemoryLayout<Finding>.stride <= 320, "\(MemoryLayout<Finding>.stride)")
    #expect(MemoryLayout<OutOfLine<SpatialDetail>>.stride == MemoryLayout<Int>.stride)
    #expect(Self.finding(spatial: Self.detail).spatial == Self.detail)
    #expect(Self.finding(spatial: nil).spatial == nil)
  }

  @Test func equalityAndHashingAreByValue() {
    let (a, b) = (Self.finding(spatial: Self.detail), Self.finding(spatial: Self.detail))
    #expect(a == b && a.hashValue == b.hashValue)
    var c = b
    c.spatial?.area = 3
    #expect(a != c && b.spatial?.area == 2.5, "a copy's change leaves the original as it was")
    #expect(Self.finding(spatial: nil) != a)
  }

  /// Encoded as a plain optional would be: the value itself, or no key at all; decoded back the same.
  @Test func codableAsAPlainOptional() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let without = try encoder.encode(Self.finding(spatial: nil))
    #expect(!String(decoding: without, as: UTF8.self).contains("\"spatial\":"))
    let with = try encoder.encode(Self.finding(spatial: Self.detail))
    let object = try #require(try JSONSerialization.jsonObject(with: with) as? [String: Any])
    let spatial = try #require(object["spatial"] as? [String: Any])
    #expect(spatial["unitID"] as? String == "U1" && spatial["area"] as? Double == 2.5)
    #expect(try JSONDecoder().decode(Finding.self, from: with) == Self.finding(spatial: Self.detail))
    #expect(try JSONDecoder().decode(Finding.self, from: without).spatial == nil)
  }
}
