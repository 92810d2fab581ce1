/// The `dates` check in XPath 1.0, as rule-level variables (`sch:let`) and one failure condition.
///
/// Dates are read as shanshui's `CivilDate` reads the `xs:date` values the submission schema admits: `YYYY-MM-DD`
/// with a real day of the month, anything after the tenth character (a time zone) ignored.
struct DatesXPath {
  let check: DatesCheck
  let parameters: [String: ResolvedParameter]

  /// The variables, in order, and the condition under which the check fails (both dates present).
  func translate() throws(Unexpressible) -> (lets: [SchematronLet], fails: String) {
    var lets = [
      SchematronLet(name: "_ss-start", value: XPathText.trimmed("(\(check.start.xpath))[1]")),
      SchematronLet(name: "_ss-end", value: XPathText.trimmed("(\(check.end.xpath))[1]")),
    ]
    lets += parts("_ss-start") + parts("_ss-end")
    var fails = ["not($_ss-start-ok and $_ss-end-ok)", "\(ymd("_ss-end")) < \(ymd("_ss-start"))"]
    if let duration = try durationFailure(lets: &lets) { fails.append(duration) }
    return (lets, XPathText.any(fails))
  }

  /// Year, month, day and validity of the date in variable `name`.
  private func parts(_ name: String) -> [SchematronLet] {
    let text = "$\(name)"
    let y = "$\(name)-y"
    let m = "$\(name)-m"
    let d = "$\(name)-d"
    let digits = "concat(substring(\(text), 1, 4), substring(\(text), 6, 2), substring(\(text), 9, 2))"
    let ok = [
      "string-length(\(text)) >= 10", "translate(\(digits), '0123456789', '') = ''",
      "substring(\(text), 5, 1) = '-'", "substring(\(text), 8, 1) = '-'",
      "\(m) >= 1", "\(m) <= 12", "\(d) >= 1", "\(d) <= \(Self.daysInMonth(m, y))",
    ]
    return [
      SchematronLet(name: "\(name)-y", value: "number(substring(\(text), 1, 4))"),
      SchematronLet(name: "\(name)-m", value: "number(substring(\(text), 6, 2))"),
      SchematronLet(name: "\(name)-d", value: "number(substring(\(text), 9, 2))"),
      SchematronLet(name: "\(name)-ok", value: XPathText.all(ok)),
    ]
  }

  private func ymd(_ name: String) -> String { "($\(name)-y * 10000 + $\(name)-m * 100 + $\(name)-d)" }

  /// The days in month `m` of year `y` (31 for a month outside 1…12, as `CivilDate.days` does).
  static func daysInMonth(_ m: String, _ y: String) -> String {
    let leap = "((\(y) mod 4 = 0 and \(y) mod 100 != 0) or \(y) mod 400 = 0)"
    return "(31 - (\(m) = 4 or \(m) = 6 or \(m) = 9 or \(m) = 11) - (\(m) = 2) * (3 - \(leap)))"
  }

  /// Days since 1970-01-01 of the date in variable `name` (`CivilDate.dayNumber`).
  static func dayNumber(_ name: String) -> String {
    let y = "$\(name)-y"
    let m = "$\(name)-m"
    let d = "$\(name)-d"
    let shifted = "(\(y) - (\(m) <= 2))"
    let era = "floor(\(shifted) div 400)"
    let yearOfEra = "(\(shifted) - \(era) * 400)"
    let dayOfYear = "(floor((153 * (\(m) - 3 * (\(m) > 2) + 9 * (\(m) <= 2)) + 2) div 5) + \(d) - 1)"
    let dayOfEra = "(\(yearOfEra) * 365 + floor(\(yearOfEra) div 4) - floor(\(yearOfEra) div 100) + \(dayOfYear))"
    return "(\(era) * 146097 + \(dayOfEra) - 719468)"
  }

  /// The condition that the period is longer than `maxDuration` (`CivilDate.adding`); `nil` without one, or when
  /// the limit is beyond 10,000 years.
  private func durationFailure(lets: inout [SchematronLet]) throws(Unexpressible) -> String? {
    guard let bound = check.maxDuration else { return nil }
    let amount: Double
    let unit: QuantityUnit
    switch bound {
    case .literal(let value):
      amount = value
      unit = check.unit ?? QuantityUnit.named("year")!
    case .parameter(let id):
      guard let parameter = parameters[id] else { return nil }
      amount = parameter.number
      unit = parameter.parameter.unit
    }
    guard amount.isFinite, abs(amount * unit.factor) < 3_652_425 else { return nil }
    if amount == amount.rounded(), unit.id == "year" || unit.id == "month" {
      let months = Int(amount) * (unit.id == "year" ? 12 : 1)
      // Swift's `/` and `%` truncate; XPath's `mod` does too, and (i - i mod 12) div 12 is the truncated quotient.
      lets.append(SchematronLet(name: "_ss-index", value: "$_ss-start-y * 12 + $_ss-start-m - 1 + (\(months))"))
      lets.append(SchematronLet(name: "_ss-limit-y", value: "($_ss-index - $_ss-index mod 12) div 12"))
      lets.append(SchematronLet(name: "_ss-limit-m", value: "$_ss-index mod 12 + 1"))
      let days = Self.daysInMonth("$_ss-limit-m", "$_ss-limit-y")
      lets.append(
        SchematronLet(name: "_ss-limit-d", value: "$_ss-start-d - ($_ss-start-d > \(days)) * ($_ss-start-d - \(days))"))
      return "\(ymd("_ss-end")) >= \(ymd("_ss-limit"))"
    }
    let days = Int((amount * unit.factor).rounded(.down))
    return "\(Self.dayNumber("_ss-end")) - \(Self.dayNumber("_ss-start")) >= \(days)"
  }
}
