extension DistanceCheck {
  public func words(standard: Standard) -> CheckWords {
    let name = SpatialWords.layerName(layer, condition, standard: standard)
    let shown = unit ?? QuantityUnit.all["m"]
    let how = LocalizedText(
      zh: "（在几何中心所在的 CGCS2000 3° 高斯-克吕格投影带内量算）。未提供该图层（--layer \(layer)=PATH）时规则记为未检查。",
      en:
        " (measured in the CGCS2000 3° Gauss–Krüger zone of the geometry's centroid). Without the layer (--layer \(layer)=PATH) the rule is reported as not checked."
    )
    let sentence: LocalizedText
    if let declared, let tolerance {
      sentence = LocalizedText(
        zh: "申报距离 \(declared) 与 \(geometryPath) 到\(name.text(.zh))的实测最近距离之差不超过 "
          + (SentenceWords.bound(tolerance, shown, .zh, standard: standard) ?? "") + how.text(.zh),
        en:
          "The declared distance \(declared) and the measured distance from \(geometryPath) to \(name.text(.en)) differ by at most "
          + (SentenceWords.bound(tolerance, shown, .en, standard: standard) ?? "") + how.text(.en))
    } else if let min {
      sentence = LocalizedText(
        zh: "\(geometryPath) 的每个几何图形到\(name.text(.zh))的最近距离不小于 "
          + (SentenceWords.bound(min, shown, .zh, standard: standard) ?? "") + how.text(.zh),
        en: "Each geometry at \(geometryPath) is at least "
          + (SentenceWords.bound(min, shown, .en, standard: standard) ?? "") + " from \(name.text(.en))" + how.text(.en)
      )
    } else {
      sentence = LocalizedText(
        zh: "\(geometryPath) 的每个几何图形整体位于\(name.text(.zh)) "
          + (SentenceWords.bound(max, shown, .zh, standard: standard) ?? "") + " 范围内（离要素最远的一点决定）" + how.text(.zh),
        en: "Each geometry at \(geometryPath) lies entirely within "
          + (SentenceWords.bound(max, shown, .en, standard: standard) ?? "")
          + " of \(name.text(.en)) (its point farthest from the features decides)"
          + how.text(.en))
    }
    return CheckWords(
      line: { language in
        let zh = language == .zh
        var words: [CheckPhrase] =
          zh
          ? [.code(geometryPath.description), .text(" 到")] + SpatialWords.layer(layer, condition, language)
            + [.text("的距离")]
          : [.text("the distance from "), .code(geometryPath.description), .text(" to ")]
            + SpatialWords.layer(layer, condition, language)
        if let declared {
          words += [.text(zh ? "与申报值 " : " and the declared "), .code(declared.description)]
          words += [.text(zh ? " 之差不超过 " : " differ by at most ")]
          words += DocLineWords.bound(tolerance, unit: shown, language) ?? []
        } else {
          words += DocLineWords.limits(
            min, max, unit: shown, atLeast: (" 不小于 ", " is at least "), atMost: (" 处处不大于 ", " is everywhere at most "),
            language)
        }
        return words
      },
      sentence: sentence)
  }
}
