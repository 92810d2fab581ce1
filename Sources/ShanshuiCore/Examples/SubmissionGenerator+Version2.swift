extension SubmissionGenerator {
  /// `text` (a generated version-1 submission) as format version 2: every sub-project declares no other central
  /// funds, and an eligibility section, a complete performance table and a plan are added whose figures agree with
  /// the submission (the cost is the total investment, the treated area the units' total, the completion date the
  /// period's end, one year of the annual plan per year of the period, its funding adding up to the total).
  static func version2(_ text: String, totalYuan: Int, treatedHectares: Int) -> String {
    guard let period = text.range(of: "<period "),
      let periodEnd = text.range(of: "/>", range: period.upperBound..<text.endIndex),
      let start = attribute("start", in: String(text[period.lowerBound..<periodEnd.upperBound])),
      let end = attribute("end", in: String(text[period.lowerBound..<periodEnd.upperBound])),
      let firstYear = Int(start.prefix(4)), let lastYear = Int(end.prefix(4)), lastYear >= firstYear,
      let close = text.range(of: "</submission>", options: .backwards)
    else { return text }
    let years = Array(firstYear...lastYear)
    let funding = split(totalYuan, into: years.count)
    let plan = zip(years, funding).map { year, yuan in
      "    <year value=\"\(year)\"><funding unit=\"yuan\">\(yuan)</funding></year>\n"
    }.joined()
    let chapters = [
      ("survey", "现状调查"), ("diagnosis", "生态问题识别与诊断"), ("layout", "总体布局与保护修复单元"), ("works", "工程设计与建设内容"),
      ("investment", "投资估算与资金筹措"), ("management", "管理维护、监测评价与适应性管理"),
    ].map { "    <chapter kind=\"\($0.0)\">\($0.1)</chapter>\n" }.joined()
    let sections = """
        <eligibility>
          <submittedBy authority="provincial-finance-and-natural-resources">省级财政、自然资源主管部门</submittedBy>
        </eligibility>
        <performance>
          <output>
            <quantity name="修复治理面积" unit="ha">\(treatedHectares)</quantity>
            <quality name="苗木成活率" unit="percent">85</quality>
            <timeliness name="工程完工时间" date="\(end.prefix(10))"/>
            <cost name="项目总投入" unit="yuan">\(totalYuan)</cost>
          </output>
          <benefit>
            <social name="带动当地就业人数" unit="count">300</social>
            <sustainable name="工程管护期" unit="year">3</sustainable>
          </benefit>
          <satisfaction name="项目区群众满意度" unit="percent">90</satisfaction>
        </performance>
        <plan>

      """ + chapters + plan + "  </plan>\n"
    var output =
      String(text[..<close.lowerBound]).replacingOccurrences(
        of: "</subproject>", with: "  <otherCentralFunds/>\n      </subproject>")
      + sections + String(text[close.lowerBound...])
    output = output.replacingOccurrences(of: "formatVersion=\"1\"", with: "formatVersion=\"2\"")
    return output
  }
}
