import Foundation
import ShanshuiXML

/// Why a submission is judged on the date it is judged on, which decides the standard version that judges it.
public enum JudgingBasis: String, Sendable, Codable, CaseIterable {
  /// No date: the version was named (`--standard-version`).
  case standardVersion = "standard-version"
  /// A date given for the run (`--as-of`, or `as-of` in the configuration).
  case asOf = "as-of"
  /// A programme's call date (`project/programme/@callDate`).
  case callDate = "call-date"
  /// A programme's call year (`project/programme/@callYear`), read as 1 January of that year.
  case callYear = "call-year"
  /// The submission states neither: the day of the run (UTC).
  case today
}

/// The date a submission is judged on, and where it comes from.
public struct JudgingDate: Sendable, Hashable, Codable {
  public var date: CalendarDate
  public var basis: JudgingBasis
  /// For a call date or year: the programme's code it was read from.
  public var programme: String?
  /// For a call date or year: the attribute's value as written.
  public var written: String?

  public init(date: CalendarDate, basis: JudgingBasis, programme: String? = nil, written: String? = nil) {
    self.date = date
    self.basis = basis
    self.programme = programme
    self.written = written
  }

  private static let project = XMLName("project", namespace: Namespaces.submission)
  private static let programme = XMLName("programme", namespace: Namespaces.submission)

  /// The date a submission (its root element) is judged on when no date is given for the run.
  ///
  /// Each `project/programme` gives a date: its `@callDate` (a precise date, when the format has one), else its
  /// `@callYear` as 1 January of that year; a value that is not a date or year gives none. Of several programmes, the
  /// earliest date of a central programme (code `central-…`: the central calls are what the standard's versions
  /// follow) decides, else the earliest of any programme; a submission with no dated programme is judged `today`.
  public static func of(submission root: XMLNode?, today: CalendarDate) -> JudgingDate {
    let programmes = root?.firstChild(named: project)?.children(named: programme) ?? []
    let dated = programmes.compactMap(dated)
    let central = dated.filter { $0.programme?.hasPrefix("central-") == true }
    let earliest = { (dates: [JudgingDate]) in dates.min { $0.date < $1.date } }
    return earliest(central) ?? earliest(dated) ?? JudgingDate(date: today, basis: .today)
  }

  /// The date `programme` states: its call date, else 1 January of its call year.
  private static func dated(_ programme: XMLNode) -> JudgingDate? {
    let code = programme.attribute("code")
    if let written = programme.attribute("callDate"), let date = CalendarDate(withoutZone(written)) {
      return JudgingDate(date: date, basis: .callDate, programme: code, written: written)
    }
    if let written = programme.attribute("callYear") {
      let year = withoutZone(written)
      if year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(year),
        let date = CalendarDate.firstOfJanuary(value)
      {
        return JudgingDate(date: date, basis: .callYear, programme: code, written: written)
      }
    }
    return nil
  }

  /// An `xs:date` or `xs:gYear` without its optional time zone (`Z`, `+08:00`): a call is dated in local days.
  public static func withoutZone(_ text: String) -> String {
    var value = text.trimmingCharacters(in: .whitespaces)
    if value.hasSuffix("Z") { value.removeLast() }
    if value.count > 6 {
      let zone = value.suffix(6)
      if zone.first == "+" || zone.first == "-",
        zone.dropFirst().firstIndex(of: ":") == zone.index(zone.startIndex, offsetBy: 3)
      {
        value.removeLast(6)
      }
    }
    return value
  }
}
