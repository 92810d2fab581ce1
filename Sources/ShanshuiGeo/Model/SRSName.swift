/// Reading a GML `srsName`. Three spellings of an EPSG code are identifiers of the same CRS (never fetched):
/// `EPSG:4490`, `urn:ogc:def:crs:EPSG::4490` (optionally with a version between the colons) and
/// `http://www.opengis.net/def/crs/EPSG/0/4490` (also `https`). The legacy `http://www.opengis.net/gml/srs/epsg.xml#4490`
/// is refused: GML 2 and early WFS software read it as longitude first, later software as EPSG's latitude first, so
/// the coordinates' meaning cannot be known.
public enum SRSName {
  /// Why an `srsName` is not accepted.
  public enum Problem: Error, Equatable, Sendable {
    /// The legacy `…/epsg.xml#CODE` form: its axis order is ambiguous.
    case legacyForm(code: Int)
    /// An EPSG code shanshui does not support (e.g. WGS 84, 4326).
    case unsupportedCode(Int)
    /// Not an EPSG identifier in any accepted form.
    case unrecognised
  }

  /// The CRS named by `text`, or why it is refused.
  public static func parse(_ text: String) -> Result<GeoCRS, Problem> {
    let name = text.trimmingWhitespace()
    if let code = legacyCode(name) { return .failure(.legacyForm(code: code)) }
    guard let code = epsgCode(name) else { return .failure(.unrecognised) }
    guard let crs = GeoCRS(epsg: code) else { return .failure(.unsupportedCode(code)) }
    return .success(crs)
  }

  /// The accepted spellings for `crs`, in the order documented.
  public static func spellings(of crs: GeoCRS) -> [String] {
    let code = crs.epsg
    return ["EPSG:\(code)", "urn:ogc:def:crs:EPSG::\(code)", "http://www.opengis.net/def/crs/EPSG/0/\(code)"]
  }

  private static func epsgCode(_ name: String) -> Int? {
    let lower = name.lowercased()
    if lower.hasPrefix("epsg:") { return number(lower.dropFirst(5)) }
    if lower.hasPrefix("urn:ogc:def:crs:epsg:") {
      // urn:ogc:def:crs:EPSG:{version}:{code}; the version may be empty.
      let rest = lower.dropFirst("urn:ogc:def:crs:epsg:".count)
      guard let colon = rest.lastIndex(of: ":") else { return nil }
      let version = rest[..<colon]
      guard version.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
      return number(rest[rest.index(after: colon)...])
    }
    for prefix in ["http://www.opengis.net/def/crs/epsg/", "https://www.opengis.net/def/crs/epsg/"]
    where lower.hasPrefix(prefix) {
      // …/EPSG/{version}/{code}; the register's version is 0.
      let rest = lower.dropFirst(prefix.count)
      guard let slash = rest.firstIndex(of: "/"), rest[..<slash].allSatisfy({ $0.isNumber || $0 == "." }) else {
        return nil
      }
      return number(rest[rest.index(after: slash)...])
    }
    return nil
  }

  private static func legacyCode(_ name: String) -> Int? {
    let lower = name.lowercased()
    for prefix in ["http://www.opengis.net/gml/srs/epsg.xml#", "https://www.opengis.net/gml/srs/epsg.xml#"]
    where lower.hasPrefix(prefix) {
      return number(lower.dropFirst(prefix.count))
    }
    return nil
  }

  private static func number(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.count <= 6, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(text)
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view.removeFirst() }
    while let last = view.last, last.isWhitespace { view.removeLast() }
    return String(view)
  }
}
