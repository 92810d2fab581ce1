extension RequiredCheck {
  public var declaredFields: [(name: String, value: String?)] { [("path", path.description)] }
}
