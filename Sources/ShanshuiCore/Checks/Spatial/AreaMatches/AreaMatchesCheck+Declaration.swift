extension AreaMatchesCheck {
  public var declaredFields: [(name: String, value: String?)] {
    [
      ("path", geometryPath.description), ("declared", declared.description), ("tolerance", tolerance.description),
      ("unit", unit?.id),
    ]
  }
}
