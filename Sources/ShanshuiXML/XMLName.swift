internal import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An expanded element or attribute name, prepared for fast comparison against libxml2 nodes.
public struct XMLName: Sendable, Hashable, CustomStringConvertible {
  public let localName: String
  public let namespaceURI: String?
  private let localBytes: [UInt8]
  private let namespaceBytes: [UInt8]?

  public init(_ localName: String, namespace namespaceURI: String? = nil) {
    self.localName = localName
    self.namespaceURI = namespaceURI
    localBytes = Array(localName.utf8) + [0]
    namespaceBytes = namespaceURI.map { Array($0.utf8) + [0] }
  }

  public var description: String { namespaceURI.map { "{\($0)}\(localName)" } ?? localName }

  public static func == (lhs: XMLName, rhs: XMLName) -> Bool {
    lhs.localName == rhs.localName && lhs.namespaceURI == rhs.namespaceURI
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(localName)
    hasher.combine(namespaceURI)
  }

  func matchesLocalName(_ name: UnsafePointer<xmlChar>?) -> Bool {
    guard let name else { return false }
    return localBytes.withUnsafeBufferPointer { bytes in
      // NUL-terminated, so never empty; an empty buffer (no base address) would match nothing.
      guard let base = bytes.baseAddress else { return false }
      return strcmp(
        UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self),
        UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)) == 0
    }
  }

  func matches(_ node: xmlNodePtr) -> Bool {
    guard matchesLocalName(node.pointee.name) else { return false }
    let href = node.pointee.ns?.pointee.href
    switch (namespaceBytes, href) {
    case (nil, nil): return true
    case (nil, _), (_, nil): return false
    case (let expected?, let actual?):
      return expected.withUnsafeBufferPointer { bytes in
        guard let base = bytes.baseAddress else { return false }
        return strcmp(
          UnsafeRawPointer(actual).assumingMemoryBound(to: CChar.self),
          UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)) == 0
      }
    }
  }
}
