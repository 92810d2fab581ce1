extension CountCheck {
  public var declaredFields: [(name: String, value: String?)] {
    [("path", path.description), ("min", min?.description), ("max", max?.description)]
  }
}
