import ShanshuiXML

/// The spatial side of checking one document: each geometry element read and prepared once, whatever number of
/// rules measure it, and the run's layers. Made by `ValidationRun` for a standard with spatial rules; one per
/// document, used on the document's thread only.
final class SpatialSession {
  /// A geometry element of the document, read and prepared.
  struct Shape {
    let element: XMLNode
    /// Line of the geometry element.
    let line: Int
    let index: Int
  }

  /// Said when this build has no spatial engine.
  static let noEngine = LocalizedText(
    zh: "本版本未包含空间计算引擎（GEOS、PROJ）", en: "this build has no spatial engine (GEOS, PROJ)")

  let layers: LayerSet
  let file: String
  /// Geometry that could not be read (E601–E606), each once.
  private(set) var diagnostics: [Diagnostic] = []

  init(layers: LayerSet, file: String) {
    self.layers = layers
    self.file = file
  }

  /// Why rules reading `role` cannot be judged; nil when its layer is at hand.
  func unavailability(of role: String) -> NotCheckedCause? {
    if let libraries = layers.librariesUnavailable {
      return NotCheckedCause(.librariesUnavailable, role: role, detail: libraries)
    }
    if let problem = layers.unusable[role] {
      return NotCheckedCause(.layerUnusable, role: role, detail: problem.message)
    }
    guard layers.sources[role] != nil else { return NotCheckedCause(.layerNotGiven, role: role) }
    return nil
  }

  /// The geometry at `element`, read and prepared on first use; nil when it cannot be read (the problem is reported
  /// once as a diagnostic of the file).
  func shape(at element: XMLNode) throws(NotCheckedCause) -> Shape? {
    throw NotCheckedCause(.librariesUnavailable, detail: Self.noEngine)
  }

  /// GEOS's reason and location when the shape is not valid.
  func invalidity(of shape: Shape) throws(NotCheckedCause) -> (reason: String, point: SpatialDetail.Point?)? {
    throw NotCheckedCause(.librariesUnavailable, detail: Self.noEngine)
  }

  /// Geodesic area on the CGCS2000 ellipsoid, m².
  func area(of shape: Shape) throws(NotCheckedCause) -> Double {
    throw NotCheckedCause(.librariesUnavailable, detail: Self.noEngine)
  }

  /// Whether `outer` covers `inner`, and the geodesic area of `inner` outside it (m²).
  func covers(_ outer: Shape, _ inner: Shape) throws(NotCheckedCause) -> (covered: Bool, outsideArea: Double) {
    throw NotCheckedCause(.librariesUnavailable, detail: Self.noEngine)
  }

  /// Geodesic area of the intersection (m²); 0 when the two only touch.
  func intersectionArea(_ a: Shape, _ b: Shape) throws(NotCheckedCause) -> Double {
    throw NotCheckedCause(.librariesUnavailable, detail: Self.noEngine)
  }

  /// The pairs of `shapes` whose intersection has a positive geodesic area (m²), each pair once, in document order
  /// of the first.
  func overlappingPairs(_ shapes: [Shape]) throws(NotCheckedCause) -> [(Shape, Shape, Double)] {
    throw NotCheckedCause(.librariesUnavailable, detail: Self.noEngine)
  }

  /// Every feature of the role's layer (matching `condition`) the shape overlaps, with the overlap's area.
  func overlaps(of shape: Shape, role: String, where condition: LayerCondition?) throws(NotCheckedCause) -> [LayerHit] {
    throw NotCheckedCause(.librariesUnavailable, role: role, detail: Self.noEngine)
  }

  /// The nearest feature within `limit` metres, with the distance.
  func nearest(
    to shape: Shape, role: String, where condition: LayerCondition?, within limit: Double
  )
    throws(NotCheckedCause) -> LayerHit?
  {
    throw NotCheckedCause(.librariesUnavailable, role: role, detail: Self.noEngine)
  }

  /// The shape's point farthest from the role's (matching) features, with its distance to the nearest of them.
  func farthest(of shape: Shape, role: String, where condition: LayerCondition?) throws(NotCheckedCause) -> LayerHit? {
    throw NotCheckedCause(.librariesUnavailable, role: role, detail: Self.noEngine)
  }

  /// A point inside the shape, in the input CRS and in longitude, latitude.
  func point(of shape: Shape) throws(NotCheckedCause) -> SpatialDetail.Point {
    throw NotCheckedCause(.librariesUnavailable, detail: Self.noEngine)
  }

  /// The finding's detail for a shape: the unit that holds it (the geometry element's parent), its line and point.
  func detail(of shape: Shape) throws(NotCheckedCause) -> SpatialDetail {
    let owner = shape.element.parent
    return SpatialDetail(
      unitID: owner?.attribute("id"), unitName: owner.flatMap(Self.name(of:)), geometryLine: shape.line,
      point: try point(of: shape))
  }

  private static func name(of element: XMLNode) -> String? {
    element.firstChild(named: XMLName("name", namespace: Namespaces.submission))?.stringValue.trimmed
  }
}

/// A layer feature a shape overlaps or lies near.
struct LayerHit {
  var feature: SpatialDetail.Feature
  /// Overlap area, m² (0 for a distance).
  var area: Double
  /// Distance, m (0 for an overlap).
  var distance: Double
  /// Where: a point of the overlap, or the shape's point nearest (farthest from) the feature.
  var point: SpatialDetail.Point?
}
