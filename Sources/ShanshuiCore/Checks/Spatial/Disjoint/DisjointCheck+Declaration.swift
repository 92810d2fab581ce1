extension DisjointCheck {
  public var declaredFields: [(name: String, value: String?)] {
    [("path", geometryPath.description), ("unit", unit?.id)]
  }
}
