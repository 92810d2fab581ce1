import ShanshuiGeo

/// The numbers of one `gml:posList` or `gml:pos`: whitespace-separated `xs:double` literals, read two at a time into
/// positions while a budget of positions lasts, so that an oversized geometry stops being read at the limit.
enum GMLCoordinates {
  /// Why the text could not be read; `token` is the 0-based index of the offending number among the text's tokens.
  enum Failure: Error, Equatable {
    case notANumber(token: Int, text: String)
    case nonFinite(token: Int, text: String)
    case oddCount(Int)
    /// The budget ran out; `read` positions had been read from this text.
    case budgetExhausted(read: Int)
  }

  /// The positions in `text`. `budget` is decreased by one per position; reading stops, with `budgetExhausted`, as
  /// soon as it would go below zero (before the rest of the text is looked at).
  static func positions(in text: String, budget: inout Int) -> Result<[GeoPosition], Failure> {
    var text = text
    return text.withUTF8 { bytes in
      var positions: [GeoPosition] = []
      var pending: Double?
      var token = 0
      var index = 0
      let count = bytes.count
      while index < count {
        while index < count, isSpace(bytes[index]) { index += 1 }
        guard index < count else { break }
        let start = index
        while index < count, !isSpace(bytes[index]) { index += 1 }
        let literal = UnsafeBufferPointer(rebasing: bytes[start..<index])
        let value: Double
        switch number(literal) {
        case .success(let number): value = number
        case .failure(let reason):
          let written = String(decoding: literal.prefix(40), as: UTF8.self)
          return .failure(
            reason == .nonFinite ? .nonFinite(token: token, text: written) : .notANumber(token: token, text: written))
        }
        if let first = pending {
          guard budget > 0 else { return .failure(.budgetExhausted(read: positions.count)) }
          budget -= 1
          positions.append(GeoPosition(first, value))
          pending = nil
        } else {
          pending = value
        }
        token += 1
      }
      if pending != nil { return .failure(.oddCount(token)) }
      return .success(positions)
    }
  }

  private enum LiteralProblem: Error { case notANumber, nonFinite }

  /// `xs:double`'s special values, none of them finite.
  private static let specialValues = ["NaN", "INF", "+INF", "-INF"].map { Array($0.utf8) }

  /// XML Schema's white space (§2.3 of XML 1.0): space, tab, line feed, carriage return.
  @inline(__always)
  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

  /// An `xs:double` literal: decimal digits with an optional sign, fraction and exponent. Its special values (`NaN`,
  /// `INF`, `-INF`) and anything that overflows are not finite; hexadecimal and other spellings Swift would accept
  /// are not numbers here.
  private static func number(_ literal: UnsafeBufferPointer<UInt8>) -> Result<Double, LiteralProblem> {
    guard let decimal = Decimal(literal) else {
      let special = specialValues.contains { literal.elementsEqual($0) }
      return .failure(special ? .nonFinite : .notANumber)
    }
    if let exact = decimal.exactValue { return .success(exact) }
    guard let value = Double(String(decoding: literal, as: UTF8.self)) else { return .failure(.notANumber) }
    return value.isFinite ? .success(value) : .failure(.nonFinite)
  }

  /// A decimal literal's digits as an integer and a power of ten (as long as they fit; `exactValue` says when).
  private struct Decimal {
    var negative = false
    var mantissa: UInt64 = 0
    /// Whether every significant digit is in `mantissa` (at most 19).
    var mantissaExact = true
    var exponent = 0

    /// nil unless `literal` is `[+-]?(digits(.digits?)?|.digits)([eE][+-]?digits)?`.
    init?(_ literal: UnsafeBufferPointer<UInt8>) {
      var index = 0
      let count = literal.count
      func digit(_ at: Int) -> UInt8? {
        guard at < count, literal[at] >= 0x30, literal[at] <= 0x39 else { return nil }
        return literal[at] - 0x30
      }
      if index < count, literal[index] == 0x2B || literal[index] == 0x2D {
        negative = literal[index] == 0x2D
        index += 1
      }
      var digits = 0
      var fraction = false
      while true {
        if let value = digit(index) {
          digits += 1
          append(value, inFraction: fraction)
        } else if !fraction, index < count, literal[index] == 0x2E {
          fraction = true
        } else {
          break
        }
        index += 1
      }
      guard digits > 0 else { return nil }
      if index < count, literal[index] == 0x45 || literal[index] == 0x65 {
        index += 1
        var sign = 1
        if index < count, literal[index] == 0x2B || literal[index] == 0x2D {
          sign = literal[index] == 0x2D ? -1 : 1
          index += 1
        }
        guard digit(index) != nil else { return nil }
        var power = 0
        while let value = digit(index) {
          power = min(power * 10 + Int(value), 100_000)
          index += 1
        }
        exponent += sign * power
      }
      guard index == count else { return nil }
    }

    private mutating func append(_ digit: UInt8, inFraction: Bool) {
      if mantissa == 0 && digit == 0 {
        if inFraction { exponent -= 1 }
        return
      }
      let (times10, overflow) = mantissa.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
      if overflow || overflow2 {
        mantissaExact = false
        if !inFraction { exponent += 1 }
        return
      }
      mantissa = sum
      if inFraction { exponent -= 1 }
    }

    private static let powers: [Double] = (0...22).map { power in
      var value = 1.0
      for _ in 0..<power { value *= 10 }
      return value
    }

    /// The correctly rounded value when Clinger's fast path applies (a mantissa of at most 2⁵³ and a power of ten of
    /// at most 22, both exact as doubles, so one multiplication or division rounds once); nil otherwise.
    var exactValue: Double? {
      guard mantissaExact, mantissa <= 1 << 53, abs(exponent) <= 22 else { return nil }
      let value = Double(mantissa)
      let scaled = exponent >= 0 ? value * Self.powers[exponent] : value / Self.powers[-exponent]
      return negative ? -scaled : scaled
    }
  }
}
