extension OverlapCheck {
  public func words(standard: Standard) -> CheckWords {
    let shareUnit = QuantityUnit.all["percent"]
    return CheckWords(
      line: { language in
        let zh = language == .zh
        var words: [CheckPhrase] =
          zh
          ? [.code(geometryPath.description), .text(" 与")] + SpatialWords.layer(layer, condition, language)
            + [.text("的重叠")]
          : [.text("the overlap of "), .code(geometryPath.description), .text(" with ")]
            + SpatialWords.layer(layer, condition, language)
        let limits =
          (DocLineWords.bound(max, unit: unit, language).map { [.text(zh ? "面积不大于 " : " is at most ")] + $0 } ?? [])
          + (DocLineWords.bound(maxShare, unit: shareUnit, language).map {
            [.text(zh ? "，比率不大于 " : ", at most ")] + $0 + [.text(zh ? "" : " of its area")]
          } ?? [])
        words += limits.isEmpty ? [.text(zh ? "面积须为 0" : " must have no area")] : limits
        return words
      },
      sentence: {
        let name = SpatialWords.layerName(layer, condition, standard: standard)
        let area = SentenceWords.bound(max, unit, .zh, standard: standard)
        let areaEn = SentenceWords.bound(max, unit, .en, standard: standard)
        let share = SentenceWords.bound(maxShare, shareUnit, .zh, standard: standard)
        let shareEn = SentenceWords.bound(maxShare, shareUnit, .en, standard: standard)
        let limitZh = [area.map { "面积不大于 \($0)" }, share.map { "占自身面积不大于 \($0)" }].compactMap { $0 }
        let limitEn = [areaEn.map { "at most \($0)" }, shareEn.map { "at most \($0) of its own area" }].compactMap {
          $0
        }
        return LocalizedText(
          zh: "\(geometryPath) 的每个几何图形与\(name.text(.zh))的重叠"
            + (limitZh.isEmpty ? "面积须为 0" : limitZh.joined(separator: "、"))
            + "（测地面积：GEOS 在经纬度上求交，再按 CGCS2000 椭球计算面积）。未提供该图层（--layer \(layer)=PATH）时规则记为未检查。",
          en: "Each geometry at \(geometryPath) overlaps \(name.text(.en)) by "
            + (limitEn.isEmpty ? "no area at all" : limitEn.joined(separator: " and "))
            + " (geodesic: GEOS intersects in longitude, latitude, the area is taken on the CGCS2000 ellipsoid). Without the layer (--layer \(layer)=PATH) the rule is reported as not checked."
        )
      }())
  }
}
