import Foundation
import ShanshuiXML

/// Unified values an editor proposes, before adopting them: the stricter or the looser provincial value of every
/// parameter, or values from a small overlay file.
public struct UnifiedProposal: Sendable, Equatable {
  /// Proposed unified value by parameter id, in the parameter's unit.
  public var values: [String: Double]
  /// How the proposal was made, for reports.
  public var name: String

  public init(values: [String: Double], name: String) {
    self.values = values
    self.name = name
  }

  /// The stricter (or looser) provincial value of every parameter that has one in both provinces or in one.
  public static func from(_ standard: Standard, strictest: Bool) -> UnifiedProposal {
    var values: [String: Double] = [:]
    for (id, parameter) in standard.parameters {
      let provincial = Profile.provinces.compactMap { parameter.values[$0]?.value }
      guard !provincial.isEmpty else { continue }
      let higher = parameter.stricter == .higher
      values[id] = (higher == strictest ? provincial.max() : provincial.min()) ?? provincial[0]
    }
    return UnifiedProposal(values: values, name: strictest ? "strictest" : "loosest")
  }

  /// A problem in a proposal file.
  public struct Failure: Error, Sendable {
    public var message: String
  }

  /// Reads an overlay: JSON (`{"parameter-id": 79, …}`) or XML (`<proposal><value parameter="…" value="…"/></proposal>`,
  /// any namespace). Every id must be a parameter of `standard`.
  public static func parse(_ bytes: [UInt8], name: String, for standard: Standard) throws(Failure) -> UnifiedProposal {
    var values: [String: Double] = [:]
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    let text = String(decoding: body, as: UTF8.self).trimmed
    if text.hasPrefix("{") || text.hasPrefix("[") {
      guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
        throw Failure(message: "\(name): not a JSON object of parameter ids and numbers")
      }
      for (id, value) in object {
        // JSON true/false bridge to NSNumber too: accept only real numbers.
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c", number.doubleValue.isFinite
        else {
          throw Failure(message: "\(name): \(id) is not a number")
        }
        values[id] = number.doubleValue
      }
    } else {
      let document: XMLDocument
      do {
        document = try XMLDocument.parse(bytes, url: name)
      } catch {
        let first = error.diagnostics.first
        throw Failure(
          message: "\(name):\(first?.line ?? 0):\(first?.column ?? 0): \(first?.message ?? "not well-formed")")
      }
      guard let root = document.root, root.localName == "proposal" else {
        throw Failure(message: "\(name): the root element must be <proposal>")
      }
      for node in root.childElements {
        guard node.localName == "value", let id = node.attribute("parameter"),
          let number = Quantity.number(node.attribute("value") ?? "")
        else {
          throw Failure(message: "\(name):\(node.line): expected <value parameter=\"id\" value=\"number\"/>")
        }
        guard values[id] == nil else { throw Failure(message: "\(name):\(node.line): \(id) is given twice") }
        values[id] = number
      }
    }
    guard !values.isEmpty else { throw Failure(message: "\(name): the proposal gives no value") }
    let unknown = values.keys.filter { standard.parameters[$0] == nil }.sorted()
    guard unknown.isEmpty else {
      throw Failure(message: "\(name): unknown parameters: \(unknown.joined(separator: ", "))")
    }
    return UnifiedProposal(values: values, name: name)
  }

  /// `standard` with these unified values in place (marked provisional, with the proposal named as the reason).
  public func applied(to standard: Standard) -> Standard {
    var changed = standard
    for (id, number) in values {
      guard var parameter = changed.parameters[id] else { continue }
      parameter.values[.unified] = Parameter.Value(
        profile: .unified, status: .provisional, value: number, sources: [],
        reason: LocalizedText(zh: "拟统一值（\(name)）", en: "proposed unified value (\(name))"))
      changed.parameters[id] = parameter
    }
    return changed
  }
}
