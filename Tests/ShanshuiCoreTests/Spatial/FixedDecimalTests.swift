import Foundation
import Testing

@testable import ShanshuiCore

/// `FixedDecimal.sixDecimals` prints what `String(format: "%.6f")` prints (glibc: the exact binary value, rounded
/// half to even), on longitudes and latitudes, on exact ties, at the edges of its integer path and outside it.
@Suite struct FixedDecimalTests {
  @Test func printsWhatPrintfPrints() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, -0.0, 0.001, 0.000999999, 0.0009995, -0.0005, 1_048_575.9999996, 1_048_576, 2e9, .nan, .infinity,
      -.infinity, 108.4, 30.81, -108.4, 1.0 / 128, 3.0 / 128, 5.0 / 128, 108 + 1.0 / 128, 0.5e-6, 1.5e-6, 2.5e-6,
      0.0000025, 179.9999995, 89.99999949999,
    ]
    // Exact ties (k / 128 has an exact seventh binary digit: ×10⁶ ends in .5 for odd k).
    values += (0..<2_000).map { Double($0) / 128 + 73 }
    values += (0..<20_000).map { _ in Double.random(in: 73...135, using: &generator) }
    values += (0..<20_000).map { _ in Double.random(in: -90...90, using: &generator) }
    values += (0..<20_000).map { _ in
      Double(bitPattern: UInt64.random(in: 0x3F50_0000_0000_0000...0x4130_0000_0000_0000, using: &generator))
    }
    var mismatches: [String] = []
    for value in values where FixedDecimal.sixDecimals(value) != String(format: "%.6f", value) {
      mismatches.append("\(value.bitPattern): \(FixedDecimal.sixDecimals(value)) vs \(String(format: "%.6f", value))")
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    #expect(FixedDecimal.sixDecimals(1.0 / 128) == "0.007812")  // a tie, to even
    #expect(FixedDecimal.sixDecimals(3.0 / 128) == "0.023438")  // a tie, to even (up)
    #expect(FixedDecimal.sixDecimals(-108.4) == "-108.400000")
  }
}
