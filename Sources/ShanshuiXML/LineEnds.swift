/// End-of-line handling (XML 1.0 §2.11) applied to a document's bytes before libxml2 reads them.
///
/// XML requires a processor to behave as if every CR LF pair and every CR not followed by LF were turned into one LF
/// before parsing. libxml2 2.9 does so for the content it hands out, but counts lines on LF bytes only, so a file with
/// CR-only line ends reads as one line: every node and every error would be on line 1. Turning each lone CR into an
/// LF in the bytes is exactly §2.11's normalization, keeps every byte offset, and makes libxml2's lines right.
///
/// Only where a CR is certain to be the code unit 0x0D: in every encoding that writes ASCII as single bytes (UTF-8,
/// GB18030, GBK, Big5, Shift_JIS, ISO-8859-*: none uses 0x0D as a trailing byte), and in UTF-16 and UTF-32 at their
/// code-unit width and byte order (0x000D is never half of a surrogate pair). EBCDIC (0x25 is its line feed) and
/// UCS-4 in the unusual byte orders 2143 and 3412 are left as they are.
public enum LineEnds {
  /// How a document's encoding writes CR and LF, as libxml2 detects it from the first bytes (a byte-order mark or
  /// `<?` in UTF-16 or UTF-32, in the order `xmlDetectCharEncoding` tries them).
  struct CodeUnits: Equatable {
    /// Bytes per code unit: 1, 2 or 4.
    let width: Int
    let bigEndian: Bool

    static let bytes = CodeUnits(width: 1, bigEndian: false)

    /// nil when CR cannot be recognised by its bytes (EBCDIC, UCS-4 2143 and 3412).
    init?(detecting bytes: [UInt8]) {
      func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
      if starts([0x00, 0x00, 0x00, 0x3C]) {
        self.init(width: 4, bigEndian: true)
      } else if starts([0x3C, 0x00, 0x00, 0x00]) {
        self.init(width: 4, bigEndian: false)
      } else if starts([0x00, 0x00, 0x3C, 0x00]) || starts([0x00, 0x3C, 0x00, 0x00])
        || starts([0x4C, 0x6F, 0xA7, 0x94])
      {
        return nil
      } else if starts([0x00, 0x3C, 0x00, 0x3F]) || starts([0xFE, 0xFF]) {
        self.init(width: 2, bigEndian: true)
      } else if starts([0x3C, 0x00, 0x3F, 0x00]) || starts([0xFF, 0xFE]) {
        self.init(width: 2, bigEndian: false)
      } else {
        self = .bytes
      }
    }

    init(width: Int, bigEndian: Bool) {
      self.width = width
      self.bigEndian = bigEndian
    }

    /// Where, inside a code unit, its low byte is (the only non-zero byte of CR and LF).
    var lowByte: Int { bigEndian ? width - 1 : 0 }
  }

  /// `bytes` with every CR that is not followed by LF turned into LF, or nil when there is none (the common case:
  /// one pass over the bytes, no copy) or the encoding is one whose CR cannot be told by its bytes.
  public static func normalizingLoneCarriageReturns(_ bytes: [UInt8]) -> [UInt8]? {
    guard let units = CodeUnits(detecting: bytes) else { return nil }
    return bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
      guard let first = firstLoneCarriageReturn(in: buffer, from: 0, units: units) else { return nil }
      var normalized = bytes
      var position: Int? = first
      while let index = position {
        normalized[index + units.lowByte] = 0x0A
        position = firstLoneCarriageReturn(in: buffer, from: index + units.width, units: units)
      }
      return normalized
    }
  }

  /// The offset of the first code unit at or after `start` that is a CR not followed by an LF.
  private static func firstLoneCarriageReturn(
    in buffer: UnsafeBufferPointer<UInt8>, from start: Int, units: CodeUnits
  ) -> Int? {
    let width = units.width
    let low = units.lowByte
    let count = buffer.count - buffer.count % width
    var index = start
    while index < count {
      if buffer[index + low] == 0x0D, isOnlyLowByte(buffer, at: index, units: units) {
        let next = index + width
        if next >= count || buffer[next + low] != 0x0A || !isOnlyLowByte(buffer, at: next, units: units) {
          return index
        }
      }
      index += width
    }
    return nil
  }

  /// Whether every byte of the code unit at `index` other than its low byte is zero (always true for single bytes).
  @inline(__always)
  private static func isOnlyLowByte(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, units: CodeUnits) -> Bool {
    guard units.width > 1 else { return true }
    for offset in 0..<units.width where offset != units.lowByte && buffer[index + offset] != 0 { return false }
    return true
  }

  /// Whether the byte at `index` ends a line, in an ASCII-compatible text: an LF, or a CR not followed by LF (a CR
  /// LF pair ends its line at the LF). For code that numbers lines in the raw bytes as libxml2 does after §2.11.
  @inline(__always)
  public static func endsLine(_ bytes: [UInt8], at index: Int) -> Bool {
    let byte = bytes[index]
    return byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
  }
}
