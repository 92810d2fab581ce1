extension WithinCheck {
  public func words(standard: Standard) -> CheckWords {
    CheckWords(
      line: { language in
        language == .zh
          ? [.code(geometryPath.description), .text(" 的每个几何图形须位于 "), .code(boundary.description), .text(" 之内")]
          : [
            .text("each geometry at "), .code(geometryPath.description), .text(" must lie within "),
            .code(boundary.description),
          ]
      },
      sentence: LocalizedText(
        zh: "\(geometryPath) 的每个几何图形须位于项目边界 \(boundary)（自文档根元素起）之内（GEOS covers，经纬度坐标）；界外面积为测地面积。无几何图形时规则记为未检查。",
        en:
          "Each geometry at \(geometryPath) must lie within the project boundary \(boundary) (from the document element; GEOS covers on longitude, latitude); the area outside is geodesic. Without geometry the rule is reported as not checked."
      ))
  }
}
