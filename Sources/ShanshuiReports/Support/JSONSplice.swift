/// Pretty-printed JSON written in pieces, byte for byte what `JSONText.encode` makes of the whole value: the value is
/// encoded with its large arrays left empty (the skeleton), and their items are encoded one at a time and spliced in,
/// so that a report's JSON is never held whole.
///
/// It relies on how JSONEncoder pretty-prints (`JSONSpliceTests` holds it to that): each level indented by two
/// spaces; an empty array written `[`, an empty line, and `]` at the array's indentation; a non-empty one `[`, each
/// item on its own lines one level deeper, separated by `,`, then `]` on its own line. A JSON string never holds a raw
/// newline, so a skeleton's `"key" : [` followed by an empty line is that key's empty array and nothing else.
enum JSONSplice {
  /// A value to write: pretty JSON whole, or a skeleton with arrays to fill, and the whole value's encoding should
  /// the skeleton not hold an array where it is looked for (never for the reports' types: the tests hold every one;
  /// a report is never written without its findings).
  indirect enum Piece {
    case whole(String)
    case spliced(skeleton: String, arrays: [Items], whole: () -> String)
  }

  /// An array of the skeleton to fill: the first empty array of `key` after the previous one's.
  struct Items {
    var key: String
    var count: Int
    var item: (Int) -> Piece
  }

  /// Writes `piece`, every line indented by `indent` more spaces, without a final newline.
  static func write(_ piece: Piece, indent: Int = 0, to output: (String) -> Void) {
    switch piece {
    case .whole(let text):
      output(indented(text.hasSuffix("\n") ? text.dropLast() : Substring(text), by: indent, first: true))
    case .spliced(let skeleton, let arrays, let whole):
      guard holds(skeleton, arrays) else { return write(.whole(whole()), indent: indent, to: output) }
      var rest = Substring(skeleton.hasSuffix("\n") ? skeleton.dropLast() : Substring(skeleton))
      var first = true
      for array in arrays where array.count > 0 {
        guard let marker = rest.range(of: "\"\(array.key)\" : [\n\n"),
          let closing = rest[marker.upperBound...].firstIndex(of: "]")
        else { continue }
        let lineStart = rest[..<marker.lowerBound].lastIndex(of: "\n").map(rest.index(after:)) ?? rest.startIndex
        let depth = rest.distance(from: lineStart, to: marker.lowerBound)
        let bracket = rest.index(marker.upperBound, offsetBy: -2)
        output(indented(rest[..<bracket], by: indent, first: first))
        first = false
        for index in 0..<array.count {
          output(index == 0 ? "\n" : ",\n")
          write(array.item(index), indent: indent + depth + 2, to: output)
        }
        output("\n" + String(repeating: " ", count: indent + depth))
        rest = rest[closing...]
      }
      output(indented(rest, by: indent, first: first))
    }
  }

  /// Whether each array with items has its empty place in `skeleton`, in order.
  private static func holds(_ skeleton: String, _ arrays: [Items]) -> Bool {
    var rest = Substring(skeleton)
    for array in arrays where array.count > 0 {
      guard let marker = rest.range(of: "\"\(array.key)\" : [\n\n") else { return false }
      rest = rest[marker.upperBound...]
    }
    return true
  }

  /// `text` with every non-empty line after the first (and the first too when `first`) prefixed by `count` spaces.
  static func indented(_ text: Substring, by count: Int, first: Bool) -> String {
    guard count > 0 else { return String(text) }
    let utf8 = text.utf8
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + utf8.count / 4)
    let newline = UInt8(ascii: "\n")
    let space = UInt8(ascii: " ")
    var atLineStart = first
    for byte in utf8 {
      if atLineStart && byte != newline { bytes.append(contentsOf: repeatElement(space, count: count)) }
      bytes.append(byte)
      atLineStart = byte == newline
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
