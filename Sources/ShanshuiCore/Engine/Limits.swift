/// Bounds on what one input may cost, so that no file can exhaust memory or time. Every limit is a CLI option.
public struct Limits: Sendable, Hashable {
  /// Largest input read, in bytes (a file above it is refused unread, E104).
  public var maxFileSize: Int
  /// Deepest element nesting libxml2 accepts (deeper documents are refused, E101).
  public var maxDepth: Int
  /// Most XPath steps one evaluation may take, and automaton state visits one `pattern` match may take (an expensive
  /// rule fails with E103 instead of hanging).
  public var maxXPathOperations: Int
  /// Most GML positions read from one file's geometry (E605 beyond: counted while reading, so a huge geometry
  /// stops early).
  public var maxGeometryPositions: Int

  public init(
    maxFileSize: Int = 256 << 20, maxDepth: Int = 256, maxXPathOperations: Int = 20_000_000,
    maxGeometryPositions: Int = GMLReader.Options.defaultMaxPositions
  ) {
    self.maxFileSize = maxFileSize
    self.maxDepth = maxDepth
    self.maxXPathOperations = maxXPathOperations
    self.maxGeometryPositions = maxGeometryPositions
  }
}
