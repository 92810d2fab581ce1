/// The sentence a not-checked rule carries in every report.
enum NotCheckedText {
  static func message(_ cause: NotCheckedCause) -> LocalizedText {
    let detail = cause.detail.map { LocalizedText(zh: "：\($0.text(.zh))", en: ": \($0.text(.en))") }
    switch cause.reason {
    case .layerNotGiven:
      let role = cause.role ?? "?"
      return LocalizedText(
        zh: "未检查：未提供图层 \(role)（--layer \(role)=PATH）", en: "not checked: layer \(role) not given (--layer \(role)=PATH)"
      )
    case .noGeometry:
      return LocalizedText(
        zh: "未检查：提交中无几何图形（申报格式 2 的 <geometry>）",
        en: "not checked: no geometry in the submission (format version 2 <geometry>)")
    case .librariesUnavailable:
      return LocalizedText(
        zh: "未检查：空间库不可用（E600）" + (detail?.zh ?? ""),
        en: "not checked: spatial libraries unavailable (E600)" + (detail?.en ?? ""))
    case .layerUnusable:
      let role = cause.role ?? "?"
      return LocalizedText(
        zh: "未检查：图层 \(role) 无法使用" + (detail?.zh ?? ""),
        en: "not checked: layer \(role) cannot be used" + (detail?.en ?? ""))
    case .geometryInvalid:
      return LocalizedText(
        zh: "未检查：几何图形无效，修复后的图形面积只是推测" + (detail?.zh ?? ""),
        en: "not checked: the geometry is invalid, and a repaired shape's measure is a guess" + (detail?.en ?? ""))
    case .geometryUnusable:
      return LocalizedText(
        zh: "未检查：几何图形无法计算" + (detail?.zh ?? ""),
        en: "not checked: the geometry could not be measured" + (detail?.en ?? ""))
    }
  }
}
