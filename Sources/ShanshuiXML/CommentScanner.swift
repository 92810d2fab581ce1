/// Finds where comments start in a document's bytes, for line numbers libxml2 does not keep (past line 65,535).
enum CommentScanner {
  /// The 1-based line of every `<!--` that opens a comment, in document order; nil for encodings in which markup is
  /// not single ASCII bytes (UTF-16, UTF-32). Skips `<!--` inside CDATA sections and processing instructions, and
  /// the inside of comments themselves. Lines end at LF, CR LF or a lone CR, as libxml2 counts them after `LineEnds`.
  static func lines(in bytes: [UInt8]) -> [Int]? {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x3C, 0x00])
      || bytes.starts(with: [0x00, 0x3C]) || bytes.starts(with: [0x00, 0x00])
    {
      return nil
    }
    var lines: [Int] = []
    var line = 1
    var index = 0
    let count = bytes.count
    func skip(until terminator: [UInt8]) {
      while index < count {
        if LineEnds.endsLine(bytes, at: index) { line += 1 }
        if bytes[index] == terminator[0], bytes[index...].starts(with: terminator) {
          index += terminator.count
          return
        }
        index += 1
      }
    }
    while index < count {
      let byte = bytes[index]
      if LineEnds.endsLine(bytes, at: index) {
        line += 1
      } else if byte == UInt8(ascii: "<") {
        let rest = bytes[index...]
        if rest.starts(with: Array("<!--".utf8)) {
          lines.append(line)
          index += 4
          skip(until: Array("-->".utf8))
          continue
        } else if rest.starts(with: Array("<![CDATA[".utf8)) {
          skip(until: Array("]]>".utf8))
          continue
        } else if rest.starts(with: Array("<?".utf8)) {
          skip(until: Array("?>".utf8))
          continue
        }
      }
      index += 1
    }
    return lines
  }
}
