/// A reviewer layer's role, declared by the standard (`<layers><layer id="ecological-red-line">`): what the layer
/// is (zh/en names) and the attribute fields its features must carry. A reviewer gives the file for a role with
/// `check --layer ROLE=PATH`; spatial rules name the role (`overlap layer="ecological-red-line"`).
public struct LayerRole: Sendable, Hashable {
  /// One attribute field of the role's features.
  public struct Field: Sendable, Hashable, Codable {
    public var name: String
    /// The codelist its values come from, if any (`river` → `basins`).
    public var codelist: String?
    /// A layer whose features lack the field is refused at load (E615).
    public var required: Bool

    public init(name: String, codelist: String? = nil, required: Bool = false) {
      self.name = name
      self.codelist = codelist
      self.required = required
    }
  }

  public var id: String
  public var name: LocalizedText
  public var fields: [Field]
  /// What the role is, on whose authority (`<source ref clause>`: the law or notice that defines the control line).
  public var sources: [SourceReference]
  public var location: SourceLocation

  public init(
    id: String, name: LocalizedText, fields: [Field] = [], sources: [SourceReference] = [], location: SourceLocation
  ) {
    self.id = id
    self.name = name
    self.fields = fields
    self.sources = sources
    self.location = location
  }

  /// The fields a layer for this role must have.
  public var requiredFields: [String] { fields.filter(\.required).map(\.name) }
}
