import ShanshuiTestSupport
import Testing

@testable import ShanshuiCore

@Suite struct ModelTests {
  @Test(arguments: [
    ("mu", "ha", 15.0, 1.0), ("km2", "ha", 1, 100), ("m2", "mu", 666.67, 1.00000500),
    ("yi-yuan", "wan-yuan", 1, 10_000), ("yuan", "wan-yuan", 50_000, 5), ("km", "m", 1.5, 1500),
  ])
  func convertsUnits(from: String, to: String, value: Double, expected: Double) throws {
    let source = try #require(QuantityUnit.named(from))
    let target = try #require(QuantityUnit.named(to))
    let converted = try #require(source.convert(value, to: target))
    #expect(abs(converted - expected) < 1e-6)
  }

  @Test func refusesToConvertAcrossDimensions() throws {
    #expect(QuantityUnit.named("ha")!.convert(1, to: QuantityUnit.named("m")!) == nil)
  }

  @Test func profilesFromDivisionCodes() {
    #expect(Profile(divisionCode: "500101") == .chongqing)
    #expect(Profile(divisionCode: "513400") == .sichuan)
    #expect(Profile(divisionCode: "520300") == nil)
    #expect(ProfileSelection("auto") == .auto)
    #expect(ProfileSelection("sichuan") == .forced(.sichuan))
    #expect(ProfileSelection("guizhou") == nil)
  }

  @Test func messagePlaceholders() {
    #expect(MessageTemplate.placeholders(in: "{actual} of {limit} {param:x}") == ["actual", "limit", "param:x"])
    let text = MessageTemplate.render(
      "a {actual} b {missing} {", language: .en, values: ["actual": LocalizedText("1")], parameters: [:])
    #expect(text == "a 1 b {missing} {")
  }

  @Test func xpathVariableNames() {
    #expect(XPathLexer.variables(in: "$a-b > 1 and '$not' = $c and $d - 1") == ["a-b", "c", "d"])
  }

  @Test func civilDates() throws {
    let start = try #require(CivilDate("2026-01-01"))
    let unit = try #require(QuantityUnit.named("year"))
    #expect(start.adding(3, unit) == CivilDate("2029-01-01"))
    #expect(CivilDate("2024-02-29")!.adding(1, unit) == CivilDate("2025-02-28"))
    #expect(CivilDate("2026-02-30") == nil)
    #expect(CivilDate(dayNumber: CivilDate("1999-12-31")!.dayNumber) == CivilDate("1999-12-31"))
    // 2.5 years is 913.1 days: a period of 913 days (both ends counted) fits, 914 does not.
    #expect(start.adding(2.5, unit) == CivilDate("2028-07-02"))
    #expect(start.adding(1e20, unit) == nil)
    #expect(start.adding(.infinity, unit) == nil)
  }

  /// The short-decimal fast path reads every number exactly as `Double(_:)` does, bit for bit, and leaves every
  /// other form to it.
  @Test func submissionNumbersReadLikeDouble() {
    var random = SystemRandomNumberGenerator()
    var samples = [
      "0", "-0", "+7", "007", "1.5", "0.1", "123456789012345", "99999999999999.9", "0.000000000000001",
      "2.675", "1.", ".5", "+", "-", "1-2", "1.2.3", "1234567890123456", "12345678901234.56", "",
    ]
    for _ in 0..<20_000 {
      let digits = String(Int.random(in: 0...999_999_999_999_999, using: &random))
      let point = Int.random(in: 0...digits.count, using: &random)
      var text = digits
      if point < digits.count { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
      samples.append((Bool.random(using: &random) ? "-" : "") + text)
    }
    for text in samples {
      let expected = Double(text).flatMap { $0.isFinite ? $0 : nil }
      let actual = Quantity.number(text)
      #expect(actual?.bitPattern == expected?.bitPattern, "\(text)")
      if let fast = Quantity.shortDecimal(text) { #expect(fast.bitPattern == expected?.bitPattern, "\(text)") }
    }
    #expect(Quantity.shortDecimal("1.") == nil && Quantity.shortDecimal(".5") == nil)
    #expect(Quantity.shortDecimal("1234567890123456") == nil)
  }

  @Test func numbersInMessages() {
    #expect(NumberFormat.format(300000) == "300000")
    #expect(NumberFormat.format(0.1 + 0.2) == "0.3")
    #expect(NumberFormat.format(-2.5) == "-2.5")
    #expect(NumberFormat.format(1e16) == "1e+16")
    #expect(NumberFormat.format(.infinity) == "∞")
    #expect(NumberFormat.format(-0.00001) == "0")
    #expect(NumberFormat.format(12.30009) == "12.3001")
  }

  @Test func simplePaths() {
    #expect(SimplePath("investment/total") != nil)
    #expect(SimplePath("source/@kind")?.attribute?.localName == "kind")
    #expect(SimplePath("a//b") == nil)
    #expect(SimplePath("a[1]") == nil)
    #expect(SimplePath("@a/b") == nil)
    #expect(EditPath("units/unit[2]/@id") != nil)
    #expect(EditPath("units/unit[0]") == nil)
  }

  @Test func errorCodesAreDocumented() throws {
    let table = try String(decoding: Repository.bytes("docs/error-codes.md"), as: UTF8.self)
    for code in ErrorCode.allCases {
      #expect(table.contains("| \(code.rawValue) |"), "\(code.rawValue) missing from docs/error-codes.md")
    }
  }
}
