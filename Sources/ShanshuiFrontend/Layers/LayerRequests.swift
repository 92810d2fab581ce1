import ShanshuiConfig
import ShanshuiCore

/// The layers a run is given: `--layer ROLE=PATH` over the configuration's `layers:`, role by role, each checked
/// against the roles the standard declares before anything is checked (E612, exit 2).
public enum LayerRequests {
  /// One role's file and where it was given.
  public struct Request: Sendable, Hashable {
    public var role: String
    public var path: String
    /// `--layer` or the configuration file's line.
    public var givenAt: SourceLocation
  }

  /// The requests, or the unknown roles' problems.
  public static func resolve(
    options: [(role: String, path: String)], configured: [Configuration.LayerSetting], standard: Standard
  ) -> Result<[Request], UnknownRoles> {
    var byRole: [String: Request] = [:]
    for setting in configured {
      byRole[setting.role] = Request(role: setting.role, path: setting.path, givenAt: setting.location)
    }
    for (role, path) in options {
      byRole[role] = Request(role: role, path: path, givenAt: SourceLocation(file: "--layer", line: 0))
    }
    let known = standard.layers.keys.sorted()
    let unknown = byRole.values.filter { standard.layers[$0.role] == nil }.sorted { $0.role < $1.role }
    guard unknown.isEmpty else {
      return .failure(
        UnknownRoles(
          diagnostics: unknown.map { request in
            let list = known.isEmpty ? "（无）" : known.joined(separator: "、")
            let listEn = known.isEmpty ? "none" : known.joined(separator: ", ")
            return Diagnostic(
              .layerRoleUnknown,
              LocalizedText(
                zh: "图层角色 \(request.role) 未在标准中声明（已声明：\(list)）",
                en: "layer role \(request.role) is not declared by the standard (declared: \(listEn))"),
              at: request.givenAt)
          }))
    }
    return .success(byRole.values.sorted { $0.role < $1.role })
  }

  /// The roles the standard does not declare (E612), each with where it was given.
  public struct UnknownRoles: Error, Sendable {
    public var diagnostics: [Diagnostic]
  }

  /// Parses one `--layer` value, `ROLE=PATH`; nil when it is not of that form.
  public static func parse(_ text: String) -> (role: String, path: String)? {
    guard let equals = text.firstIndex(of: "=") else { return nil }
    let role = String(text[..<equals])
    let path = String(text[text.index(after: equals)...])
    guard !role.isEmpty, !path.isEmpty, role.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    else { return nil }
    return (role, path)
  }
}
