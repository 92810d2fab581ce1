import ShanshuiXML

/// Which profile judges which node of one submission.
///
/// Forced: one profile for everything. Auto: all divisions 50xxxx → Chongqing, all 51xxxx → Sichuan, anything else
/// (both provinces, or a division outside them) → `unified` for project-level nodes, while each restoration unit is
/// judged under its own division's province (`unified` for a division outside both).
struct ProfilePlan {
  let projectProfile: Profile
  let perUnit: Bool
  /// Info findings about divisions outside both provinces: (node, division code).
  let foreignDivisions: [(XMLNode, String)]

  private static let unitName = XMLName("unit", namespace: Namespaces.submission)
  private static let locationName = XMLName("location", namespace: Namespaces.submission)
  private static let divisionName = XMLName("division", namespace: Namespaces.submission)
  private static let unitsName = XMLName("units", namespace: Namespaces.submission)

  init(root: XMLNode, selection: ProfileSelection) {
    if case .forced(let profile) = selection {
      projectProfile = profile
      perUnit = false
      foreignDivisions = []
      return
    }
    let divisions = root.firstChild(named: Self.locationName)?.children(named: Self.divisionName) ?? []
    let codes = divisions.compactMap { $0.attribute("code") }
    let provinces = Set(codes.map { Profile(divisionCode: $0) })
    if provinces.count == 1, let only = provinces.first, let profile = only {
      projectProfile = profile
    } else {
      projectProfile = .unified
    }
    perUnit = projectProfile == .unified
    var foreign: [(XMLNode, String)] = []
    let units = root.firstChild(named: Self.unitsName)?.children(named: Self.unitName) ?? []
    for unit in units {
      if let code = unit.attribute("division"), Profile(divisionCode: code) == nil { foreign.append((unit, code)) }
    }
    if foreign.isEmpty {
      foreign = zip(divisions, codes).filter { Profile(divisionCode: $0.1) == nil }.map { ($0.0, $0.1) }
    }
    foreignDivisions = foreign
  }

  /// The profile that judges `node`.
  func profile(for node: XMLNode) -> Profile {
    guard perUnit, let unit = node.ancestorOrSelf(named: Self.unitName), let code = unit.attribute("division") else {
      return projectProfile
    }
    return Profile(divisionCode: code) ?? .unified
  }
}
