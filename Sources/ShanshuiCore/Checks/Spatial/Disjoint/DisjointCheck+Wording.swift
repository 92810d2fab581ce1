extension DisjointCheck {
  public func words(standard: Standard) -> CheckWords {
    // A literal is in `unit` (ha when none); a parameter carries its own unit.
    let limit = tolerance.map { bound -> String in
      guard case .literal = bound else { return bound.description }
      return "\(bound) \((unit ?? QuantityUnit.hectare).id)"
    }
    return CheckWords(
      line: { language in
        let zh = language == .zh
        var words: [CheckPhrase] =
          zh
          ? [.code(geometryPath.description), .text(" 的几何图形两两互不重叠（相接不算）")]
          : [
            .text("the geometries at "), .code(geometryPath.description),
            .text(" must not overlap each other (touching is fine)"),
          ]
        if let limit {
          words += [.text(zh ? "，不超过 " : ", slivers up to "), .code(limit), .text(zh ? " 的碎片不算" : " excepted")]
        }
        return words
      },
      sentence: LocalizedText(
        zh: "\(geometryPath) 的几何图形两两互不重叠：共享边或点不算重叠，重叠部分的测地面积大于 "
          + (limit ?? "0") + " 即为失败；每对只报告一次，报告在前一个图形上。",
        en:
          "No two geometries at \(geometryPath) overlap: sharing an edge or a point is fine, an intersection of geodesic area above "
          + (limit ?? "0")
          + " fails (a smaller one is a sliver of rounded coordinates); each pair is reported once, on the first of the two."
      ))
  }
}
