extension WithinCheck {
  public var declaredFields: [(name: String, value: String?)] {
    [("path", geometryPath.description), ("boundary", boundary.description), ("unit", unit?.id)]
  }
}
