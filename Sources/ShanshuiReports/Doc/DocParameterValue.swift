import ShanshuiCore

/// A parameter's value under one profile as the documentation shows it: value, status, and the source, the
/// provisional reason, or why there is no value.
struct DocParameterValue {
  var value: [DocInline]
  var status: [DocInline]
  var basis: [DocInline]

  init(_ parameter: Parameter, _ profile: Profile, _ terms: DocTerms) {
    if let own = parameter.values[profile] {
      value = [.text(terms.quantity(own.value, parameter.unit))]
      status = [.text(terms.status(own.status))]
      basis = own.status == .adopted || own.reason == nil ? terms.citations(own.sources) : terms.lines(own.reason!)
      return
    }
    value = [.text("—")]
    guard profile == .unified, let applied = parameter.resolved(for: .unified), let from = applied.fallbackFrom else {
      status = [.text(terms.label("无取值", "no value"))]
      basis = [.text(terms.label("使用此参数的规则在此不适用", "rules that use it do not apply here"))]
      return
    }
    status = [.text(terms.label("尚未统一", "not yet unified"))]
    basis = terms.perLanguage { language in
      let quantity = terms.quantity(applied.number, parameter.unit, in: language)
      let province = from.title.text(language)
      return [
        .text(
          language == .zh ? "暂按较严的\(province)值 \(quantity) 判定" : "the stricter \(province) value \(quantity) applies")
      ]
    }
  }
}
