import ShanshuiGeo
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
  /// Geometry that could not be read or measured (E600–E606), each once.
  private(set) var diagnostics: [Diagnostic] = []
  /// Reads every geometry of the document against one position limit (E605).
  private var reader: GMLReader
  /// Each geometry element read, by node: prepared, or nil when it could not be read (already reported).
  private var shapes: [XMLNode.Identity: Int?] = [:]
  private(set) var prepared: [PreparedShape] = []
  /// Maps drawn for this file so far (at most `LayerSet.sketchesPerFile`).
  var sketchesDrawn = 0
  /// Set once the libraries failed to load: every later measurement is not checked for the same reason.
  private var unavailable: NotCheckedCause?

  init(layers: LayerSet, file: String, source: [UInt8]?, maxPositions: Int) {
    self.layers = layers
    self.file = file
    reader = GMLReader(options: GMLReader.Options(maxPositions: maxPositions), source: source)
  }

  /// Why rules reading `role` cannot be judged; nil when its layer is at hand.
  func unavailability(of role: String) -> NotCheckedCause? {
    if let libraries = layers.librariesUnavailable {
      return NotCheckedCause(.librariesUnavailable, role: role, detail: libraries)
    }
    if let problem = layers.unusable[role] {
      // The problem itself is reported once for the run; here its code points to it.
      return NotCheckedCause(.layerUnusable, role: role, detail: LocalizedText(problem.code.rawValue))
    }
    guard layers.sources[role] != nil else { return NotCheckedCause(.layerNotGiven, role: role) }
    return nil
  }

  /// The geometry at `element`, read and prepared on first use; nil when it cannot be read (the problem is reported
  /// once as a diagnostic of the file: E601–E606).
  func shape(at element: XMLNode) throws(NotCheckedCause) -> Shape? {
    let key = element.identity
    if let known = shapes[key] {
      return known.map { Shape(element: element, line: element.line, index: $0) }
    }
    if let unavailable { throw unavailable }
    let worker = try self.worker(line: element.line)
    switch reader.read(element) {
    case .failure(let problem):
      diagnostics.append(problem.diagnostic(file: file))
      shapes[key] = .some(nil)
      return nil
    case .success(let geometry):
      do {
        prepared.append(try worker.prepare(geometry.shape))
      } catch {
        if case .librariesUnavailable = error { throw librariesUnavailable(error, line: geometry.line) }
        diagnostics.append(Self.diagnostic(error, file: file, line: geometry.line))
        shapes[key] = .some(nil)
        return nil
      }
      shapes[key] = prepared.count - 1
      return Shape(element: element, line: element.line, index: prepared.count - 1)
    }
  }

  /// GEOS's reason and location when the shape is not valid.
  func invalidity(of shape: Shape) throws(NotCheckedCause) -> (reason: String, point: SpatialDetail.Point?)? {
    guard let invalid = try worker().invalidity(of: prepared[shape.index]) else { return nil }
    return (invalid.reason, Self.point(invalid.location))
  }

  /// Geodesic area on the CGCS2000 ellipsoid, m².
  /// Why a rule other than `geometry-valid` is not judged on `shape`: it is invalid (nil when it is valid).
  func invalidCause(of shape: Shape) throws(NotCheckedCause) -> NotCheckedCause? {
    guard let invalid = try invalidity(of: shape) else { return nil }
    return NotCheckedCause(.geometryInvalid, detail: LocalizedText(invalid.reason))
  }

  func area(of shape: Shape) throws(NotCheckedCause) -> Double {
    try worker().geodesicArea(of: prepared[shape.index])
  }

  /// An interval holding the geodesic area (m²), cheaper than `area(of:)`; nil when it cannot be bounded.
  func areaEnclosure(of shape: Shape) throws(NotCheckedCause) -> ClosedRange<Double>? {
    try worker().geodesicAreaEnclosure(of: prepared[shape.index])
  }

  /// Whether `outer` covers `inner`, and the geodesic area of `inner` outside it (m²).
  func covers(_ outer: Shape, _ inner: Shape) throws(NotCheckedCause) -> (covered: Bool, outsideArea: Double) {
    let worker = try self.worker()
    do {
      return try worker.covers(prepared[outer.index], prepared[inner.index])
    } catch {
      throw measurementFailed(error, at: inner)
    }
  }

  /// Geodesic area of the intersection (m²); 0 when the two only touch.
  func intersectionArea(_ a: Shape, _ b: Shape) throws(NotCheckedCause) -> Double {
    let worker = try self.worker()
    do {
      return try worker.intersectionArea(prepared[a.index], prepared[b.index])
    } catch {
      throw measurementFailed(error, at: a)
    }
  }

  /// The pairs of `shapes` whose intersection has a positive geodesic area (m²), each pair once, the first in
  /// document order first. Only pairs whose lon/lat envelopes meet are measured (a sweep over the envelopes sorted
  /// by west edge), so many units far apart cost little more than sorting them.
  func overlappingPairs(_ shapes: [Shape]) throws(NotCheckedCause) -> [(Shape, Shape, Double)] {
    let order = shapes.indices.sorted { prepared[shapes[$0].index].west < prepared[shapes[$1].index].west }
    var pairs: [(Int, Int, Double)] = []
    for (position, i) in order.enumerated() {
      let a = prepared[shapes[i].index]
      for j in order[(position + 1)...] {
        let b = prepared[shapes[j].index]
        if b.west > a.east { break }
        guard b.south <= a.north, a.south <= b.north else { continue }
        let area = try intersectionArea(shapes[i], shapes[j])
        if area > 0 { pairs.append((min(i, j), max(i, j), area)) }
      }
    }
    return pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { (shapes[$0.0], shapes[$0.1], $0.2) }
  }

  /// Every feature of the role's layer (matching `condition`) the shape overlaps with a positive area, with the
  /// overlap's geodesic area and a point inside it.
  func overlaps(of shape: Shape, role: String, where condition: LayerCondition?) throws(NotCheckedCause) -> [LayerHit] {
    let (worker, layer) = try measuring(role)
    do {
      return try worker.overlaps(of: prepared[shape.index], with: layer, where: Self.filter(condition)).map {
        LayerHit(
          feature: Self.feature(layer, $0.featureIndex, role: role), area: $0.area, distance: 0,
          point: Self.point($0.point), featureIndex: $0.featureIndex)
      }
    } catch {
      throw measurementFailed(error, at: shape)
    }
  }

  /// The nearest feature within `limit` metres, with the distance and the shape's nearest point.
  func nearest(
    to shape: Shape, role: String, where condition: LayerCondition?, within limit: Double
  )
    throws(NotCheckedCause) -> LayerHit?
  {
    let (worker, layer) = try measuring(role)
    do {
      return try worker.nearest(to: prepared[shape.index], in: layer, where: Self.filter(condition), within: limit)
        .map { hit(layer, $0, role: role) }
    } catch {
      throw measurementFailed(error, at: shape)
    }
  }

  /// The shape's point farthest from the role's (matching) features, with its distance to the nearest of them.
  func farthest(of shape: Shape, role: String, where condition: LayerCondition?) throws(NotCheckedCause) -> LayerHit? {
    let (worker, layer) = try measuring(role)
    do {
      return try worker.farthest(of: prepared[shape.index], from: layer, where: Self.filter(condition)).map {
        hit(layer, $0, role: role)
      }
    } catch {
      throw measurementFailed(error, at: shape)
    }
  }

  private func hit(_ layer: GeoLayer, _ distance: LayerDistance, role: String) -> LayerHit {
    LayerHit(
      feature: Self.feature(layer, distance.featureIndex, role: role), area: 0, distance: distance.distance,
      point: Self.point(distance.pointOnShape), featureIndex: distance.featureIndex,
      featurePoint: Self.point(distance.pointOnFeature))
  }

  /// The thread's worker and the role's layer (the caller checked `unavailability(of:)` first).
  private func measuring(_ role: String) throws(NotCheckedCause) -> (GeoWorker, GeoLayer) {
    let worker = try self.worker()
    guard let layer = layers.loaded[role] else {
      throw unavailability(of: role) ?? NotCheckedCause(.layerNotGiven, role: role)
    }
    return (worker, layer)
  }

  private static func filter(_ condition: LayerCondition?) -> LayerFilter? {
    condition.map { LayerFilter(field: $0.field, values: Set($0.values)) }
  }

  /// A layer feature as findings name it: its `id` attribute or file FID, and its name attribute if any.
  static func feature(_ layer: GeoLayer, _ index: Int, role: String) -> SpatialDetail.Feature {
    let feature = layer.features[index]
    let attributes = feature.attributes
    return SpatialDetail.Feature(
      role: role, id: attributes["id"] ?? attributes["ID"] ?? String(feature.fid),
      name: attributes["name"] ?? attributes["NAME"] ?? attributes["名称"])
  }

  /// A point inside the shape, in the input CRS and in longitude, latitude.
  func point(of shape: Shape) throws(NotCheckedCause) -> SpatialDetail.Point {
    Self.point(try worker().representativePoint(of: prepared[shape.index]))
  }

  /// The thread's worker; the libraries not loading makes every spatial rule of the document not checked.
  /// - parameter line: the geometry being measured, where E600 points if the libraries cannot be loaded.
  func worker(line: Int = 0) throws(NotCheckedCause) -> GeoWorker {
    if let unavailable { throw unavailable }
    do {
      return try GeoWorkers.current()
    } catch {
      throw librariesUnavailable(error, line: line)
    }
  }

  /// The libraries could not be loaded: E600 once for the document (at the first geometry it stopped at; the
  /// message names the library and its package), and every spatial rule of the document not checked.
  private func librariesUnavailable(_ error: GeoError, line: Int = 0) -> NotCheckedCause {
    if let unavailable { return unavailable }
    let cause = NotCheckedCause(.librariesUnavailable, detail: LocalizedText(error.description))
    unavailable = cause
    // With layers given the run has reported E600 once already; else the file reports it.
    if layers.librariesUnavailable == nil { diagnostics.append(Self.diagnostic(error, file: file, line: line)) }
    return cause
  }

  /// A measurement GEOS could not make on a readable geometry: the file's problem at the geometry, reported once;
  /// the rule is not judged there.
  private func measurementFailed(_ error: GeoError, at shape: Shape) -> NotCheckedCause {
    if case .librariesUnavailable = error { return librariesUnavailable(error, line: shape.line) }
    let diagnostic = Self.diagnostic(error, file: file, line: shape.line)
    if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    return NotCheckedCause(.geometryUnusable, detail: diagnostic.message)
  }

  /// A geometry problem as the file's diagnostic: E600 libraries, E604 outside the CRS's area of use, else E601.
  static func diagnostic(_ error: GeoError, file: String, line: Int) -> Diagnostic {
    let code: ErrorCode
    switch error {
    case .librariesUnavailable: code = .spatialUnavailable
    case .outsideAreaOfUse: code = .geometryOutsideCRSArea
    default: code = .geometryMalformed
    }
    return Diagnostic(code, LocalizedText(error.description), at: SourceLocation(file: file, line: line))
  }

  /// A GeoPoint as a finding's point.
  static func point(_ point: GeoPoint) -> SpatialDetail.Point {
    SpatialDetail.Point(
      crs: point.crs.description, first: point.position.first, second: point.position.second,
      longitude: point.longitude, latitude: point.latitude)
  }

  /// The finding's detail for a shape: the unit that holds it (the geometry element's parent), its line and point
  /// (`withPoint: false` when every finding sets its own point: GEOS's point on surface is not computed).
  func detail(of shape: Shape, withPoint: Bool = true) throws(NotCheckedCause) -> SpatialDetail {
    let owner = shape.element.parent
    return SpatialDetail(
      unitID: owner?.attribute("id"), unitName: owner.flatMap(Self.name(of:)), geometryLine: shape.line,
      point: withPoint ? try point(of: shape) : nil)
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
  /// The feature's index in its layer, and for a distance its point nearest `point` (what a map draws).
  var featureIndex: Int
  var featurePoint: SpatialDetail.Point? = nil
}
