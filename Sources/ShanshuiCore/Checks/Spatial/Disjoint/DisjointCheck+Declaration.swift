extension DisjointCheck {
  public var declaredFields: [(name: String, value: String?)] {
    [("path", geometryPath.description), ("tolerance", tolerance?.description), ("unit", unit?.id)]
  }
}
