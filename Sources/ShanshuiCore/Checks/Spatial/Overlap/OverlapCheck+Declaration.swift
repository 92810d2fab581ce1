extension OverlapCheck {
  public var declaredFields: [(name: String, value: String?)] {
    [
      ("layer", layer), ("path", geometryPath.description), ("max", max?.description),
      ("max-share", maxShare?.description), ("unit", unit?.id), ("where", condition?.description),
    ]
  }
}
