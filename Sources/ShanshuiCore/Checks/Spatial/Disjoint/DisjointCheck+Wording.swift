extension DisjointCheck {
  public func words(standard: Standard) -> CheckWords {
    CheckWords(
      line: { language in
        language == .zh
          ? [.code(geometryPath.description), .text(" 的几何图形两两互不重叠（相接不算）")]
          : [
            .text("the geometries at "), .code(geometryPath.description),
            .text(" must not overlap each other (touching is fine)"),
          ]
      },
      sentence: LocalizedText(
        zh: "\(geometryPath) 的几何图形两两互不重叠：共享边或点不算重叠，重叠部分的测地面积大于 0 即为失败；每对只报告一次，报告在前一个图形上。",
        en:
          "No two geometries at \(geometryPath) overlap: sharing an edge or a point is fine, an intersection of positive geodesic area fails; each pair is reported once, on the first of the two."
      ))
  }
}
