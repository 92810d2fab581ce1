internal import CLibXML2

/// Collects every structured error libxml2 raises during one synchronous call.
final class ErrorCollector {
  var diagnostics: [XMLDiagnostic] = []
  /// Raw XPath details (expression offset) of the first XPath error, for caret positions.
  var firstXPathOffset: Int?
  /// Lines of elements past 65,535 (`XMLDocument.elementLines`), for errors about one (schema validation): libxml2
  /// would number them as `xmlGetLineNo` does, from a child or a sibling.
  var elementLines: [xmlNodePtr: Int] = [:]

  /// Runs `body` with this collector installed as the thread's structured error handler, and resets it afterwards.
  ///
  /// The handler is per-thread state in libxml2 2.9: never put an `await` inside `body`.
  func capture<T>(_ body: () throws -> T) rethrows -> T {
    LibXML.ensureReady()
    // The generic handler is per-thread state in libxml2 2.9: silence it on whichever thread runs this call.
    shanshui_silence_generic_errors()
    let context = Unmanaged.passUnretained(self).toOpaque()
    xmlSetStructuredErrorFunc(context) { userData, error in
      guard let userData, let error else { return }
      let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
      collector.record(error.pointee)
    }
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    return try body()
  }

  private func record(_ error: xmlError) {
    // Bound the list: a hostile file can raise millions of errors, and the first ones are what a person reads.
    guard diagnostics.count < 200 else { return }
    var diagnostic = XMLDiagnostic(error)
    if !elementLines.isEmpty, let line = recordedLine(of: error.node) { diagnostic.line = line }
    // libxml2 repeats some errors (an entity loop is reported once per nesting level): keep one.
    if diagnostic == diagnostics.last { return }
    diagnostics.append(diagnostic)
    if error.domain == Int32(XML_FROM_XPATH.rawValue), firstXPathOffset == nil {
      firstXPathOffset = Int(error.int1)
    }
  }

  /// The recorded line of the element an error is about (the owner element, for an attribute).
  private func recordedLine(of node: UnsafeMutableRawPointer?) -> Int? {
    guard var element = node?.assumingMemoryBound(to: xmlNode.self) else { return nil }
    if element.pointee.type == XML_ATTRIBUTE_NODE, let parent = element.pointee.parent { element = parent }
    guard element.pointee.type == XML_ELEMENT_NODE else { return nil }
    return elementLines[element]
  }
}
