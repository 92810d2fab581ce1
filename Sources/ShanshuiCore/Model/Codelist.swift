/// A list of allowed codes (division codes, project types, restoration modes, …).
public struct Codelist: Sendable, Codable {
  /// One code and its names.
  public struct Code: Sendable, Codable {
    public var value: String
    public var name: LocalizedText
    /// Set for a retired code: the code that replaced it.
    public var replacedBy: String?
  }

  public var id: String
  public var title: LocalizedText
  public var codes: [String: Code]
  public var location: SourceLocation
}
