import ShanshuiCore
import ShanshuiXML

/// Small documents holding one `<geometry>`, for the GML reader's tests.
enum GMLTestDocuments {
  static let gml = "http://www.opengis.net/gml/3.2"
  static let xlink = "http://www.w3.org/1999/xlink"

  /// A square in EPSG:4490 axis order (latitude, longitude) near 潼南, as a `gml:posList`.
  static let squarePosList = "30.18 105.84 30.18 105.85 30.19 105.85 30.19 105.84 30.18 105.84"

  /// `<geometry>` holding `inner` (GML written with the `gml` prefix), inside a one-element document. Line 1 is the
  /// XML declaration, line 2 the `<doc>`, line 3 the `<geometry>` start tag, `inner` from line 4.
  static func text(_ inner: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <doc xmlns="urn:shanshui:submission:1" xmlns:gml="\(gml)" xmlns:xlink="\(xlink)">
    <geometry>
    \(inner)
    </geometry>
    </doc>
    """
  }

  /// A polygon with one exterior ring given as a posList.
  static func polygon(srsName: String = "EPSG:4490", posList: String = squarePosList, attributes: String = "") -> String
  {
    """
    <gml:Polygon srsName="\(srsName)"\(attributes)>
      <gml:exterior><gml:LinearRing><gml:posList>\(posList)</gml:posList></gml:LinearRing></gml:exterior>
    </gml:Polygon>
    """
  }

  /// The parsed document and its `<geometry>` element.
  static func geometry(_ text: String) throws -> (XMLNode, [UInt8]) {
    let bytes = Array(text.utf8)
    let document = try XMLDocument.parse(bytes, url: "g.xml", dropIgnorableWhitespace: true)
    guard let root = document.root, let geometry = root.childElements.first else { throw Missing() }
    return (geometry, bytes)
  }

  struct Missing: Error {}

  /// Reads the `<geometry>` of `inner` with the source at hand (for columns).
  static func read(_ inner: String, options: GMLReader.Options = .init()) throws -> Result<GMLGeometry, GMLProblem> {
    let (geometry, bytes) = try Self.geometry(text(inner))
    var reader = GMLReader(options: options, source: bytes)
    return reader.read(geometry)
  }
}

extension Result {
  var problem: Failure? {
    if case .failure(let failure) = self { return failure }
    return nil
  }

  var value: Success? {
    if case .success(let success) = self { return success }
    return nil
  }
}
