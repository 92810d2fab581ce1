import Foundation

/// Generates valid submissions of any size, deterministically, from the standard's example base: its first restoration
/// unit is repeated `units` times with varied damage levels, matching modes and areas, while the project area and the
/// sub-project budgets are kept consistent with the totals. For tests and benchmarks; never committed.
public struct SubmissionGenerator: Sendable {
  /// Number of restoration units.
  public var units: Int
  /// Seed of the pseudo-random choices: the same seed gives the same bytes.
  public var seed: UInt64
  /// When set, every `faultEvery`-th unit gets an invalid restoration mode (`landscaping`), a known finding.
  public var faultEvery: Int?
  /// The submission format version written: 1 (as the example base), or 2, which adds the version-2 sections
  /// (`SubmissionGenerator+Version2`) consistent with the generated units and budgets.
  public var formatVersion: Int
  /// When set (version 2 only), every unit and the project boundary get a synthetic `<geometry>` in this CRS
  /// (`SubmissionGenerator+Geometry`); units are then sized to fit a county-sized layout.
  public var geometry: GeometryCRS?

  public init(
    units: Int, seed: UInt64 = 1, faultEvery: Int? = nil, formatVersion: Int = 1, geometry: GeometryCRS? = nil
  ) {
    self.units = max(1, units)
    self.seed = seed
    self.faultEvery = faultEvery
    self.formatVersion = formatVersion
    self.geometry = geometry
  }

  /// The invalid mode that fault injection writes.
  public static let faultyMode = "landscaping"

  public enum Failure: Error, Equatable {
    /// The base submission lacks the parts the generator edits (`<units>`, a first `<unit>`, `investment/total`).
    case unsupportedBase(String)
  }

  /// The generated submission as UTF-8 bytes.
  public func generate(from base: [UInt8]) throws(Failure) -> [UInt8] {
    let text = String(decoding: base, as: UTF8.self)
    guard let unitsOpen = text.range(of: "<units>"), let unitsClose = text.range(of: "</units>"),
      let unitStart = text.range(of: "<unit ", range: unitsOpen.upperBound..<unitsClose.lowerBound),
      let unitEnd = text.range(of: "</unit>", range: unitStart.lowerBound..<unitsClose.lowerBound)
    else { throw .unsupportedBase("no <units> with a first <unit>") }
    let template = String(text[unitStart.lowerBound..<unitEnd.upperBound])
    guard let total = Self.investmentTotalInYuan(text) else { throw .unsupportedBase("no investment/total") }
    var random = SplitMix64(seed: seed)
    let budgets = Self.split(total, into: units * 2)
    var body = ""
    body.reserveCapacity(units * (template.utf8.count + 64))
    var totalArea = 0
    var unitHectares: [Int] = []
    // Without geometry the version-1 range, 200…599; with it, as much of that range as fits the layout.
    let shares = geometry == nil ? 200...599 : Self.shareRange(units: units)
    for index in 0..<units {
      let damage = ["light", "moderate", "severe"][Int(random.next() % 3)]
      let faulty = faultEvery.map { (index + 1) % $0 == 0 } ?? false
      let mode = faulty ? Self.faultyMode : Self.mode(for: damage)
      // Sub-project areas 2·share and share ha.
      let share = shares.lowerBound + Int(random.next() % UInt64(shares.count))
      totalArea += 3 * share
      unitHectares.append(3 * share)
      body +=
        "\n    "
        + Self.unit(
          template, number: index + 1, mode: mode, damage: damage,
          areas: (3 * share, 2 * share, share), budgets: (budgets[2 * index], budgets[2 * index + 1]))
    }
    var output = String(text[..<unitsOpen.upperBound]) + body + "\n  " + String(text[unitsClose.lowerBound...])
    output = Self.replacingProjectArea(in: output, with: totalArea)
    if formatVersion == 2 {
      output = Self.version2(output, totalYuan: total, treatedHectares: totalArea)
      if let geometry { output = Self.addingGeometry(output, unitHectares: unitHectares, crs: geometry) }
    }
    return Array(output.utf8)
  }

