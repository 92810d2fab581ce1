extension GeometryValidCheck {
  public var declaredFields: [(name: String, value: String?)] { [("path", geometryPath.description)] }
}
