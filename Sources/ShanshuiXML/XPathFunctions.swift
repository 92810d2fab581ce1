internal import CLibXML2

/// An extension function callable from XPath: takes the evaluated arguments, returns a value or `nil` for an error.
public typealias XPathFunction = ([XPathValue]) -> XPathValue?

/// The extension functions of one evaluator, looked up by libxml2 through the context's user data.
final class XPathFunctionTable {
  var functions: [String: XPathFunction] = [:]
  let document: XMLDocument

  init(document: XMLDocument) { self.document = document }

}

extension XPathEvaluator {
  /// Makes `function` callable as `prefix:name(…)` where the prefix is bound to `namespace`.
  ///
  /// Functions are dispatched by local name only, so two functions must not share one: a compiled expression caches
  /// the namespace-URI pointer of the first context that evaluated it (libxml2 xpath.c, `XPATH_OP_FUNCTION`), and
  /// that pointer dangles once that context is freed, so `functionURI` must never be read here.
  public func register(function name: String, namespace: String, _ function: @escaping XPathFunction) {
    functionTable.functions[name] = function
    xmlXPathRegisterFuncNS(context, name, namespace) { parser, count in
      guard let parser, let context = parser.pointee.context, let userData = context.pointee.userData else { return }
      let table = Unmanaged<XPathFunctionTable>.fromOpaque(userData).takeUnretainedValue()
      let name = LibXML.string(context.pointee.function) ?? ""
      var arguments: [XPathValue] = []
      for _ in 0..<max(0, Int(count)) {
        guard let object = valuePop(parser) else {
          xmlXPathErr(parser, Int32(XPATH_STACK_ERROR.rawValue))
          return
        }
        arguments.append(XPathEvaluator.value(of: object, in: table.document))
        xmlXPathFreeObject(object)
      }
      arguments.reverse()
      guard let function = table.functions[name],
        let result = function(arguments)
      else {
        xmlXPathErr(parser, Int32(XPATH_INVALID_TYPE.rawValue))
        return
      }
      switch result {
      case .number(let number): valuePush(parser, xmlXPathNewFloat(number))
      case .boolean(let flag): valuePush(parser, xmlXPathNewBoolean(flag ? 1 : 0))
      case .string(let text): valuePush(parser, xmlXPathNewString(text))
      case .nodes: valuePush(parser, xmlXPathNewBoolean(0))  // functions here return atomic values only
      }
    }
  }
}
