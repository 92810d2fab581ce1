import Foundation
import ShanshuiCore

/// How reports word spatial details, not-checked rules and the layers that served a run: one wording for every
/// format that writes sentences (text, HTML, JUnit, SARIF messages).
public enum SpatialReportText {
  /// "unit U1 (万州区…); layer ecological-red-line feature RL-1 (…); overlap 12.3 mu (4.5 %); at 108.390000°E,
  /// 30.810000°N (EPSG:4490 30.81 108.39); geometry at line 45".
  public static func detail(_ detail: SpatialDetail, language: Language) -> String {
    let zh = language == .zh
    var parts: [String] = []
    if let id = detail.unitID {
      parts.append((zh ? "单元 " : "unit ") + id + (detail.unitName.map { zh ? "（\($0)）" : " (\($0))" } ?? ""))
    }
    if let other = detail.otherUnitID { parts.append((zh ? "另一单元 " : "other unit ") + other) }
    if let feature = detail.feature {
      parts.append(
        (zh ? "图层 \(feature.role) 要素 " : "layer \(feature.role) feature ") + feature.id
          + (feature.name.map { zh ? "（\($0)）" : " (\($0))" } ?? ""))
    }
    if let area = detail.area, let unit = detail.areaUnit {
      let symbol = QuantityUnit.named(unit)?.symbol.text(language) ?? unit
      var text = (zh ? "面积 " : "area ") + number(area) + (zh ? "" : " ") + (symbol.isEmpty ? unit : symbol)
      if let share = detail.sharePercent { text += zh ? "（\(number(share))%）" : " (\(number(share)) %)" }
      parts.append(text)
    }
    if let distance = detail.distanceMetres {
      parts.append((zh ? "距离 " : "distance ") + number(distance) + (zh ? " 米" : " m"))
    }
    if let point = detail.point {
      parts.append((zh ? "位置 " : "at ") + self.point(point, language: language))
    }
    if let line = detail.geometryLine { parts.append(zh ? "几何图形在第 \(line) 行" : "geometry at line \(line)") }
    return parts.joined(separator: zh ? "；" : "; ")
  }

  /// "108.390000°E, 30.810000°N (EPSG:4490: 30.81 108.39)".
  public static func point(_ point: SpatialDetail.Point, language: Language) -> String {
    let lonLat = String(format: "%.6f°E, %.6f°N", point.longitude, point.latitude)
    // Degrees to 1e-7 (about 1 cm), metres (Gauss–Krüger) to the centimetre.
    let digits = point.crs == "EPSG:4490" ? 7 : 2
    let written = "\(point.crs): \(number(point.first, digits: digits)) \(number(point.second, digits: digits))"
    return language == .zh ? "\(lonLat)（\(written)）" : "\(lonLat) (\(written))"
  }

  /// "图层 ecological-red-line：layers/red.gpkg（EPSG:4545，已重投影至 CGCS2000；120 个要素）".
  public static func source(_ source: LayerSet.Source, language: Language) -> String {
    if language == .zh {
      let crs = source.reprojected ? "自 \(source.sourceCRS) 重投影至 CGCS2000" : source.sourceCRS
      return "图层 \(source.role)：\(source.path)（\(crs)；\(source.features) 个要素）"
    }
    let crs = source.reprojected ? "reprojected from \(source.sourceCRS) to CGCS2000" : source.sourceCRS
    return
      "layer \(source.role): \(source.path) (\(crs); \(source.features) \(EnglishPlural.word(source.features, "feature")))"
  }

  /// The sentence for a not-checked rule, with how many nodes it could not judge.
  public static func notChecked(_ rule: NotCheckedRule, language: Language, labelled: Bool = false) -> String {
    let text = labelled ? rule.reason(in: language) : rule.message.text(language)
    guard rule.count > 1 else { return text }
    return language == .zh ? "\(text)（\(rule.count) 处）" : "\(text) (\(rule.count) places)"
  }

  /// A number as people read it: up to two decimals, no trailing zeros.
  static func number(_ value: Double, digits: Int = 2) -> String {
    guard value.isFinite else { return String(value) }
    var text = String(format: "%.\(digits)f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
