/// The text of chosen lines of a submission, for reports that show the offending line.
public enum SourceLines {
  /// Longest line kept, in characters; longer lines are cut with an ellipsis (generated files put everything on one).
  public static let maximumLength = 240

  /// Lines `wanted` (1-based) of `bytes`, when the file is UTF-8 (with or without a BOM); other encodings give none.
  public static func extract(_ wanted: Set<Int>, from bytes: [UInt8]) -> [Int: String] {
    guard let last = wanted.max(), last > 0 else { return [:] }
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    // UTF-16 and other encodings declared in the prolog are not sliced byte-wise.
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return [:] }
    var lines: [Int: String] = [:]
    var number = 1
    while start <= bytes.count, number <= last {
      // A line ends at LF, CR LF or a lone CR (XML 1.0 §2.11), as the parser numbers lines.
      let end = bytes[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
      if wanted.contains(number) {
        guard let text = String(validating: bytes[start..<end], as: UTF8.self) else { return [:] }
        lines[number] = shorten(text)
      }
      start =
        end < bytes.count && bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? end + 2 : end + 1
      number += 1
    }
    return lines
  }

  private static func shorten(_ line: String) -> String {
    var text = Substring(line)
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    return text.count > maximumLength ? String(text.prefix(maximumLength)) + "…" : String(text)
  }
}
