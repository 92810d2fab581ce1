/// What a check's target measures, known before any submission is read: the submission schema types each quantity
/// element (`area` is an `AreaQuantity`, `survivalRate` a `ShareQuantity`, …), so a `range` on `area` compared with
/// a `percent` parameter is a mistake of the rule document, found at load and by lint (SL008), not a finding that
/// says "面积 1200 % 小于 300 %".
public enum TargetDimension {
  /// Quantity elements of the submission schema (`standards/schema/submission.xsd`) whose type fixes a dimension.
  /// Elements typed `Quantity` (any unit, such as `target`) are not listed, nor names the schema gives several types
  /// (`period` is the project's start and end, and a monitoring duration). A test keeps this in step with the schema.
  public static let elements: [String: QuantityUnit.Dimension] = [
    "area": .area, "treatedArea": .area,
    "bufferWidth": .length, "shoreline": .length, "distanceFromBank": .length,
    "budget": .money, "payment": .money, "total": .money,
    "cover": .share, "naturalShoreline": .share, "retentionRate": .share, "survivalRate": .share,
    "slope": .angle,
  ]

  /// The schema type behind each dimension of `elements`.
  public static let schemaTypes: [String: QuantityUnit.Dimension] = [
    "AreaQuantity": .area, "LengthQuantity": .length, "MoneyQuantity": .money, "ShareQuantity": .share,
    "DurationQuantity": .duration, "DegreeQuantity": .angle,
  ]

  /// The dimension of the element a simple path ends on; a path of `.` ends on the context's last step.
  public static func of(path: SimplePath, context: String) -> QuantityUnit.Dimension? {
    guard path.attribute == nil else { return nil }
    if let last = path.elements.last { return elements[last.localName] }
    return lastStep(of: context).flatMap { elements[$0] }
  }

  /// The local name of an XPath's last step (`/s:submission/s:mine/s:survivalRate` → `survivalRate`), predicates
  /// dropped; `nil` when the path does not end on a plain named step.
  static func lastStep(of xpath: String) -> String? {
    var text = Substring(xpath.trimmed)
    // Drop trailing predicates, balancing brackets (predicates may nest).
    while text.hasSuffix("]") {
      var depth = 0
      var cut: Substring.Index?
      for index in text.indices.reversed() {
        if text[index] == "]" { depth += 1 } else if text[index] == "[" {
          depth -= 1
          if depth == 0 { cut = index; break }
        }
      }
      guard let cut else { return nil }
      text = text[..<cut]
    }
    guard let slash = text.lastIndex(of: "/") else { return nil }
    let step = text[text.index(after: slash)...]
    let name = step.split(separator: ":").last.map(String.init) ?? ""
    return name.isXMLName ? name : nil
  }

  /// Problems of a range whose target's dimension is known: a parameter bound or the check's unit of another one.
  static func problems(of range: RangeCheck, context: String, parameters: [String: Parameter]) -> [LocalizedText] {
    guard let dimension = of(path: range.path, context: context) else { return [] }
    var problems: [LocalizedText] = []
    if let unit = range.unit, unit.dimension != dimension {
      problems.append(mismatch("unit \(unit.id)", "单位 \(unit.id)", unit.dimension, target: range.path, dimension))
    }
    // With a unit on the check, its parameters are compared with that unit (`unitProblems`) instead.
    for id in range.unit == nil ? range.parameterIDs : [] {
      guard let parameter = parameters[id], parameter.unit.dimension != dimension else { continue }
      problems.append(mismatch(
        "parameter \(id) (\(parameter.unit.id))", "参数 \(id)（\(parameter.unit.id)）", parameter.unit.dimension,
        target: range.path, dimension))
    }
    return problems
  }

