import ShanshuiGeo
import ShanshuiXML

/// A rule example's inline layers (`<layer role><feature id … >GML</feature></layer>`) as in-memory `GeoLayer`s, so
/// that `shanshui test` runs spatial examples with no layer file. A feature's attributes are its fields (`id` names
/// it in findings); its one child is a GML polygon or line (a shoreline).
enum ExampleLayers {
  struct Failure: Error {
    let message: LocalizedText
  }

  static func build(_ layers: [ExampleLayer]) -> Result<LayerSet, Failure> {
    var set = LayerSet()
    let worker: GeoWorker
    do {
      worker = try GeoWorkers.current()
    } catch {
      return .failure(
        Failure(
          message: LocalizedText(
            zh: "示例的图层无法构建：空间库不可用（\(error.description)）",
            en: "the example's layers cannot be built: spatial libraries unavailable (\(error.description))")))
    }
    for layer in layers {
      var features: [GeoLayerFeature] = []
      var reader = GMLReader(options: GMLReader.Options(acceptsLines: true))
      for (index, bytes) in layer.features.enumerated() {
        guard let element = (try? XMLDocument.parse(bytes, url: "feature"))?.root else {
          return .failure(failure(layer, "要素 \(index + 1) 无法解析", "feature \(index + 1) cannot be parsed"))
        }
        switch reader.read(element) {
        case .failure(let problem):
          return .failure(
            failure(
              layer, "要素 \(index + 1)：\(problem.message.text(.zh))",
              "feature \(index + 1): \(problem.message.text(.en))"
            ))
        case .success(let geometry):
          var attributes: [String: String] = [:]
          for attribute in element.attributeNodes where attribute.namespaceURI == nil {
            attributes[attribute.localName] = attribute.stringValue
          }
          features.append(GeoLayerFeature(fid: Int64(index + 1), attributes: attributes, shape: geometry.shape))
        }
      }
      do {
        set.add(
          try GeoLayer(features: features, worker: worker), role: layer.role,
          path: "\(layer.location.file):\(layer.location.line)")
      } catch {
        return .failure(
          failure(layer, "图层无法构建：\(error.description)", "the layer cannot be built: \(error.description)"))
      }
    }
    return .success(set)
  }

  private static func failure(_ layer: ExampleLayer, _ zh: String, _ en: String) -> Failure {
    Failure(
      message: LocalizedText(
        zh: "示例的图层 \(layer.role)（第 \(layer.location.line) 行）\(zh)",
        en: "the example's layer \(layer.role) (line \(layer.location.line)): \(en)"))
  }
}
