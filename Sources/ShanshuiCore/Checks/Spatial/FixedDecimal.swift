import Foundation

/// `String(format: "%.6f", value)` without Foundation's formatter (about 5 µs a call on Linux; a finding's point
/// text prints two): the same characters, from the exact binary value rounded half to even as glibc's printf does.
enum FixedDecimal {
  /// `value` with six decimals, exactly as `%.6f` prints it.
  static func sixDecimals(_ value: Double) -> String {
    let magnitude = abs(value)
    // The integer path covers 0.001 ≤ |value| < 2²⁰ (every longitude and latitude but the poles' neighbourhood of
    // 0); elsewhere, and for NaN and infinities, printf itself.
    guard magnitude >= 0.001, magnitude < 1_048_576 else { return String(format: "%.6f", value) }
    // value × 10⁶ = significand × 5⁶ × 2^(exponent − 52 + 6), exactly, in 128 bits.
    let significand = magnitude.significandBitPattern | (1 << 52)
    let shift = 52 - 6 - Int(magnitude.exponent)  // 27…56 in this range
    let (high, low) = significand.multipliedFullWidth(by: 15_625)
    var scaled = (high << (64 - shift)) | (low >> shift)
    let remainder = low & ((1 << shift) - 1)
    let half: UInt64 = 1 << (shift - 1)
    if remainder > half || remainder == half && scaled & 1 == 1 { scaled += 1 }
    let whole = scaled / 1_000_000
    let fraction = String(scaled % 1_000_000)
    let sign = value.sign == .minus ? "-" : ""
    return "\(sign)\(whole).\(String(repeating: "0", count: 6 - fraction.count))\(fraction)"
  }
}
