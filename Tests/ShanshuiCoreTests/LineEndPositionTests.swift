import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Findings, schema errors, parse errors and inline directives are on the same lines whatever a submission's line
/// ends: LF, CR LF, CR only, or a mix (XML 1.0 §2.11; docs/security.md, Positions).
@Suite struct LineEndPositionTests {
  static let validator = BundledTestStandard.validator

  enum LineEnd: String, CaseIterable {
    case lf, crlf, cr, mixed

    /// `bytes` (LF line ends) with each LF replaced by this line end; `mixed` takes CR, CR LF and LF in turn.
    func apply(to bytes: [UInt8]) -> [UInt8] {
      var converted: [UInt8] = []
      converted.reserveCapacity(bytes.count * 2)
      var breaks = 0
      for byte in bytes {
        guard byte == 0x0A else {
          converted.append(byte)
          continue
        }
        switch self {
        case .lf: converted.append(0x0A)
        case .crlf: converted += [0x0D, 0x0A]
        case .cr: converted.append(0x0D)
        case .mixed: converted += [[0x0D], [0x0D, 0x0A], [0x0A]][breaks % 3]
        }
        breaks += 1
      }
      return converted
    }
  }

  /// What a result says about positions: each finding's rule, line and column, each diagnostic's code, line and
  /// column, each inline directive's lines.
  private func positions(_ bytes: [UInt8], path: String = "s.xml") throws -> [String] {
    let result = try #require(Self.validator).validate(bytes: bytes, path: path, selection: .auto)
    return result.findings.map { "\($0.ruleID) \($0.location.line):\($0.location.column)" }
      + result.diagnostics.map { "\($0.code.rawValue) \($0.location.line):\($0.location.column)" }
      + result.ignoreDirectives.map { "ignore \($0.line)→\($0.targetLine)" }
  }

  @Test(arguments: try Repository.fixtures())
  func everyFixtureHasTheSameFindingsOnTheSameLines(name: String) throws {
    let bytes = try Repository.bytes("fixtures/\(name)")
    #expect(!bytes.contains(0x0D), "the fixture itself has LF line ends")
    let expected = try positions(bytes)
    for lineEnd in [LineEnd.crlf, .cr, .mixed] {
      #expect(try positions(lineEnd.apply(to: bytes)) == expected, "\(lineEnd)")
    }
  }

  /// Fixtures find things on many lines; a few of them, with their lines, so that "the same as LF" cannot mean "all
  /// on line 1".
  @Test func crOnlyFindingsAreOnTheirOwnLines() throws {
    let bytes = LineEnd.cr.apply(to: try Repository.bytes("fixtures/cq-greening-wuxi-daning-qinba-no-water-target.xml"))
    let found = try positions(bytes)
    for expected in ["SS-QBW-001 25:0", "SS-SYS-002 5:0", "SS-GRN-003 53:0"] {
      #expect(found.contains(expected), "\(found)")
    }
  }

  @Test(arguments: LineEnd.allCases)
  func schemaErrorsAreOnTheSameLines(lineEnd: LineEnd) throws {
    let base = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    let invalid = base.replacingOccurrences(of: "start=\"2026-01-01\"", with: "start=\"2026-13-01\"")
      .replacingOccurrences(of: "<total unit=\"wan-yuan\">", with: "<total unit=\"acre\">")
    #expect(try positions(lineEnd.apply(to: Array(invalid.utf8))) == ["E102 18:0", "E102 21:0"])
  }

  @Test(arguments: LineEnd.allCases)
  func parseErrorsKeepLineAndCodePointColumn(lineEnd: LineEnd) throws {
    let bytes = try Repository.bytes("Tests/Fixtures/hostile/submissions/E101-cjk-column.xml")
    #expect(try positions(lineEnd.apply(to: bytes)).first == "E101 5:36")
  }

  /// The committed CR-only and CR LF files (and GBK with CR only) give the line the LF files give.
  @Test(arguments: ["utf8-bom", "cr-only", "crlf", "gbk", "gbk-cr-only", "gb18030", "utf16-bom"])
  func hostileCorpusLineEnds(variant: String) throws {
    let bytes = try Repository.bytes("Tests/Fixtures/hostile/submissions/SS-FUN-004-\(variant).xml")
    if variant.hasSuffix("cr-only") {
      #expect(bytes.contains(0x0D) && !bytes.contains(0x0A), "checked out with CR line ends (.gitattributes)")
    } else if variant == "crlf" {
      let breaks = bytes.indices.filter { bytes[$0] == 0x0A }
      #expect(!breaks.isEmpty && breaks.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D }, "CR LF intact")
    }
    #expect(try positions(bytes) == ["SS-FUN-004 24:0"])
  }

  /// Inline directives past line 65,535 are read from the bytes (libxml2 keeps no line for comments there): the
  /// byte scan counts CR and CR LF as libxml2 does.
  @Test(arguments: LineEnd.allCases)
  func directivesPastLine65535(lineEnd: LineEnd) throws {
    let fixture = String(
      decoding: try Repository.bytes("fixtures/cq-greening-wujiang-forest-belt-too-far.xml"), as: UTF8.self)
    let edited = fixture.replacingOccurrences(
      of: "<!-- expect[chongqing]: SS-RIV-006 -->", with: "<!-- shanshui-ignore SS-RIV-006:\n  far down -->"
    )
    .replacingOccurrences(of: "<corridor ", with: String(repeating: "\n", count: 70_000) + "<corridor ")
    let found = try positions(lineEnd.apply(to: Array(edited.utf8)))
    #expect(found.contains("ignore 70052→70052"), "\(found)")
    #expect(found.contains("SS-RIV-006 70052:0"), "\(found)")
  }

  @Test(arguments: LineEnd.allCases)
  func sourceLinesSplitAtEveryLineEnd(lineEnd: LineEnd) {
    let bytes = lineEnd.apply(to: Array("<r>\n  <a>汉字</a>\n\n<b/>\n</r>\n".utf8))
    #expect(SourceLines.extract([2, 3, 4, 5], from: bytes) == [2: "<a>汉字</a>", 3: "", 4: "<b/>", 5: "</r>"])
  }
}
