extension DistanceCheck {
  public var declaredFields: [(name: String, value: String?)] {
    [
      ("layer", layer), ("path", geometryPath.description), ("min", min?.description), ("max", max?.description),
      ("declared", declared?.description), ("tolerance", tolerance?.description), ("unit", unit?.id),
      ("where", condition?.description),
    ]
  }
}
