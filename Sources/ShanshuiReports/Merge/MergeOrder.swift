import Foundation

/// How `shanshui merge` puts the pieces of several shards back in the order a whole run writes them.
///
/// A whole run writes files in the order they were collected: a directory's files sorted by path (`InputCollector`),
/// and each file's results, problems and suppressions together. Each shard keeps that order for its own files, so
/// the merge is a stable sort of the shards' pieces by their file's name, with `String`'s `<`, the order
/// `InputCollector` sorts by. (Files named one by one on the command line, out of order, come back sorted.)
enum MergeOrder {
  /// `pieces` of every shard, stably sorted by `key`: pieces of one file keep their order.
  static func byFile<Piece>(_ pieces: [[Piece]], key: (Piece) -> String) -> [Piece] {
    pieces.joined().enumerated()
      .map { (key: key($0.element), position: $0.offset, piece: $0.element) }
      .sorted { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position }
      .map(\.piece)
  }

  /// Run-wide entries (the standard's and the layers' problems, which every shard reports alike) once: each value as
  /// often as the shard with most of it has it, in the order the shards first give them.
  static func union(_ lists: [[JSONValue]]) -> [JSONValue] {
    var merged: [JSONValue] = []
    for list in lists {
      var remaining = merged
      for value in list {
        if let index = remaining.firstIndex(of: value) {
          remaining.remove(at: index)
        } else {
          merged.append(value)
        }
      }
    }
    return merged
  }

  /// A SARIF artifact URI as the file name it encodes (`URIText`), so that SARIF pieces sort as the files do.
  static func fileName(uri: String) -> String {
    let path = uri.hasPrefix("file://") ? String(uri.dropFirst("file://".count)) : uri
    return path.removingPercentEncoding ?? path
  }
}
