/// A submission held in memory (a service's request body, an editor's buffer): its bytes and the name that labels it
/// in the report. The name is only a label: nothing is read from or written to it.
public struct InMemoryDocument: Sendable, Hashable {
  public var name: String
  public var bytes: [UInt8]

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }
}