  static func mode(for damage: String) -> String {
    switch damage {
    case "light": return "natural-recovery"
    case "severe": return "reconstruction"
    default: return "assisted-regeneration"
    }
  }

  /// The template unit with new ids, mode, damage, areas (ha) and budgets (yuan).
  static func unit(
    _ template: String, number: Int, mode: String, damage: String, areas: (Int, Int, Int), budgets: (Int, Int)
  ) -> String {
    var unit = template
    let id = attribute("id", in: unit) ?? "U1"
    unit = unit.replacingOccurrences(of: "\"\(id)", with: "\"U\(number)")
    unit = replacingAttribute("mode", with: mode, in: unit)
    unit = replacingAttribute("damage", with: damage, in: unit)
    var areaValues = [areas.0, areas.1, areas.2].makeIterator()
    unit = replacingElements("area", in: unit) { "<area unit=\"ha\">\(areaValues.next() ?? 0)</area>" }
    var budgetValues = [budgets.0, budgets.1].makeIterator()
    unit = replacingElements("budget", in: unit) { "<budget unit=\"yuan\">\(budgetValues.next() ?? 0)</budget>" }
    return unit
  }

  /// Splits `total` into `parts` whole amounts that add up to it exactly.
  static func split(_ total: Int, into parts: Int) -> [Int] {
    let share = total / parts
    var amounts = Array(repeating: share, count: parts)
    amounts[parts - 1] += total - share * parts
    return amounts
  }

  static func investmentTotalInYuan(_ text: String) -> Int? {
    guard let start = text.range(of: "<total unit=\""),
      let close = text.range(of: "</total>", range: start.upperBound..<text.endIndex)
    else { return nil }
    let inner = text[start.upperBound..<close.lowerBound]
    guard let quote = inner.firstIndex(of: "\""), let gt = inner.firstIndex(of: ">"),
      let unit = QuantityUnit.named(String(inner[..<quote])), let yuan = QuantityUnit.named("yuan"),
      let value = Quantity.number(String(inner[inner.index(after: gt)...]).trimmed),
      let converted = unit.convert(value, to: yuan), converted >= 0, converted < 1e15
    else { return nil }
    return Int(converted.rounded())
  }

  /// Sets the project's own `<area>` (the one after `<period …/>`) to `hectares`.
  static func replacingProjectArea(in text: String, with hectares: Int) -> String {
    guard let period = text.range(of: "<period "),
      let periodEnd = text.range(of: "/>", range: period.upperBound..<text.endIndex)
    else { return text }
    let after = text[periodEnd.upperBound...]
    let leading = after.prefix { $0.isWhitespace }
    guard after.dropFirst(leading.count).hasPrefix("<area "), let close = after.range(of: "</area>") else {
      return text
    }
    return String(text[..<periodEnd.upperBound]) + leading + "<area unit=\"ha\">\(hectares)</area>"
      + String(text[close.upperBound...])
  }

  static func attribute(_ name: String, in element: String) -> String? {
    guard let start = element.range(of: " \(name)=\"") else { return nil }
    return element[start.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
  }

  static func replacingAttribute(_ name: String, with value: String, in element: String) -> String {
    guard let old = attribute(name, in: element) else { return element }
    return element.replacingOccurrences(of: " \(name)=\"\(old)\"", with: " \(name)=\"\(value)\"")
  }

  /// Replaces each `<name …>…</name>` in turn with `make()`.
  static func replacingElements(_ name: String, in text: String, _ make: () -> String) -> String {
    var output = ""
    var rest = Substring(text)
    while let open = rest.range(of: "<\(name) "),
      let close = rest.range(of: "</\(name)>", range: open.upperBound..<rest.endIndex)
    {
      output += rest[..<open.lowerBound] + make()
      rest = rest[close.upperBound...]
    }
    return output + rest
  }
}

/// A tiny deterministic generator (SplitMix64): the same seed gives the same sequence on every platform.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
