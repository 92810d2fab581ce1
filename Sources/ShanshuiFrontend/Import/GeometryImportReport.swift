import ShanshuiCore
import ShanshuiGeo
import ShanshuiReports

/// The text report of an import, in zh or en: the layer read, each `<geometry>` written (unit, features, polygons,
/// replaced or not), and each feature or unit not placed as a compiler-style warning line (E628, E629). Errors that
/// stopped the import are separate (`errorLines`), for standard error.
public enum GeometryImportReport {
  public static func text(_ result: GeometryImportResult, request: GeometryImportRequest, language: Language) -> String
  {
    let zh = language == .zh
    var lines: [String] = []
    if let source = result.source {
      let crs =
        source.reprojected
        ? (zh
          ? "从 \(source.sourceCRS) 重投影到 \(source.targetCRS)"
          : "reprojected from \(source.sourceCRS) to \(source.targetCRS)")
        : (zh ? "坐标参考系 \(source.targetCRS)（保持原样）" : "CRS \(source.targetCRS) (kept)")
      lines.append(
        zh
          ? "读取 \(request.source.path)（图层 \(source.layerName)，\(source.features.count) 个要素，\(crs)）"
          : "read \(request.source.path) (layer \(source.layerName), \(source.features.count) "
            + "feature\(source.features.count == 1 ? "" : "s"), \(crs))")
      if !source.linearizedFIDs.isEmpty {
        let fids = source.linearizedFIDs.map(String.init).joined(separator: ", ")
        lines.append(
          zh
            ? "要素 \(fids) 含圆弧：已按每段 4° 的折线写入（弦与弧相差不超过半径的 0.06%）"
            : "feature\(source.linearizedFIDs.count == 1 ? "" : "s") \(fids) held circular arcs: written as straight "
              + "pieces of 4° each (a chord departs from its arc by at most 0.06 % of the radius)")
      }
    }
    if let outcome = result.outcome {
      for written in outcome.written {
        let target =
          written.unitID.map { zh ? "单元 \($0)" : "unit \($0)" }
          ?? (zh ? "项目边界 location" : "project boundary (location)")
        let fids = written.fids.map(String.init).joined(separator: ", ")
        let kind = written.polygonCount == 1 ? "gml:Polygon" : "gml:MultiSurface (\(written.polygonCount))"
        var line =
          zh
          ? "\(request.submission):\(written.line): \(target) ← 要素 \(fids)：\(kind)"
          : "\(request.submission):\(written.line): \(target) ← feature\(written.fids.count == 1 ? "" : "s") \(fids): \(kind)"
        if written.unitID != nil, written.fids.count > 1 {
          line += zh ? "（同一关键字段值的要素已合并）" : " (features with the same key merged)"
        }
        if written.dissolved {
          line += zh ? "，已融合为其并集" : ", dissolved into their union"
        } else if written.fids.count > 1 {
          line +=
            zh
            ? "，未能融合（有无效的部分，见 SS-GEO-001），按原样写入各部分"
            : ", not dissolved (a part is invalid: see SS-GEO-001), the parts written as they are"
        }
        if written.replaced { line += zh ? "，替换原有 <geometry>" : ", replacing the existing <geometry>" }
        lines.append(line)
      }
      for problem in outcome.unmatched {
        lines.append(CompilerStyleLine.text(problem, severity: .warning, language: language))
      }
      let count = outcome.written.count
      if request.dryRun {
        lines.append(
          zh
            ? "试运行：将写入 \(count) 个 <geometry>，未写入任何文件" : "dry run: \(count) <geometry> would be written; nothing written"
        )
      } else if let path = result.writtenTo {
        lines.append(zh ? "已写入 \(count) 个 <geometry> 到 \(path)" : "wrote \(count) <geometry> to \(path)")
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The errors that stopped the import, one compiler-style line each.
  public static func errorLines(_ result: GeometryImportResult, language: Language) -> String {
    var lines = result.errors.map { CompilerStyleLine.text($0, language: language) }
    if let failure = result.outputError { lines.append(failure.message(language)) }
    if !lines.isEmpty {
      lines.append(language == .zh ? "未写入任何文件" : "nothing was written")
    }
    return lines.map { $0 + "\n" }.joined()
  }
}
