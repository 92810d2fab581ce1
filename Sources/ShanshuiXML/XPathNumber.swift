internal import CLibXML2

/// XPath's `number()` of a string exactly as libxml2 computes it: its own digit-by-digit conversion (which also
/// takes an exponent, and rounds differently from a correctly rounded parse in the last bit), so that a test
/// decided in place agrees with libxml2 on every input, as verify mode checks.
public enum XPathNumber {
  /// The number libxml2's XPath makes of `text` (NaN when it is not a number).
  public static func of(_ text: String) -> Double {
    text.withCString { xmlXPathCastStringToNumber(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
  }
}
