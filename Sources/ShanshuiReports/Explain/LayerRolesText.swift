import ShanshuiCore

/// `explain --layers`: the reviewer-layer roles the standard declares, with their sources, their fields and the
/// rules reading each: what a reviewer may give with `check --layer ROLE=PATH`.
public enum LayerRolesText {
  public static func render(_ standard: Standard, language: Language) -> String {
    let zh = language == .zh
    let readers = standard.rulesByLayerRole
    guard !standard.layers.isEmpty else {
      return (zh ? "标准未声明任何审查图层角色" : "the standard declares no reviewer-layer role") + "\n"
    }
    var lines: [String] = []
    for role in standard.layers.values.sorted(by: { $0.id < $1.id }) {
      lines.append("\(role.id)  \(role.name.text(language))")
      for source in role.sources {
        lines.append("  " + (zh ? "依据：" : "source: ") + source.citation(language))
      }
      for field in role.fields {
        var text = "  " + (zh ? "字段 " : "field ") + field.name
        if field.required { text += zh ? "（必填）" : " (required)" }
        if let list = field.codelist { text += (zh ? "，代码表 " : ", codelist ") + list }
        lines.append(text)
      }
      let rules = readers[role.id] ?? []
      lines.append(
        "  " + (zh ? "读取它的规则：" : "read by: ")
          + (rules.isEmpty ? (zh ? "无" : "none") : rules.joined(separator: ", ")))
    }
    lines.append(
      zh
        ? "以 --layer 角色=文件 提供（GeoPackage、Shapefile 或 GeoJSON）；未提供时读取它的规则记为未检查。"
        : "Give each with --layer ROLE=PATH (GeoPackage, Shapefile, GeoJSON or FileGDB); without it the rules reading it are not checked."
    )
    return lines.joined(separator: "\n") + "\n"
  }
}
