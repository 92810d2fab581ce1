/// English comments of `init --lang en`: each Chinese comment of the skeleton (its text before the rules note, with
/// whitespace runs as one space) and its English text. A comment missing here stays Chinese, which
/// SubmissionSkeletonTests catches.
extension SubmissionSkeleton {
  static let englishComments: [String: String] = [
    "shanshui 申报材料模板（格式版本 2）。将“待填写”、0、日期 0001-01-01 和省级区划代码（500000、510000）替换为实际内容；数量均须注明单位。 检查：shanshui check 本文件。格式说明见 docs/submission-format.md。":
      "shanshui submission template (format version 2). Replace 待填写 (to be filled in), 0, the date 0001-01-01 and the province-level division codes (500000, 510000) with the project's content; every quantity states its unit. Check: shanshui check THIS-FILE. Format: docs/submission-format.md.",
    "项目标识：@id 项目编号（字母、数字、-）；@type 项目类型":
      "Project identity: @id project number (letters, digits, -); @type project type",
    "项目名称（中文必填，英文可选）":
      "Project name (Chinese required, English optional)",
    "资金渠道：@code central-ssw 中央山水工程 / central-mine-demo 中央废弃矿山示范工程 / central-greening-pilot 中央国土绿化试点示范 / provincial-chongqing 重庆市级 / provincial-sichuan 四川省级 / cq-qianli-forest-belt 重庆“两岸青山·千里林带” / local 市县自筹 / social-capital 社会资本 / other；@callYear 申报年度（如 2026）；涉及多个渠道时逐个列出。仅适用于某一渠道的规则（奖补档位、示范工程门槛、中央项目实施期）只对该渠道的项目检查；不属于任何渠道时删除本元素":
      "Funding programme: @code central-ssw central integrated (shanshui) project / central-mine-demo central legacy-mine demonstration / central-greening-pilot central greening pilot / provincial-chongqing Chongqing municipal / provincial-sichuan Sichuan provincial / cq-qianli-forest-belt Chongqing's two-bank green hills and thousand-li forest belt / local city or county funds / social-capital private capital / other; @callYear year of the call (e.g. 2026); list every programme the project draws on. Rules of one programme (award tiers, demonstration thresholds, the central project period) are checked only for projects of that programme; delete this element when the project belongs to none",
    "申报单位：@role lead 牵头 / co-applicant 联合申报 / implementer 实施；@province 所属省市":
      "Applicant: @role lead / co-applicant / implementer; @province its province",
    "行政区划：GB/T 2260 区县（四川可为市州）代码，重庆 50xxxx、四川 51xxxx，模板中的省级代码须替换；跨省项目列出两省区划":
      "Administrative division: GB/T 2260 county code (in Sichuan also a prefecture), Chongqing 50xxxx, Sichuan 51xxxx; the template's province-level code must be replaced; a cross-border project lists the divisions of both provinces",
    "所在流域：yangtze 长江、jialing 嘉陵江、wujiang 乌江、minjiang 岷江、fujiang 涪江、tuojiang 沱江、chishui 赤水河、other":
      "Basin: yangtze Yangtze, jialing Jialing, wujiang Wujiang, minjiang Minjiang, fujiang Fujiang, tuojiang Tuojiang, chishui Chishui, other",
    "自然地理单元：@kind basin 流域 / mountain 山体山脉":
      "Natural geographic unit: @kind basin / mountain (a mountain or range)",
    "与生态保护红线的关系：@overlap 是否重叠；重叠时逐项列出红线内活动 activity/@kind":
      "Relation to the ecological protection red line: @overlap whether the project overlaps it; if it does, list each activity inside the red line as activity/@kind",
    "规划衔接：territorial-spatial 国土空间规划、eco-restoration 生态修复规划":
      "Plan linkage: territorial-spatial territorial spatial plan, eco-restoration ecological restoration plan",
    "项目边界（可选，格式第2版，须为 location 的最后一个子元素）：一个 GML 3.2 的 gml:Polygon 或 gml:MultiSurface，注明 srsName。坐标系：CGCS2000 地理坐标 EPSG:4490（先纬度后经度），或 CGCS2000 3度带高斯–克吕格投影 32–37 带（EPSG:4520–4525 东坐标带带号，EPSG:4541–4546 不带带号；先北坐标 X 后东坐标 Y）；srsName 写作 EPSG:4490、urn:ogc:def:crs:EPSG::4490 或 http://www.opengis.net/def/crs/EPSG/0/4490，不接受旧式 …/gml/srs/epsg.xml#4490（轴序不明）。外环、内环为 gml:LinearRing，坐标写在 gml:posList 中，二维，首末点相同（闭合），至少四个点；不得使用 xlink:href 引用外部数据。使用时取消注释，并替换坐标":
      "Project boundary (optional, format version 2, the last child of location): one GML 3.2 gml:Polygon or gml:MultiSurface with its srsName. Coordinate systems: CGCS2000 geographic EPSG:4490 (latitude first, then longitude), or a CGCS2000 3-degree Gauss-Kruger zone 32-37 (EPSG:4520-4525 with the zone number in the easting, EPSG:4541-4546 without; northing X first, then easting Y); write srsName as EPSG:4490, urn:ogc:def:crs:EPSG::4490 or http://www.opengis.net/def/crs/EPSG/0/4490, not the old .../gml/srs/epsg.xml#4490 (its axis order is ambiguous). Exterior and interior rings are gml:LinearRing with the coordinates in gml:posList, two-dimensional, first point equal to the last (closed), at least four points; no xlink:href to external data. To use it, uncomment it and replace the coordinates",
    "实施期：开始与结束日期（YYYY-MM-DD）":
      "Project period: start and end dates (YYYY-MM-DD)",
    "项目总面积；单位 m2 / mu（亩）/ ha（公顷）/ km2":
      "Total project area; unit m2 / mu / ha (hectare) / km2",
    "总投资；单位 yuan 元 / wan-yuan 万元 / yi-yuan 亿元":
      "Total investment; unit yuan / wan-yuan (10,000 yuan) / yi-yuan (100 million yuan)",
    "资金来源：@kind central 中央 / provincial 省级 / municipal 市级 / county 区县 / social 社会资本 / other；各来源之和须等于总投资":
      "Funding sources: @kind central / provincial / municipal / county / social (private capital) / other; the sources add up to the total investment",
    "社会资本须写明 @mode：self-investment 自主投资 / ppp 与政府合作 / public-welfare 公益参与":
      "Private capital states its @mode: self-investment / ppp (partnership with government) / public-welfare",
    "保护修复单元：@division 本单元所在区划（跨省项目按本单元所属省份标准判定）；@mode protection 保护保育 / natural-recovery 自然恢复 / assisted-regeneration 辅助再生 / reconstruction 生态重建；@damage light 轻度 / moderate 中度 / severe 重度受损":
      "Protection and restoration unit: @division the unit's division (in a cross-border project each unit is judged under its own province); @mode protection / natural-recovery / assisted-regeneration / reconstruction; @damage light / moderate / severe",
    "单元名称":
      "Unit name",
    "单元面积":
      "Unit area",
    "修复措施：@kind 如 planting 造林种草、slope-farming 坡耕地种植 等":
      "Restoration measure: @kind e.g. planting (afforestation and grass planting), slope-farming (cropping on sloping land)",
    "绩效目标：@indicator 指标（如 survival-rate 成活率），@unit 单位，@baseline 基线值":
      "Performance target: @indicator the indicator (e.g. survival-rate), @unit its unit, @baseline its baseline value",
    "子项目：名称、面积、预算；可选 @kind 工程类别（格式第2版，如 planting 造林、closure 封育），中央项目不得为负面清单所列（park 公园、square 广场、sculpture 雕塑、tourism-facility 旅游设施、bonsai-project “盆景”工程、piling-showcase “堆大户”、vanity-project 政绩工程、large-tree-transplanting 大树移栽、cropland-afforestation 占用耕地绿化造林、lake-landscaping 挖湖造景）":
      "Sub-project: name, area, budget; optional @kind, the kind of works (format version 2, e.g. planting, closure); a central project's works must not be on the negative list (park, square, sculpture, tourism-facility, bonsai-project, piling-showcase, vanity-project, large-tree-transplanting, cropland-afforestation, lake-landscaping)",
    "其他中央财政资金申明（格式第2版；中央项目每个子项目必填）：同一工程已获或正申请的其他中央资金逐笔写 <fund programme=\"资金名称\" year=\"年度\" unit=\"wan-yuan\">金额</fund>；没有则保留空元素。已有中央资金支持的工程不得申报":
      "Other central funds (format version 2; every sub-project of a central project): each other central fund the same works received or applied for as <fund programme=\"fund name\" year=\"year\" unit=\"wan-yuan\">amount</fund>; none: keep the empty element. Works already funded by the centre may not be submitted",
    "单元范围（可选，格式第2版，须为 unit 的最后一个子元素）：写法同项目边界（location 中的 geometry 注释）；多个地块用 gml:MultiSurface，每块一个 gml:surfaceMember":
      "Unit extent (optional, format version 2, the last child of unit): written like the project boundary (the geometry comment in location); several parcels as a gml:MultiSurface, one gml:surfaceMember each",
    "湿地面积目标（湿地项目至少一个单元填写）：@baseline 现状湿地面积，目标值不得低于基线（湿地面积不减少）":
      "Wetland-area target (a wetland project states it on at least one unit): @baseline the present wetland area; the target may not be below it (no net loss of wetland)",
    "湿地保护率目标（%），说明项目对全国湿地保护率目标的贡献":
      "Wetland protection-rate target (%): the project's contribution to the national wetland protection-rate target",
    "“六江”生态廊道：@river 河流":
      "Six-river ecological corridor: @river the river",
    "生态缓冲带宽度；单位 m / km":
      "Width of the ecological buffer belt; unit m / km",
    "岸线长度":
      "Shoreline length",
    "工程距岸线距离（重庆“千里林带”等）":
      "Distance of the works from the bank (Chongqing's thousand-li forest belt and others)",
    "沿岸设施：@kind chemical 化工 / tailings 尾矿库 等，@new 是否新建扩建；可选的最后一个子元素 geometry（格式第2版）为设施占地范围，写法同项目边界":
      "Riverside facilities: @kind chemical / tailings (tailings pond) and others, @new whether new or extended; the optional last child geometry (format version 2) is the facility's footprint, written like the project boundary",
    "水土保持（小流域综合治理）：@zone GB/T 50434 类型区（southwest-purple-soil 西南紫色土区 / southwest-karst 西南岩溶区 / qinghai-tibet 青藏高原区）。GB/T 50434 是生产建设项目的标准，小流域综合治理不填防治等级 @grade，也不要求六项防治指标":
      "Soil and water conservation (small-watershed control): @zone GB/T 50434 zone (southwest-purple-soil / southwest-karst / qinghai-tibet). GB/T 50434 is the standard of production and construction projects: a small-watershed project states no control grade @grade and no six control indicators",
    "水土保持率目标":
      "Soil and water retention rate target",
    "水土保持（生产建设类工程有水土保持方案时填写，否则删除本节）：@zone GB/T 50434 类型区（southwest-purple-soil 西南紫色土区 / southwest-karst 西南岩溶区 / qinghai-tibet 青藏高原区），@grade 防治标准等级 1 / 2 / 3":
      "Soil and water conservation (fill in for construction works with a soil-conservation plan; otherwise delete this section): @zone GB/T 50434 zone (southwest-purple-soil / southwest-karst / qinghai-tibet), @grade control grade 1 / 2 / 3",
    "六项防治指标，施工期 construction 和设计水平年 design-level-year 各一行，共十二行：水土流失治理度 erosion-control-degree、土壤流失控制比 soil-loss-control-ratio（无量纲 ratio）、渣土防护率 spoil-protection-rate、表土保护率 topsoil-protection-rate、林草植被恢复率 vegetation-restoration-rate、林草覆盖率 vegetation-coverage-rate；可另填原地貌 baseline 和治理后的土壤侵蚀模数 soil-loss-modulus（t-per-km2-a）":
      "The six control indicators, one line each for the construction period (construction) and the design-level year (design-level-year), twelve lines: erosion-control-degree, soil-loss-control-ratio (dimensionless, ratio), spoil-protection-rate, topsoil-protection-rate, vegetation-restoration-rate, vegetation-coverage-rate; the soil-loss modulus soil-loss-modulus (t-per-km2-a) may be added for the baseline (before the works) and after treatment",
    "石漠化治理":
      "Rocky-desertification control",
    "林草植被覆盖度目标，@baseline 基线值（%）":
      "Vegetation-cover target, @baseline its baseline value (%)",
    "治理地块：@landUse 地类，@degree 石漠化程度；cover 植被综合盖度":
      "Treated plots: @landUse land use, @degree degree of rocky desertification; cover the vegetation cover",
    "矿山修复：@responsibility 修复责任（government 政府），@mineral 矿种":
      "Mine restoration: @responsibility who is responsible (government), @mineral the mineral",
    "治理面积":
      "Treated area",
    "植被成活率（%）":
      "Vegetation survival rate (%)",
    "执行的技术标准，如 DB50/T 10010.2—2024":
      "The technical standard applied, e.g. DB50/T 10010.2—2024",
    "监测与适应性管理：定期评估频次、动态监测、预警":
      "Monitoring and adaptive management: evaluation frequency, dynamic monitoring, early warning",
    "验收：依据标准（如 TD/T 1069-2022）与计划验收日期":
      "Acceptance: the standard (e.g. TD/T 1069-2022) and the planned acceptance date",
    "管护：责任主体 @party、管护期、经费":
      "Maintenance: the responsible party @party, the maintenance period, its funding",
    "数据共享：坐标系（如 CGCS2000）与数据格式":
      "Data sharing: coordinate system (e.g. CGCS2000) and data format",
    "本省此前同类中央项目的中央财政资金预算执行率（废弃矿山示范工程必填，低于60%不得申报）；@years 这些项目的年度，@asOf 统计截止日":
      "Execution rate of the central budget of the province's earlier central projects of the same kind (required for the legacy-mine demonstration call; below 60% the province may not apply); @years the years of those projects, @asOf the reference date",
    "本省此前同类中央项目的中央财政资金预算执行率（仅废弃矿山示范工程须填）：<priorExecutionRate unit=\"percent\" years=\"2022-2023\">执行率</priorExecutionRate>":
      "Execution rate of the central budget of the province's earlier central projects of the same kind (only the legacy-mine demonstration call asks for it): <priorExecutionRate unit=\"percent\" years=\"2022-2023\">rate</priorExecutionRate>",
    "申报资格（格式第2版；中央山水工程、废弃矿山示范工程必填）：submittedBy 报送单位名称，@authority provincial-government 省级人民政府 / provincial-finance-and-natural-resources 省级财政、自然资源主管部门联合行文 / provincial-finance 省级财政部门 / provincial-natural-resources 省级自然资源主管部门；可选 @approved 省级人民政府批准日期":
      "Eligibility (format version 2; required for the central integrated and legacy-mine demonstration calls): submittedBy the submitting body, @authority provincial-government / provincial-finance-and-natural-resources (a joint letter of the provincial finance and natural-resources departments) / provincial-finance / provincial-natural-resources; optional @approved the date the provincial government approved it",
    "绩效目标表（格式第2版；中央项目必填）：产出指标 output 须含数量 quantity、质量 quality、时效 timeliness、成本 cost；效益指标 benefit 须含社会 social、可持续影响 sustainable（经济 economic、生态 ecological 可选）；满意度指标 satisfaction。每项 @name 为表中的三级指标名称，数值注明 @unit，可选 @comparison at-least ≥ / at-most ≤ / equal =":
      "Performance target table (format version 2; required of central projects): the output indicators output include quantity, quality, timeliness and cost; the benefit indicators benefit include social and sustainable (economic and ecological optional); satisfaction indicators satisfaction. Each @name is the table's level-3 indicator name, each value states its @unit, optional @comparison at-least ≥ / at-most ≤ / equal =",
    "数量指标，如修复治理面积（面积不得超过各保护修复单元面积之和）":
      "Quantity indicator, e.g. the area restored (not more than the units' areas together)",
    "质量指标，如苗木成活率":
      "Quality indicator, e.g. the seedling survival rate",
    "时效指标：@date 完成日期，须在实施期内":
      "Timeliness indicator: @date the completion date, within the project period",
    "成本指标：项目总投入，须等于总投资（万元取整）":
      "Cost indicator: the project's total input, equal to the total investment (in whole wan-yuan)",
    "社会效益指标，如带动就业人数":
      "Social benefit indicator, e.g. local jobs created",
    "可选：经济效益 <economic name=\"…\" unit=\"wan-yuan\">…</economic>、生态效益 <ecological name=\"…\" unit=\"percent\">…</ecological>":
      "Optional: economic benefit <economic name=\"…\" unit=\"wan-yuan\">…</economic>, ecological benefit <ecological name=\"…\" unit=\"percent\">…</ecological>",
    "可持续影响指标，如工程管护期":
      "Sustainable-impact indicator, e.g. the maintenance period of the works",
    "满意度指标，如项目区群众满意度":
      "Satisfaction indicator, e.g. the satisfaction of residents of the project area",
    "实施方案（格式第2版；中央项目必填）：chapter 章节，文字为方案中的章节标题，@kind 须各有一章：survey 现状调查 / diagnosis 生态问题识别与诊断 / layout 总体布局与保护修复单元 / works 工程设计与建设内容 / investment 投资估算与资金筹措 / management 管理维护、监测评价与适应性管理；可另列 feasibility 可行性分析 / targets 目标指标 / annual-plan 年度实施计划 / safeguards 保障措施":
      "Implementation plan (format version 2; required of central projects): chapter elements hold the plan's chapter titles, with one chapter of each @kind: survey (present state) / diagnosis (ecological problems) / layout (overall layout and units) / works (engineering design and works) / investment (estimate and financing) / management (maintenance, monitoring, evaluation and adaptive management); optionally feasibility / targets / annual-plan / safeguards",
    "年度计划：实施期内每年一个 year（@value 年份，逐年复制本元素），task 年度任务，funding 年度资金；各年资金之和须等于总投资":
      "Annual plan: one year element per year of the project period (@value the year; copy the element for each year), task the year's tasks, funding the year's funds; the years' funds add up to the total investment",
    "与《成渝地区双城经济圈“六江”生态廊道建设规划》的衔接（“六江”廊道项目，格式第2版）：内容须写明该规划":
      "Linkage with the six-river ecological corridor plan of the Chengdu-Chongqing economic circle (a six-river corridor project, format version 2): the text names that plan",
    "生态隔离带（格式第2版）：建设的写明宽度 width、长度 length 和说明 description；不建设的改写为 <isolationBelt planned=\"false\"/>":
      "Ecological isolation belt (format version 2): if built, its width, length and a description; if the project builds none, write <isolationBelt planned=\"false\"/> instead",
  ]
}
