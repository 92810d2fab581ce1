extension AreaMatchesCheck {
  public func words(standard: Standard) -> CheckWords {
    let limit = SentenceWords.bound(tolerance, unit ?? QuantityUnit.all["percent"], .zh, standard: standard) ?? ""
    let limitEn = SentenceWords.bound(tolerance, unit ?? QuantityUnit.all["percent"], .en, standard: standard) ?? ""
    return CheckWords(
      line: { language in
        language == .zh
          ? [.code(declared.description), .text(" 与 "), .code(geometryPath.description), .text(" 的测地面积之差不超过 ")]
            + (DocLineWords.bound(tolerance, unit: unit ?? QuantityUnit.all["percent"], language) ?? [])
          : [
            .text("the declared "), .code(declared.description), .text(" and the geodesic area of "),
            .code(geometryPath.description), .text(" differ by at most "),
          ] + (DocLineWords.bound(tolerance, unit: unit ?? QuantityUnit.all["percent"], language) ?? [])
      },
      sentence: LocalizedText(
        zh:
          "申报面积 \(declared) 与 \(geometryPath) 在 CGCS2000 椭球面上的测地面积（PROJ geod_polygonarea）之差不超过 \(limit)（比率按实测面积计）；无几何图形时规则记为未检查。",
        en:
          "The declared area \(declared) and the geodesic area of \(geometryPath) on the CGCS2000 ellipsoid (PROJ's geod_polygonarea) differ by at most \(limitEn) (a share is of the measured area); without geometry the rule is reported as not checked."
      ))
  }
}
