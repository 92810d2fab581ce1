/// A blank, schema-valid submission for a province and project type, with a Chinese comment on every field: what it
/// means, its unit, and the rules that read it. Submitters start from it rather than from the schema.
public struct SubmissionSkeleton: Sendable {
  public var province: Profile
  public var projectType: String

  /// Project types with a section of their own in the skeleton.
  public static let projectTypes = ["ssw", "mine", "wsc", "karst", "greening", "wetland", "riparian"]

  public init(province: Profile, projectType: String) {
    self.province = province
    self.projectType = projectType
  }

  /// The text every blank field of the skeleton holds; SS-CMP-001 reports any value still equal to it.
  public static let placeholderText = "待填写"
  /// The date every date of the skeleton holds (year 1: never a project date); SS-CMP-003 reports it.
  public static let placeholderDate = "0001-01-01"

  /// The skeleton, with the rules of `index` named on each field, its comments in `language`.
  public func render(index: RuleFieldIndex, language: Language = .zh) -> String {
    // Sentinels that no real project can hold (SS-CMP): the province's own code (never a county or prefecture, but it
    // keeps `--profile auto` on the province), the placeholder text, and the placeholder date.
    let division = province == .sichuan ? "510000" : "500000"
    let divisionName = Self.placeholderText
    var sections = Self.head + Self.common
    // In the schema's order: corridor, soil conservation, karst, mine.
    let hasCorridor = projectType == "riparian" || projectType == "ssw"
    if hasCorridor { sections += Self.corridor }
    sections += projectType == "wsc" ? Self.soil : Self.constructionSoil
    if projectType == "karst" { sections += Self.karst }
    if projectType == "mine" { sections += Self.mine }
    sections += Self.tail + Self.eligibility(projectType) + Self.performance + Self.plan + Self.end
    var text =
      sections
      .replacingOccurrences(of: "}}{{rules ", with: " ")
      .replacingOccurrences(of: "{{corridorLinkage}}", with: hasCorridor ? Self.corridorLinkage : "")
      .replacingOccurrences(of: "{{wetlandTargets}}", with: projectType == "wetland" ? Self.wetlandTargets : "")
      .replacingOccurrences(of: "{{type}}", with: projectType)
      .replacingOccurrences(of: "{{division}}", with: division)
      .replacingOccurrences(of: "{{divisionName}}", with: divisionName)
      .replacingOccurrences(of: "{{province}}", with: province.rawValue)
      .replacingOccurrences(of: "{{date}}", with: Self.placeholderDate)
    if language == .en { text = Self.english(text) }
    while let open = text.range(of: "{{rules "),
      let close = text.range(of: "}}", range: open.upperBound..<text.endIndex)
    {
      let keys = text[open.upperBound..<close.lowerBound].split(separator: " ").map { $0.split(separator: "/") }
      let rules = Set(
        keys.filter { $0.count == 2 }.flatMap { index.rules(reading: String($0[1]), under: String($0[0])) }
      ).sorted()
      let note = rules.isEmpty ? "" : (language == .zh ? "；规则：" : "; rules: ") + rules.joined(separator: " ")
      text.replaceSubrange(open.lowerBound..<close.upperBound, with: note)
    }
    return text
  }

