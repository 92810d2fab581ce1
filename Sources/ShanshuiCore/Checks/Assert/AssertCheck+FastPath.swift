/// An assert's test may be decided by direct tree access when it is in the `ContextPath` grammar (`RuleTable`).
extension AssertCheck: DecidableInPlace {}
