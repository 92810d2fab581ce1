import ShanshuiXML

/// `dates`: the end is not before the start, and the period (both days counted) is at most `maxDuration`.
public struct DatesCheck: RuleCheck {
  public let start: SimplePath
  public let end: SimplePath
  public let maxDuration: Bound?
  public let unit: QuantityUnit?

  public static let description = CheckKindDescription(
    name: "dates",
    summary: LocalizedText(
      zh: "结束日期不早于开始日期；如给出 maxDuration，则实施期（含首尾两日）不超过该时长，按日历年、月、日计算。失败位置为上下文节点。",
      en:
        "The end is not before the start; with maxDuration, the period (both days included) is at most that long, counted in calendar years, months or days. Reported on the context node."
    ),
    placeholders: ["start", "end", "actual", "limit", "unit"],
    exampleRule: """
      <rule id="SS-TST-007" severity="error">
        <title lang="zh">实施期不超过3年</title><title lang="en">The period is at most 3 years</title>
        <message lang="zh">实施期 {start} 至 {end}，约 {actual} {unit}，超过 {limit} {unit}</message>
        <message lang="en">The period {start} to {end} lasts about {actual} {unit}, more than {limit} {unit}</message>
        <source ref="test-source"/>
        <context>/s:submission/s:period</context>
        <dates start="@start" end="@end" maxDuration="3" unit="year"/>
        <example outcome="pass" profile="sichuan"/>
        <example outcome="fail" profile="sichuan"><set path="period/@end">2029-01-01</set></example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    start = try element.simplePath("start")
    end = try element.simplePath("end")
    maxDuration = try element.bound("maxDuration")
    unit = try element.unit()
    if let unit, unit.dimension != .duration {
      throw element.fail(
        "dates 的单位须为 year、month 或 day", "the unit of dates must be year, month or day",
        code: .unitMismatch)
    }
  }

  public var parameterIDs: [String] { [maxDuration?.parameterID].compactMap { $0 } }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [start, end] }
  /// One limit, the longest duration: its failure names it in `{limit}`.
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    guard let startNode = start.first(from: node), let endNode = end.first(from: node) else { return [] }
    let startText = startNode.stringValue.trimmed
    let endText = endNode.stringValue.trimmed
    var values: [String: LocalizedText] = [
      "start": LocalizedText(startText), "end": LocalizedText(endText),
      "actual": LocalizedText(""), "limit": LocalizedText(""), "unit": LocalizedText(""),
    ]
    guard let first = CivilDate(startText), let last = CivilDate(endText) else {
      return [CheckFailure(node: node, values: values)]
    }
    if last < first { return [CheckFailure(node: node, values: values)] }
    guard let bound = maxDuration?.resolve(in: context, literalUnit: unit ?? QuantityUnit.named("year")),
      let boundUnit = bound.unit
    else { return [] }
    guard let limitDate = first.adding(bound.value, boundUnit), last >= limitDate else { return [] }
    let days = Double(last.dayNumber - first.dayNumber + 1)
    values["actual"] = LocalizedText(NumberFormat.format((days / boundUnit.factor * 100).rounded() / 100))
    values["limit"] = LocalizedText(NumberFormat.format(bound.value))
    values["unit"] = boundUnit.symbol
    return [CheckFailure(node: node, values: values, parameter: bound.parameter)]
  }
}

/// A proleptic Gregorian date, as `xs:date` writes it (an optional time zone is ignored).
struct CivilDate: Comparable {
  var year: Int
  var month: Int
  var day: Int

  init?(_ text: String) {
    let body = text.prefix(10)
    let parts = body.split(separator: "-")
    guard body.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2]), (1...12).contains(month), (1...CivilDate.days(in: month, of: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  static func days(in month: Int, of year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
  var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date `amount` units later: whole years and months by the calendar (the day clamped to the month's end, so
  /// one month after 31 January is 28 or 29 February), anything else by whole days; `nil` beyond 10,000 years, where
  /// no limit is meaningful.
  func adding(_ amount: Double, _ unit: QuantityUnit) -> CivilDate? {
    guard amount.isFinite, abs(amount * unit.factor) < 3_652_425 else { return nil }
    if amount == amount.rounded(), unit.id == "year" || unit.id == "month" {
      let months = Int(amount) * (unit.id == "year" ? 12 : 1)
      let index = year * 12 + (month - 1) + months
      let newYear = index / 12
      let newMonth = index % 12 + 1
      return CivilDate(year: newYear, month: newMonth, day: Swift.min(day, CivilDate.days(in: newMonth, of: newYear)))
    }
    // The period counts both days: D = last - first + 1 exceeds L days exactly when last - first >= floor(L).
    return CivilDate(dayNumber: dayNumber + Int((amount * unit.factor).rounded(.down)))
  }

  init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  }

  static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}
