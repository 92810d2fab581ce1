import ShanshuiXML

extension DistanceCheck {
  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    let metre = QuantityUnit.all["m"]
    let shown = unit ?? metre
    if let declared {
      guard let limit = tolerance?.resolve(in: context, literalUnit: unit ?? metre) else { return [] }
      // Only a declared distance that is a length can be compared; a bad value is `range`'s to report.
      guard let target = declared.select(from: node).first,
        let declaredMetres = Quantity(target, fallback: nil).value(in: metre)
      else { return [] }
      return eachGeometry(at: node, in: context) { session, shape throws(NotCheckedCause) in
        guard let hit = try session.nearest(to: shape, role: layer, where: condition, within: .infinity) else {
          return []
        }
        let difference = abs(hit.distance - declaredMetres)
        let allowed =
          limit.unit?.dimension == .share
          ? hit.distance * limit.value * (limit.unit?.factor ?? 1) / 100 : limit.value * (limit.unit?.factor ?? 1)
        guard difference > allowed else { return [] }
        return [try failure(hit, shape, session, shown, limit: limit, declared: declaredMetres, side: nil)]
      }
    }
    if let min {
      guard let limit = min.resolve(in: context, literalUnit: unit ?? metre) else { return [] }
      let metres = limit.value * (limit.unit?.factor ?? 1)
      return eachGeometry(at: node, in: context) { session, shape throws(NotCheckedCause) in
        guard let hit = try session.nearest(to: shape, role: layer, where: condition, within: metres),
          hit.distance < metres
        else { return [] }
        return [try failure(hit, shape, session, shown, limit: limit, declared: nil, side: .min)]
      }
    }
    guard let max, let limit = max.resolve(in: context, literalUnit: unit ?? metre) else { return [] }
    let metres = limit.value * (limit.unit?.factor ?? 1)
    return eachGeometry(at: node, in: context) { session, shape throws(NotCheckedCause) in
      guard let hit = try session.farthest(of: shape, role: layer, where: condition), hit.distance > metres else {
        return []
      }
      return [try failure(hit, shape, session, shown, limit: limit, declared: nil, side: .max)]
    }
  }

  private func failure(
    _ hit: LayerHit, _ shape: SpatialSession.Shape, _ session: SpatialSession, _ shown: QuantityUnit?,
    limit: ResolvedBound, declared: Double?, side: BoundSide?
  ) throws(NotCheckedCause) -> CheckFailure {
    var detail = try session.detail(of: shape)
    detail.feature = hit.feature
    detail.point = hit.point ?? detail.point
    detail.distanceMetres = hit.distance
    detail.sketch = session.sketch(distanceOf: shape, to: hit, role: layer)
    let limitShown =
      limit.unit?.dimension == .length
      ? SpatialText.length(limit.value * (limit.unit?.factor ?? 1), in: shown).text
      : LocalizedText(NumberFormat.format(limit.value))
    var values: [String: LocalizedText] = [
      "distance": SpatialText.length(hit.distance, in: shown).text, "unit": SpatialText.symbol(shown),
      "limit": limitShown, "feature": LocalizedText(hit.feature.name ?? hit.feature.id),
      "layer": LocalizedText(layer), "point": SpatialText.point(detail.point),
    ]
    if let declared { values["declared"] = SpatialText.length(declared, in: shown).text }
    // On the geometry's owner (the unit, the facility: where a declared distanceFromBank is); the geometry's own line
    // is in the detail.
    return CheckFailure(
      node: shape.element.parent ?? shape.element, values: values, parameter: limit.parameter, bound: side,
      spatial: detail)
  }
}
