/// Something about a change between two versions that an editor should fix before releasing it, with a stable code
/// (from the lint range: `diff` is the editors' other tool, and its warnings never collide with a lint rule's id).
public struct DiffWarning: Sendable, Hashable, Codable {
  /// `SL027`: the content changed but the manifest's `version` did not, so two different standards would carry the
  /// same version and a report naming it could not say which one judged a file.
  public static let versionNotBumped = "SL027"

  /// The stable code.
  public var code: String
  public var message: LocalizedText

  public init(code: String, message: LocalizedText) {
    self.code = code
    self.message = message
  }

  /// The warnings for a diff whose sections are already compared: SL027 when anything but the version differs and the
  /// version is the same (for two standards with the same id: versions of different standards are unrelated).
  static func warnings(for diff: StandardDiff) -> [DiffWarning] {
    let contentChanged =
      diff.manifest.contains { $0.field != "version" } || !diff.namespaces.isEmpty || !diff.documents.isEmpty
      || !diff.rules.isEmpty || !diff.parameters.isEmpty || !diff.codelists.isEmpty || !diff.sources.isEmpty
    guard contentChanged, diff.old.id == diff.new.id, diff.old.version == diff.new.version else { return [] }
    let version = diff.new.version
    return [
      DiffWarning(
        code: versionNotBumped,
        message: LocalizedText(
          zh: "内容已修改，但清单的版本仍为 \(version)：发布前请提高 standard.xml 的 version（并在规则文件头中同步）",
          en:
            "the content changed but the manifest's version is still \(version): raise version in standard.xml (and in the rule documents' headers) before releasing"
        ))
    ]
  }
}
