internal import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A namespace URI prepared for comparison against libxml2 nodes in place (`XMLName` without a local name).
public struct XMLNamespace: Sendable, Hashable {
  public let uri: String
  private let bytes: [UInt8]

  public init(_ uri: String) {
    self.uri = uri
    bytes = Array(uri.utf8) + [0]
  }

  func matches(_ node: xmlNodePtr) -> Bool {
    guard let href = node.pointee.ns?.pointee.href else { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      return strcmp(
        UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self),
        UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)) == 0
    }
  }
}

extension XMLNode {
  /// Whether the node is an element in `namespace` (any local name: XPath's `prefix:*`).
  public func isElement(in namespace: XMLNamespace) -> Bool {
    raw.pointee.type == XML_ELEMENT_NODE && namespace.matches(raw)
  }

  /// Whether the node has a child element in `namespace` (XPath's `prefix:*` as a test).
  public func hasChildElement(in namespace: XMLNamespace) -> Bool {
    var child = raw.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE, namespace.matches(current) { return true }
      child = current.pointee.next
    }
    return false
  }

  /// Calls `body` with the node and every descendant element, in document order (XPath's `descendant-or-self`
  /// over elements), iteratively: depth costs no stack.
  public func forEachElementInSubtree(_ body: (XMLNode) throws -> Void) rethrows {
    guard raw.pointee.type == XML_ELEMENT_NODE else { return }
    var current: xmlNodePtr? = raw
    while let node = current {
      try body(XMLNode(node, in: document))
      // The next element in document order: the first child element, else the next sibling element of the node
      // or of its nearest ancestor below `raw`.
      if let child = Self.firstElement(from: node.pointee.children) {
        current = child
        continue
      }
      var climbing: xmlNodePtr? = node
      current = nil
      while let up = climbing, up != raw {
        if let sibling = Self.firstElement(from: up.pointee.next) {
          current = sibling
          break
        }
        climbing = up.pointee.parent
      }
    }
  }

  /// Calls `body` with each attribute node of an element, in document order.
  public func forEachAttribute(_ body: (XMLNode) throws -> Void) rethrows {
    guard raw.pointee.type == XML_ELEMENT_NODE else { return }
    var attribute = raw.pointee.properties
    while let current = attribute {
      try body(XMLNode(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self), in: document))
      attribute = current.pointee.next
    }
  }

  private static func firstElement(from start: xmlNodePtr?) -> xmlNodePtr? {
    var node = start
    while let current = node {
      if current.pointee.type == XML_ELEMENT_NODE { return current }
      node = current.pointee.next
    }
    return nil
  }
}
