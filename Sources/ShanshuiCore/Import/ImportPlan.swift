import ShanshuiGeo
import ShanshuiXML

/// Which feature goes where: features grouped by key and matched to units by `@id` (or all into the boundary), with
/// what cannot be placed (E628, E629) and duplicate keys (merged, or E626 with `--on-duplicate error`).
struct ImportPlan {
  struct Target {
    var element: XMLNode
    var unitID: String?
    var fids: [Int64]
    var shape: GeoShape
    /// Whether the features' polygons were dissolved into their union (several features).
    var dissolved = false

    init(element: XMLNode, unitID: String?, fids: [Int64], shape: GeoShape) {
      self.element = element
      self.unitID = unitID
      self.fids = fids
      self.shape = shape
      // Several features: their union (parts sharing an edge become one polygon); one feature stays as the file has it.
      if fids.count > 1, let union = ImportDissolve.union(shape) {
        self.shape = union
        dissolved = true
      }
    }
  }

  private(set) var targets: [Target] = []
  private(set) var unmatched: [Diagnostic] = []

  init(
    source: ImportSource, sourcePath: String, keyField: String?, root: XMLNode, path: String,
    options: GeometryImportOptions
  ) throws(GeometryImportFailure) {
    let namespace = GeometryImport.submissionNamespace
    func atSource(_ code: ErrorCode, _ zh: String, _ en: String) -> Diagnostic {
      Diagnostic(code, LocalizedText(zh: zh, en: en), at: SourceLocation(file: sourcePath, line: 0))
    }
    // Features with geometry, in file order; the others reported.
    var placed: [ImportedFeature] = []
    for feature in source.features {
      let key = feature.key.map { " (\(keyField ?? "key")=\($0))" } ?? ""
      if feature.shape == nil {
        unmatched.append(
          atSource(
            .importFeatureNotWritten, "要素 \(feature.fid)\(key) 没有几何图形（或为空），已跳过",
            "feature \(feature.fid)\(key) has no geometry (or an empty one): skipped"))
      } else {
        placed.append(feature)
      }
    }
    if options.boundary {
      guard let location = root.firstChild(named: XMLName("location", namespace: namespace)) else {
        throw GeometryImportFailure([
          Diagnostic(
            .importSubmissionUnusable, LocalizedText(zh: "申报文件没有 <location>", en: "the submission has no <location>"),
            at: SourceLocation(file: path, line: root.line))
        ])
      }
      guard let first = placed.first?.shape else {
        throw GeometryImportFailure([
          atSource(.importSourceUnreadable, "没有任何要素带有面几何图形", "no feature has a polygon geometry")
        ])
      }
      let polygons = placed.flatMap { $0.shape?.polygons ?? [] }
      targets = [
        Target(
          element: location, unitID: nil, fids: placed.map(\.fid),
          shape: GeoShape(crs: first.crs, polygons: polygons))
      ]
      return
    }
    // Units by @id (the first of a repeated id: the schema or SS rules report the repetition).
    var units: [(id: String, node: XMLNode)] = []
    var unitByID: [String: XMLNode] = [:]
    if let list = root.firstChild(named: XMLName("units", namespace: namespace)) {
      list.forEachChild(named: XMLName("unit", namespace: namespace)) { unit in
        guard let id = unit.attribute("id"), unitByID[id] == nil else { return }
        unitByID[id] = unit
        units.append((id, unit))
      }
    }
    var groups: [String: [ImportedFeature]] = [:]
    for feature in placed {
      guard let key = feature.key, !key.isEmpty else {
        unmatched.append(
          atSource(
            .importFeatureNotWritten, "要素 \(feature.fid) 的字段 \(keyField ?? "") 为空，未写入",
            "feature \(feature.fid) has no value in \(keyField ?? "the key field"): not written"))
        continue
      }
      guard unitByID[key] != nil else {
        unmatched.append(
          atSource(
            .importFeatureNotWritten, "要素 \(feature.fid)（\(keyField ?? "")=\(key)）没有对应的单元（unit/@id），未写入",
            "feature \(feature.fid) (\(keyField ?? "key")=\(key)) matches no unit (unit/@id): not written"))
        continue
      }
      groups[key, default: []].append(feature)
    }
    let duplicates = units.compactMap { unit in groups[unit.id].flatMap { $0.count > 1 ? (unit.id, $0) : nil } }
    if options.duplicateKeys == .error, !duplicates.isEmpty {
      throw GeometryImportFailure(
        duplicates.map { key, features in
          let fids = features.map { String($0.fid) }.joined(separator: ", ")
          return atSource(
            .importDuplicateKey, "\(features.count) 个要素（\(fids)）的 \(keyField ?? "")=\(key)（--on-duplicate error）",
            "\(features.count) features (\(fids)) have \(keyField ?? "key")=\(key) (--on-duplicate error)")
        })
    }
    for (id, node) in units {
      guard let features = groups[id], let first = features.first?.shape else {
        unmatched.append(
          Diagnostic(
            .importUnitWithoutFeature,
            LocalizedText(
              zh: "单元 \(id) 在图层中没有要素（\(keyField ?? "")=\(id)），未写入几何图形",
              en: "unit \(id) has no feature in the layer (\(keyField ?? "key")=\(id)): no geometry written"),
            at: SourceLocation(file: path, line: node.line)))
        continue
      }
      targets.append(
        Target(
          element: node, unitID: id, fids: features.map(\.fid),
          shape: GeoShape(crs: first.crs, polygons: features.flatMap { $0.shape?.polygons ?? [] })))
    }
  }
}
