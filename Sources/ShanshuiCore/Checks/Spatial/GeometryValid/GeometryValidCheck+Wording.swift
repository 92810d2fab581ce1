extension GeometryValidCheck {
  public func words(standard: Standard) -> CheckWords {
    CheckWords(
      line: { language in
        language == .zh
          ? [.code(geometryPath.description), .text(" 的每个几何图形须有效（GEOS）")]
          : [.text("each geometry at "), .code(geometryPath.description), .text(" must be valid (GEOS)")]
      },
      sentence: LocalizedText(
        zh: "\(geometryPath) 的每个几何图形须符合 GEOS 的有效性规则（环闭合、不自相交，洞在外环内）；无几何图形时规则记为未检查。",
        en:
          "Each geometry at \(geometryPath) must be valid by GEOS's rules (rings closed and not crossing themselves, holes inside their shell); without geometry the rule is reported as not checked."
      ))
  }
}
