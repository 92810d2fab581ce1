/// A set of criteria: one province's, or the unified (harmonized) one.
public enum Profile: String, Sendable, Codable, CaseIterable, Comparable {
  case chongqing, sichuan, unified

  /// The profile of a GB/T 2260 division code: 50xxxx Chongqing, 51xxxx Sichuan, anything else none.
  public init?(divisionCode: String) {
    if divisionCode.hasPrefix("50") {
      self = .chongqing
    } else if divisionCode.hasPrefix("51") {
      self = .sichuan
    } else {
      return nil
    }
  }

  public var title: LocalizedText {
    switch self {
    case .chongqing: return LocalizedText(zh: "重庆", en: "Chongqing")
    case .sichuan: return LocalizedText(zh: "四川", en: "Sichuan")
    case .unified: return LocalizedText(zh: "统一", en: "unified")
    }
  }

  /// The two provincial profiles.
  public static let provinces: [Profile] = [.chongqing, .sichuan]

  public static func < (lhs: Profile, rhs: Profile) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// How a run picks profiles: from the submission's divisions, or one profile forced for everything.
public enum ProfileSelection: Sendable, Hashable {
  case auto
  case forced(Profile)

  public init?(_ text: String) {
    if text == "auto" {
      self = .auto
    } else if let profile = Profile(rawValue: text) {
      self = .forced(profile)
    } else {
      return nil
    }
  }
}
