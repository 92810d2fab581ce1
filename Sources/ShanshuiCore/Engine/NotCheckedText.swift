/// The sentence a not-checked rule carries in every report: `NotCheckedRule.prefix`, then the reason.
enum NotCheckedText {
  static func message(_ cause: NotCheckedCause) -> LocalizedText {
    let reason = reason(cause)
    let prefix = NotCheckedRule.prefix
    return LocalizedText(zh: prefix.text(.zh) + reason.text(.zh), en: prefix.text(.en) + reason.text(.en))
  }

  private static func reason(_ cause: NotCheckedCause) -> LocalizedText {
    let detail = cause.detail.map { LocalizedText(zh: "：\($0.text(.zh))", en: ": \($0.text(.en))") }
    switch cause.reason {
    case .layerNotGiven:
      let role = cause.role ?? "?"
      return LocalizedText(
        zh: "未提供图层 \(role)（--layer \(role)=PATH）", en: "layer \(role) not given (--layer \(role)=PATH)"
      )
    case .noGeometry:
      return LocalizedText(
        zh: "提交中无几何图形（申报格式 2 的 <geometry>）",
        en: "no geometry in the submission (format version 2 <geometry>)")
    case .librariesUnavailable:
      return LocalizedText(
        // The file's E600 line (reported once) names the library and its package; each rule only points at it.
        zh: "空间库不可用（见 E600）", en: "spatial libraries unavailable (see E600)")
    case .layerUnusable:
      let role = cause.role ?? "?"
      return LocalizedText(
        zh: "图层 \(role) 无法使用" + (detail?.zh ?? ""),
        en: "layer \(role) cannot be used" + (detail?.en ?? ""))
    case .geometryInvalid:
      return LocalizedText(
        zh: "几何图形无效，在修复后的图形上测量只是推测" + (detail?.zh ?? ""),
        en: "the geometry is invalid, and a measure of a repaired shape is a guess" + (detail?.en ?? ""))
    case .geometryUnusable:
      return LocalizedText(
        zh: "几何图形无法计算" + (detail?.zh ?? ""),
        en: "the geometry could not be measured" + (detail?.en ?? ""))
    }
  }
}
