import ShanshuiXML

/// SL024: the versions of a standard (`standard.xml` and each `versions/NAME/standard.xml`) are one standard's
/// versions: the same id, each version name and effective date once, the current one the newest.
struct VersionSet: LintRule {
  let id = "SL024"
  let name = "version-set"
  let severity = Severity.error
  let title = LocalizedText(zh: "标准的版本不一致", en: "Inconsistent versions of the standard")
  let rationale = LocalizedText(
    zh:
      "申报材料按其判定日期施行中的版本判定（施行日期不晚于该日期的最新版本）：两个版本同名或同一天施行时无法确定由哪个版本判定，报告中的版本号也无法区分；标识不同的版本不是同一标准的版本；standard.xml 是当前版本，须是最新施行的版本。",
    en:
      "A submission is judged by the version in force on its judging date (the latest effective on or before it): with two versions of one name or one effective date, which one judges is ambiguous and reports cannot tell them apart; a version with another id is not a version of this standard; standard.xml is the current version and must be the newest."
  )
  let triggering = [
    LintExample(versions: [#"id="lint-example" version="1.0.0" effective="2025-01-01""#]),
    LintExample(versions: [#"id="lint-example" version="0.9.0" effective="2026-01-01""#]),
    LintExample(versions: [#"id="other-standard" version="0.9.0" effective="2025-01-01""#]),
    LintExample(versions: [#"id="lint-example" version="1.1.0" effective="2027-01-01""#]),
  ]
  let nonTriggering = [
    LintExample(),
    LintExample(versions: [
      #"id="lint-example" version="0.9.0" effective="2025-01-01""#,
      #"id="lint-example" version="0.8.0" effective="2024-01-01""#,
    ]),
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    guard let current = standard.files.first(where: \.isManifest), let currentRoot = current.root,
      !standard.versions.isEmpty
    else { return [] }
    let id = currentRoot.attribute("id") ?? ""
    let currentEffective = CalendarDate(currentRoot.attribute("effective") ?? "")
    var findings: [LintFinding] = []
    var versions: [String: SourceLocation] = [currentRoot.attribute("version") ?? "": current.location(of: currentRoot)]
    var dates: [String: SourceLocation] = [currentRoot.attribute("effective") ?? "": current.location(of: currentRoot)]
    for file in standard.versions {
      guard let root = file.root else { continue }
      let location = file.location(of: root)
      let version = root.attribute("version") ?? ""
      let effective = root.attribute("effective") ?? ""
      if root.localName != "standard" {
        findings.append(
          finding("版本目录中的 standard.xml 不是标准清单", "the version's standard.xml is not a standard manifest", at: location))
        continue
      }
      if (root.attribute("id") ?? "") != id {
        findings.append(
          finding(
            "版本 \(version) 的标识 \(root.attribute("id") ?? "") 与当前版本的 \(id) 不同：不是同一标准的版本",
            "version \(version) has the id \(root.attribute("id") ?? ""), not the current version's \(id): it is not a version of this standard",
            at: location))
      }
      if let first = versions[version] {
        findings.append(
          finding(
            "版本号 \(version) 重复（另见 \(first.file):\(first.line)）：无法区分由哪个版本判定",
            "version \(version) is declared twice (also at \(first.file):\(first.line)): reports cannot tell them apart",
            at: location))
      } else {
        versions[version] = location
      }
      guard let date = CalendarDate(effective) else {
        findings.append(
          finding(
            "版本 \(version) 的施行日期 “\(effective)” 不是 YYYY-MM-DD 日期",
            "version \(version): the effective date '\(effective)' is not a YYYY-MM-DD date", at: location))
        continue
      }
      if let first = dates[effective] {
        findings.append(
          finding(
            "版本 \(version) 与另一版本同在 \(effective) 施行（另见 \(first.file):\(first.line)）：无法确定由哪个版本判定",
            "version \(version) takes effect on \(effective) like another version (also at \(first.file):\(first.line)): which one judges is ambiguous",
            at: location))
      } else {
        dates[effective] = location
      }
      if let currentEffective, date > currentEffective {
        findings.append(
          finding(
            "版本 \(version) 的施行日期 \(effective) 晚于当前版本（standard.xml，\(currentEffective)）：当前版本须是最新的版本",
            "version \(version) takes effect on \(effective), after the current version (standard.xml, \(currentEffective)): the current version must be the newest",
            at: location))
      }
    }
    return findings
  }
}
