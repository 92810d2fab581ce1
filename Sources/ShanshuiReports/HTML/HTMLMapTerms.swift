import ShanshuiCore

/// The words of a finding's map, in the report's language.
struct HTMLMapTerms {
  let language: Language
  init(_ language: Language) { self.language = language }

  private func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

  var north: String { pick("北", "N") }
  var map: String { pick("示意图", "Map") }
  /// Why a spatial finding has no map: the per-file cap, or GEOS could not draw it.
  var noMap: String {
    pick(
      "未绘制示意图：每个文件最多绘制 \(LayerSet.sketchesPerFile) 幅（或 GEOS 无法绘制此图）",
      "No map: at most \(LayerSet.sketchesPerFile) are drawn per file (or GEOS could not draw this one)")
  }
  var pointer: String { pick("指针位置", "Pointer") }
  var noScript: String {
    pick("将指针停在标记上可查看坐标（经纬度与原坐标系）。", "Hover over a mark for its coordinates (longitude, latitude and the input CRS).")
  }
  var whereInvalid: String { pick("无效位置", "where invalid") }
  var findingPoint: String { pick("结果位置", "finding's point") }
  var boundary: String { pick("项目边界", "project boundary") }
  var outside: String { pick("边界外部分", "part outside the boundary") }
  var overlap: String { pick("重叠部分", "overlap") }
  var nearestOnUnit: String { pick("单元上的端点", "end on the unit") }
  var nearestOnFeature: String { pick("要素上的端点", "end on the feature") }
  var synthetic: String { pick("示意，非测绘成果", "sketch, not a survey product") }

  func unit(_ id: String?, _ name: String?) -> String {
    let id = id ?? "—"
    guard let name, !name.isEmpty else { return pick("单元 \(id)", "unit \(id)") }
    return pick("单元 \(id)（\(name)）", "unit \(id) (\(name))")
  }

  /// What the geometry belongs to: the unit by id and name, else the element that holds it, named from the finding's
  /// path (`/submission/corridor/facility[2]` → "设施 2" / "facility 2").
  func subject(_ detail: SpatialDetail, path: String) -> String {
    if detail.unitID != nil || detail.unitName != nil { return unit(detail.unitID, detail.unitName) }
    let steps = path.split(separator: "/").map { step -> (name: String, index: String) in
      let parts = step.split(separator: "[", maxSplits: 1)
      let name = parts.first.map { String($0.split(separator: ":").last ?? $0) } ?? ""
      return (name, parts.count > 1 ? String(parts[1].dropLast()) : "")
    }.filter { $0.name != "geometry" }
    let index = steps.last.map { $0.index.isEmpty ? "" : " " + $0.index } ?? ""
    switch steps.last?.name {
    case "facility": return pick("设施", "facility") + index
    case "location": return boundary
    default: return pick("几何图形", "geometry") + index
    }
  }

  func otherUnit(_ id: String?) -> String { pick("单元 \(id ?? "—")", "unit \(id ?? "—")") }

  func feature(_ feature: SpatialDetail.Feature?) -> String {
    guard let feature else { return pick("图层要素", "layer feature") }
    let name = feature.name.map { pick("（\($0)）", " (\($0))") } ?? ""
    return pick("图层 \(feature.role) 要素 \(feature.id)", "layer \(feature.role) feature \(feature.id)") + name
  }

  func distance(_ metres: Double) -> String { pick("距离 ", "distance ") + length(metres) }

  /// "500 m", "2 km" ("500 米", "2 千米").
  func length(_ metres: Double) -> String {
    if metres >= 1_000 {
      return SpatialReportText.number(metres / 1_000) + pick(" 千米", " km")
    }
    return SpatialReportText.number(metres) + pick(" 米", " m")
  }

  func scale(_ metres: Double) -> String { pick("比例尺 ", "scale bar ") + length(metres) }
}