  /// `text` with each comment's prose in English (`englishComments`); the rules notes and any commented-out XML after
  /// them are kept, with the coordinate placeholders of the GML examples in English too.
  static func english(_ text: String) -> String {
    var output = ""
    var rest = Substring(text)
    while let open = rest.range(of: "<!--"), let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) {
      output += rest[..<open.upperBound]
      let body = rest[open.upperBound..<close.lowerBound]
      let marker = body.range(of: "{{rules ")
      let prose = marker.map { body[..<$0.lowerBound] } ?? body
      let key = prose.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if let english = englishComments[key] {
        let tail = marker.map { String(body[$0.lowerBound...]) } ?? " "
        output += " " + english
        output += tail.replacingOccurrences(of: "纬度", with: "lat").replacingOccurrences(of: "经度", with: "lon")
      } else {
        output += body
      }
      output += "-->"
      rest = rest[close.upperBound...]
    }
    return output + rest
  }

  static let head = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- shanshui 申报材料模板（格式版本 2）。将“待填写”、0、日期 0001-01-01 和省级区划代码（500000、510000）替换为实际内容；数量均须注明单位。
         检查：shanshui check 本文件。格式说明见 docs/submission-format.md。 -->
    <submission xmlns="urn:shanshui:submission:1" formatVersion="2">
      <!-- 项目标识：@id 项目编号（字母、数字、-）；@type 项目类型{{rules project/@type}} -->
      <project id="XM-0001" type="{{type}}">
        <!-- 项目名称（中文必填，英文可选）{{rules project/name}} -->
        <name lang="zh">待填写</name>
        <!-- 资金渠道：@code central-ssw 中央山水工程 / central-mine-demo 中央废弃矿山示范工程 / central-greening-pilot 中央国土绿化试点示范 / provincial-chongqing 重庆市级 / provincial-sichuan 四川省级 / cq-qianli-forest-belt 重庆“两岸青山·千里林带” / local 市县自筹 / social-capital 社会资本 / other；@callYear 申报年度（如 2026）；涉及多个渠道时逐个列出。仅适用于某一渠道的规则（奖补档位、示范工程门槛、中央项目实施期）只对该渠道的项目检查；不属于任何渠道时删除本元素{{rules project/programme}}{{rules programme/@code}} -->
        <programme code="待填写"/>
        <!-- 申报单位：@role lead 牵头 / co-applicant 联合申报 / implementer 实施；@province 所属省市{{rules project/applicant}} -->
        <applicant role="lead" province="{{province}}">待填写</applicant>
      </project>
      <location>
        <!-- 行政区划：GB/T 2260 区县（四川可为市州）代码，重庆 50xxxx、四川 51xxxx，模板中的省级代码须替换；跨省项目列出两省区划{{rules location/division}}{{rules division/@code}} -->
        <division code="{{division}}" name="{{divisionName}}"/>
        <!-- 所在流域：yangtze 长江、jialing 嘉陵江、wujiang 乌江、minjiang 岷江、fujiang 涪江、tuojiang 沱江、chishui 赤水河、other{{rules location/basin}}{{rules basin/@code}} -->
        <basin code="yangtze"/>
        <!-- 自然地理单元：@kind basin 流域 / mountain 山体山脉{{rules location/naturalUnit}} -->
        <naturalUnit kind="basin">待填写</naturalUnit>
        <!-- 与生态保护红线的关系：@overlap 是否重叠；重叠时逐项列出红线内活动 activity/@kind{{rules location/redLine}}{{rules redLine/@overlap}}{{rules redLine/activity}} -->
        <redLine overlap="false"/>
        <!-- 规划衔接：territorial-spatial 国土空间规划、eco-restoration 生态修复规划{{rules location/planLinkage}}{{rules planLinkage/@kind}} -->
        <planLinkage kind="territorial-spatial">待填写</planLinkage>
        <planLinkage kind="eco-restoration">待填写</planLinkage>{{corridorLinkage}}
        <!-- 项目边界（可选，格式第2版，须为 location 的最后一个子元素）：一个 GML 3.2 的 gml:Polygon 或 gml:MultiSurface，注明 srsName。坐标系：CGCS2000 地理坐标 EPSG:4490（先纬度后经度），或 CGCS2000 3度带高斯–克吕格投影 32–37 带（EPSG:4520–4525 东坐标带带号，EPSG:4541–4546 不带带号；先北坐标 X 后东坐标 Y）；srsName 写作 EPSG:4490、urn:ogc:def:crs:EPSG::4490 或 http://www.opengis.net/def/crs/EPSG/0/4490，不接受旧式 …/gml/srs/epsg.xml#4490（轴序不明）。外环、内环为 gml:LinearRing，坐标写在 gml:posList 中，二维，首末点相同（闭合），至少四个点；不得使用 xlink:href 引用外部数据。使用时取消注释，并替换坐标{{rules location/geometry}}
        <geometry>
          <gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="urn:ogc:def:crs:EPSG::4490">
            <gml:exterior><gml:LinearRing>
              <gml:posList>纬度1 经度1 纬度2 经度2 纬度3 经度3 纬度1 经度1</gml:posList>
            </gml:LinearRing></gml:exterior>
          </gml:Polygon>
        </geometry>
        -->
      </location>
      <!-- 实施期：开始与结束日期（YYYY-MM-DD）{{rules submission/period}}{{rules period/@start}}{{rules period/@end}} -->
      <period start="{{date}}" end="{{date}}"/>
      <!-- 项目总面积；单位 m2 / mu（亩）/ ha（公顷）/ km2{{rules submission/area}} -->
      <area unit="ha">0</area>

    """

  static let common = """
      <investment>
        <!-- 总投资；单位 yuan 元 / wan-yuan 万元 / yi-yuan 亿元{{rules investment/total}} -->
        <total unit="wan-yuan">0</total>
        <!-- 资金来源：@kind central 中央 / provincial 省级 / municipal 市级 / county 区县 / social 社会资本 / other；各来源之和须等于总投资{{rules investment/source}}{{rules source/@kind}} -->
        <source kind="central" unit="wan-yuan">0</source>
        <source kind="county" unit="wan-yuan">0</source>
        <!-- 社会资本须写明 @mode：self-investment 自主投资 / ppp 与政府合作 / public-welfare 公益参与{{rules source/@mode}} -->
        <source kind="social" unit="wan-yuan" mode="self-investment">0</source>
      </investment>
      <units>
        <!-- 保护修复单元：@division 本单元所在区划（跨省项目按本单元所属省份标准判定）；@mode protection 保护保育 / natural-recovery 自然恢复 / assisted-regeneration 辅助再生 / reconstruction 生态重建；@damage light 轻度 / moderate 中度 / severe 重度受损{{rules units/unit}}{{rules unit/@division}}{{rules unit/@mode}}{{rules unit/@damage}} -->
        <unit id="U1" division="{{division}}" mode="natural-recovery" damage="light">
          <!-- 单元名称{{rules unit/name}} -->
          <name>待填写</name>
          <!-- 单元面积{{rules unit/area}} -->
          <area unit="ha">0</area>
          <!-- 修复措施：@kind 如 planting 造林种草、slope-farming 坡耕地种植 等{{rules unit/measure}}{{rules measure/@kind}} -->
          <measure kind="planting">待填写</measure>
          <!-- 绩效目标：@indicator 指标（如 survival-rate 成活率），@unit 单位，@baseline 基线值{{rules unit/target}}{{rules target/@indicator}} -->
          <target indicator="survival-rate" unit="percent">0</target>{{wetlandTargets}}
          <!-- 子项目：名称、面积、预算；可选 @kind 工程类别（格式第2版，如 planting 造林、closure 封育），中央项目不得为负面清单所列（park 公园、square 广场、sculpture 雕塑、tourism-facility 旅游设施、bonsai-project “盆景”工程、piling-showcase “堆大户”、vanity-project 政绩工程、large-tree-transplanting 大树移栽、cropland-afforestation 占用耕地绿化造林、lake-landscaping 挖湖造景）{{rules unit/subproject}}{{rules subproject/budget}}{{rules subproject/area}}{{rules subproject/@kind}} -->
          <subproject id="U1-P1">
            <name>待填写</name>
            <area unit="ha">0</area>
            <budget unit="wan-yuan">0</budget>
            <!-- 其他中央财政资金申明（格式第2版；中央项目每个子项目必填）：同一工程已获或正申请的其他中央资金逐笔写 <fund programme="资金名称" year="年度" unit="wan-yuan">金额</fund>；没有则保留空元素。已有中央资金支持的工程不得申报{{rules subproject/otherCentralFunds}}{{rules otherCentralFunds/fund}} -->
            <otherCentralFunds/>
          </subproject>
          <!-- 单元范围（可选，格式第2版，须为 unit 的最后一个子元素）：写法同项目边界（location 中的 geometry 注释）；多个地块用 gml:MultiSurface，每块一个 gml:surfaceMember{{rules unit/geometry}}
          <geometry>
            <gml:MultiSurface xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490">
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing>
                <gml:posList>纬度1 经度1 纬度2 经度2 纬度3 经度3 纬度1 经度1</gml:posList>
              </gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
            </gml:MultiSurface>
          </geometry>
          -->
        </unit>
      </units>

    """

  /// A wetland project's two targets (SS-WET-001, SS-WET-003), after the unit's first target.
  static let wetlandTargets = """

          <!-- 湿地面积目标（湿地项目至少一个单元填写）：@baseline 现状湿地面积，目标值不得低于基线（湿地面积不减少）{{rules target/@baseline}} -->
          <target indicator="wetland-area" unit="ha" baseline="0">0</target>
          <!-- 湿地保护率目标（%），说明项目对全国湿地保护率目标的贡献 -->
          <target indicator="wetland-protection-rate" unit="percent">0</target>
    """

  /// The plan linkage a project on a six-river corridor states (SS-COO-001), after the other two.
  static let corridorLinkage = """

        <!-- 与《成渝地区双城经济圈“六江”生态廊道建设规划》的衔接（“六江”廊道项目，格式第2版）：内容须写明该规划{{rules planLinkage/@kind}} -->
        <planLinkage kind="six-river-corridor">待填写</planLinkage>
    """

  static let corridor = """
      <!-- “六江”生态廊道：@river 河流{{rules submission/corridor}}{{rules corridor/@river}} -->
      <corridor river="yangtze">
        <!-- 生态缓冲带宽度；单位 m / km{{rules corridor/bufferWidth}} -->
        <bufferWidth unit="m">0</bufferWidth>
        <!-- 岸线长度{{rules corridor/shoreline}} -->
        <shoreline unit="km">0</shoreline>
        <!-- 工程距岸线距离（重庆“千里林带”等）{{rules corridor/distanceFromBank}} -->
        <distanceFromBank unit="m">0</distanceFromBank>
        <!-- 沿岸设施：@kind chemical 化工 / tailings 尾矿库 等，@new 是否新建扩建；可选的最后一个子元素 geometry（格式第2版）为设施占地范围，写法同项目边界{{rules corridor/facility}}{{rules facility/@kind}}{{rules facility/distanceFromBank}}{{rules facility/geometry}} -->
        <!-- 生态隔离带（格式第2版）：建设的写明宽度 width、长度 length 和说明 description；不建设的改写为 <isolationBelt planned="false"/>{{rules corridor/isolationBelt}} -->
        <isolationBelt>
          <width unit="m">0</width>
          <length unit="km">0</length>
          <description>待填写</description>
        </isolationBelt>
      </corridor>

    """

  static let soil = """
      <!-- 水土保持（小流域综合治理）：@zone GB/T 50434 类型区（southwest-purple-soil 西南紫色土区 / southwest-karst 西南岩溶区 / qinghai-tibet 青藏高原区）。GB/T 50434 是生产建设项目的标准，小流域综合治理不填防治等级 @grade，也不要求六项防治指标{{rules submission/soilConservation}}{{rules soilConservation/@zone}} -->
      <soilConservation zone="southwest-purple-soil">
        <!-- 水土保持率目标{{rules soilConservation/retentionRate}} -->
        <retentionRate unit="percent">0</retentionRate>
      </soilConservation>

    """

  /// The soil-conservation section of a project whose earthworks fall under GB/T 50434 (a grade, and then the six
  /// control indicators for both periods: SS-WSC-005).
  static let constructionSoil = """
      <!-- 水土保持（生产建设类工程有水土保持方案时填写，否则删除本节）：@zone GB/T 50434 类型区（southwest-purple-soil 西南紫色土区 / southwest-karst 西南岩溶区 / qinghai-tibet 青藏高原区），@grade 防治标准等级 1 / 2 / 3{{rules submission/soilConservation}}{{rules soilConservation/@zone}}{{rules soilConservation/@grade}} -->
      <soilConservation zone="southwest-purple-soil" grade="1">
        <!-- 六项防治指标，施工期 construction 和设计水平年 design-level-year 各一行，共十二行：水土流失治理度 erosion-control-degree、土壤流失控制比 soil-loss-control-ratio（无量纲 ratio）、渣土防护率 spoil-protection-rate、表土保护率 topsoil-protection-rate、林草植被恢复率 vegetation-restoration-rate、林草覆盖率 vegetation-coverage-rate；可另填原地貌 baseline 和治理后的土壤侵蚀模数 soil-loss-modulus（t-per-km2-a）{{rules soilConservation/indicator}}{{rules indicator/@name}}{{rules indicator/@period}} -->
        <indicator name="erosion-control-degree" period="construction" unit="percent">0</indicator>
        <indicator name="erosion-control-degree" period="design-level-year" unit="percent">0</indicator>
        <indicator name="soil-loss-control-ratio" period="construction" unit="ratio">0</indicator>
        <indicator name="soil-loss-control-ratio" period="design-level-year" unit="ratio">0</indicator>
        <indicator name="spoil-protection-rate" period="construction" unit="percent">0</indicator>
        <indicator name="spoil-protection-rate" period="design-level-year" unit="percent">0</indicator>
        <indicator name="topsoil-protection-rate" period="construction" unit="percent">0</indicator>
        <indicator name="topsoil-protection-rate" period="design-level-year" unit="percent">0</indicator>
        <indicator name="vegetation-restoration-rate" period="construction" unit="percent">0</indicator>
        <indicator name="vegetation-restoration-rate" period="design-level-year" unit="percent">0</indicator>
        <indicator name="vegetation-coverage-rate" period="construction" unit="percent">0</indicator>
        <indicator name="vegetation-coverage-rate" period="design-level-year" unit="percent">0</indicator>
        <!-- 水土保持率目标{{rules soilConservation/retentionRate}} -->
        <retentionRate unit="percent">0</retentionRate>
      </soilConservation>

    """

  static let karst = """
      <!-- 石漠化治理{{rules submission/karst}} -->
      <karst>
        <!-- 林草植被覆盖度目标，@baseline 基线值（%）{{rules karst/vegetationCover}}{{rules vegetationCover/@baseline}} -->
        <vegetationCover unit="percent" baseline="0">0</vegetationCover>
        <!-- 治理地块：@landUse 地类，@degree 石漠化程度；cover 植被综合盖度{{rules karst/treatedLand}}{{rules treatedLand/@landUse}}{{rules treatedLand/cover}} -->
        <treatedLand landUse="forest" degree="light"><cover unit="percent">0</cover></treatedLand>
      </karst>

    """

  static let mine = """
      <!-- 矿山修复：@responsibility 修复责任（government 政府），@mineral 矿种{{rules submission/mine}}{{rules mine/@responsibility}}{{rules mine/@mineral}} -->
      <mine responsibility="government" mineral="building-material">
        <!-- 治理面积{{rules mine/treatedArea}} -->
        <treatedArea unit="km2">0</treatedArea>
        <!-- 植被成活率（%）{{rules mine/survivalRate}} -->
        <survivalRate unit="percent">0</survivalRate>
        <!-- 执行的技术标准，如 DB50/T 10010.2—2024{{rules mine/standard}}{{rules standard/@ref}} -->
        <standard ref="DB50/T 10010.2—2024"/>
      </mine>

    """

  static let tail = """
      <!-- 监测与适应性管理：定期评估频次、动态监测、预警{{rules submission/monitoring}}{{rules monitoring/evaluation}}{{rules monitoring/dynamicMonitoring}}{{rules monitoring/earlyWarning}} -->
      <monitoring>
        <evaluation frequency="annual"/>
        <dynamicMonitoring>待填写</dynamicMonitoring>
        <earlyWarning>待填写</earlyWarning>
        <!-- 验收：依据标准（如 TD/T 1069-2022）与计划验收日期{{rules monitoring/acceptance}}{{rules acceptance/@standard}} -->
        <acceptance standard="TD/T 1069-2022" planned="{{date}}"/>
      </monitoring>
      <!-- 管护：责任主体 @party、管护期、经费{{rules submission/maintenance}}{{rules maintenance/@party}}{{rules maintenance/period}}{{rules maintenance/funding}} -->
      <maintenance party="待填写">
        <period unit="year">0</period>
        <funding>待填写</funding>
      </maintenance>
      <!-- 数据共享：坐标系（如 CGCS2000）与数据格式{{rules submission/dataSharing}}{{rules dataSharing/@coordinateSystem}}{{rules dataSharing/format}} -->
      <dataSharing coordinateSystem="CGCS2000">
        <format>shp</format>
      </dataSharing>

    """

  /// The eligibility section (format version 2); the execution rate only where the call sets it (the mine calls).
  static func eligibility(_ projectType: String) -> String {
    let rate =
      projectType == "mine"
      ? """
          <!-- 本省此前同类中央项目的中央财政资金预算执行率（废弃矿山示范工程必填，低于60%不得申报）；@years 这些项目的年度，@asOf 统计截止日{{rules eligibility/priorExecutionRate}} -->
          <priorExecutionRate unit="percent" years="待填写">0</priorExecutionRate>
      """
      : """
          <!-- 本省此前同类中央项目的中央财政资金预算执行率（仅废弃矿山示范工程须填）：<priorExecutionRate unit="percent" years="2022-2023">执行率</priorExecutionRate>{{rules eligibility/priorExecutionRate}} -->
      """
    return """
        <!-- 申报资格（格式第2版；中央山水工程、废弃矿山示范工程必填）：submittedBy 报送单位名称，@authority provincial-government 省级人民政府 / provincial-finance-and-natural-resources 省级财政、自然资源主管部门联合行文 / provincial-finance 省级财政部门 / provincial-natural-resources 省级自然资源主管部门；可选 @approved 省级人民政府批准日期{{rules submission/eligibility}}{{rules eligibility/submittedBy}}{{rules submittedBy/@authority}} -->
        <eligibility>
          <submittedBy authority="provincial-finance-and-natural-resources">待填写</submittedBy>
      \(rate)
        </eligibility>

      """
  }

  static let performance = """
      <!-- 绩效目标表（格式第2版；中央项目必填）：产出指标 output 须含数量 quantity、质量 quality、时效 timeliness、成本 cost；效益指标 benefit 须含社会 social、可持续影响 sustainable（经济 economic、生态 ecological 可选）；满意度指标 satisfaction。每项 @name 为表中的三级指标名称，数值注明 @unit，可选 @comparison at-least ≥ / at-most ≤ / equal ={{rules submission/performance}}{{rules performance/output}}{{rules performance/benefit}}{{rules performance/satisfaction}} -->
      <performance>
        <output>
          <!-- 数量指标，如修复治理面积（面积不得超过各保护修复单元面积之和）{{rules output/quantity}} -->
          <quantity name="待填写" unit="ha">0</quantity>
          <!-- 质量指标，如苗木成活率{{rules output/quality}} -->
          <quality name="待填写" unit="percent">0</quality>
          <!-- 时效指标：@date 完成日期，须在实施期内{{rules output/timeliness}}{{rules timeliness/@date}} -->
          <timeliness name="待填写" date="{{date}}"/>
          <!-- 成本指标：项目总投入，须等于总投资（万元取整）{{rules output/cost}} -->
          <cost name="项目总投入" unit="wan-yuan">0</cost>
        </output>
        <benefit>
          <!-- 社会效益指标，如带动就业人数{{rules benefit/social}} -->
          <social name="待填写" unit="count">0</social>
          <!-- 可选：经济效益 <economic name="…" unit="wan-yuan">…</economic>、生态效益 <ecological name="…" unit="percent">…</ecological>{{rules benefit/economic}}{{rules benefit/ecological}} -->
          <!-- 可持续影响指标，如工程管护期{{rules benefit/sustainable}} -->
          <sustainable name="待填写" unit="year">0</sustainable>
        </benefit>
        <!-- 满意度指标，如项目区群众满意度{{rules performance/satisfaction}} -->
        <satisfaction name="待填写" unit="percent">0</satisfaction>
      </performance>

    """

  static let plan = """
      <!-- 实施方案（格式第2版；中央项目必填）：chapter 章节，文字为方案中的章节标题，@kind 须各有一章：survey 现状调查 / diagnosis 生态问题识别与诊断 / layout 总体布局与保护修复单元 / works 工程设计与建设内容 / investment 投资估算与资金筹措 / management 管理维护、监测评价与适应性管理；可另列 feasibility 可行性分析 / targets 目标指标 / annual-plan 年度实施计划 / safeguards 保障措施{{rules submission/plan}}{{rules plan/chapter}}{{rules chapter/@kind}} -->
      <plan>
        <chapter kind="survey">待填写</chapter>
        <chapter kind="diagnosis">待填写</chapter>
        <chapter kind="layout">待填写</chapter>
        <chapter kind="works">待填写</chapter>
        <chapter kind="investment">待填写</chapter>
        <chapter kind="management">待填写</chapter>
        <!-- 年度计划：实施期内每年一个 year（@value 年份，逐年复制本元素），task 年度任务，funding 年度资金；各年资金之和须等于总投资{{rules plan/year}}{{rules year/funding}} -->
        <year value="0001">
          <task>待填写</task>
          <funding unit="wan-yuan">0</funding>
        </year>
      </plan>

    """

  static let end = """
    </submission>

    """
}
