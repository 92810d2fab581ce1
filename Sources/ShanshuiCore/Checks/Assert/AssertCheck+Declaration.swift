extension AssertCheck {
  public var declaredFields: [(name: String, value: String?)] { [("test", test.source)] }
}