  private static func mismatch(
    _ en: String, _ zh: String, _ given: QuantityUnit.Dimension, target: SimplePath, _ expected: QuantityUnit.Dimension
  ) -> LocalizedText {
    LocalizedText(
      zh: "检查目标 \(target) 是\(expected.title.text(.zh))（\(expected.unitList.text(.zh))），\(zh)却是\(given.title.text(.zh))",
      en: "the check's target \(target) is \(expected.title.text(.en)) (\(expected.unitList.text(.en))) but \(en) is \(given.title.text(.en))")
  }

  /// `ss:quantity(…, 'km2') > $limit` (or `$limit < ss:quantity(…)`) where `$limit` is of another dimension than
  /// `km2`: the comparison means nothing. Only direct comparisons are seen; arithmetic around them is not followed.
  static func comparisonProblems(in expression: String, parameters: [String: Parameter]) -> [LocalizedText] {
    let text = Array(expression.unicodeScalars)
    var problems: [LocalizedText] = []
    let call = Array("ss:quantity(".unicodeScalars)
    var index = 0
    while index + call.count <= text.count {
      guard Array(text[index..<index + call.count]) == call else { index += 1; continue }
      // The call's extent, and its last argument when that is a string literal.
      var depth = 0
      var end = index + call.count - 1
      var quote: Unicode.Scalar?
      var lastComma = -1
      while end < text.count {
        let scalar = text[end]
        if let open = quote { if scalar == open { quote = nil } } else if scalar == "'" || scalar == "\"" {
          quote = scalar
        } else if scalar == "(" { depth += 1 } else if scalar == ")" {
          depth -= 1
          if depth == 0 { break }
        } else if scalar == "," && depth == 1 { lastComma = end }
        end += 1
      }
      guard end < text.count, lastComma > 0 else { index += call.count; continue }
      let argument = String(String.UnicodeScalarView(text[(lastComma + 1)..<end])).trimmed
      let unitID = argument.count > 2 ? String(argument.dropFirst().dropLast()) : ""
      if let unit = QuantityUnit.named(unitID) {
        for id in [parameter(after: text, from: end + 1), parameter(before: text, to: index)].compactMap({ $0 }) {
          guard let parameter = parameters[id], parameter.unit.dimension != unit.dimension else { continue }
          problems.append(LocalizedText(
            zh: "ss:quantity(…, '\(unit.id)') 是\(unit.dimension.title.text(.zh))，与之比较的参数 \(id)（\(parameter.unit.id)）却是\(parameter.unit.dimension.title.text(.zh))",
            en: "ss:quantity(…, '\(unit.id)') is \(unit.dimension.title.text(.en)) but the parameter \(id) (\(parameter.unit.id)) it is compared with is \(parameter.unit.dimension.title.text(.en))"))
        }
      }
      index = end + 1
    }
    return problems
  }

  private static let comparisons: [String] = ["<=", ">=", "!=", "<", ">", "="]

  /// `> $name` right after `position`: the parameter's id.
  private static func parameter(after text: [Unicode.Scalar], from position: Int) -> String? {
    var rest = String(String.UnicodeScalarView(text[min(position, text.count)...]))[...]
    rest = rest.drop { $0 == " " }
    guard let op = comparisons.first(where: { rest.hasPrefix($0) }) else { return nil }
    rest = rest.dropFirst(op.count).drop { $0 == " " }
    guard rest.hasPrefix("$") else { return nil }
    let name = rest.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    return name.isEmpty ? nil : String(name)
  }

  /// `$name <` right before `position`.
  private static func parameter(before text: [Unicode.Scalar], to position: Int) -> String? {
    var head = String(String.UnicodeScalarView(text[..<position]))[...]
    while head.hasSuffix(" ") { head = head.dropLast() }
    guard let op = comparisons.first(where: { head.hasSuffix($0) }) else { return nil }
    head = head.dropLast(op.count)
    while head.hasSuffix(" ") { head = head.dropLast() }
    let name = String(head.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }.reversed())
    guard !name.isEmpty, head.dropLast(name.count).hasSuffix("$") else { return nil }
    return name
  }
}
