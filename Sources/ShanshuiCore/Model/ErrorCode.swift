/// Stable codes for every problem that stops a file or the standard from being checked (exit status 2).
///
/// The table with explanations is docs/error-codes.md; a test keeps the two in step.
public enum ErrorCode: String, Sendable, Codable, CaseIterable {
  // Submissions
  case inputUnreadable = "E100"
  case inputMalformed = "E101"
  case inputSchemaInvalid = "E102"
  case inputEvaluationFailed = "E103"
  case inputTooLarge = "E104"
  // Standards
  case standardUnreadable = "E200"
  case standardMalformed = "E201"
  case standardSchemaInvalid = "E202"
  case duplicateID = "E203"
  case unknownReference = "E204"
  case xpathSyntax = "E205"
  case xpathEvaluation = "E206"
  case unitMismatch = "E207"
  case invalidRegex = "E208"
  case invalidParameterValue = "E209"
  case unknownPlaceholder = "E210"
  case invalidExample = "E211"
  case unsafeReference = "E212"
  case boundWithoutUnit = "E213"
  case quoteNotInSourceText = "E214"
  case versionInvalid = "E215"
  // Run configuration
  case configurationInvalid = "E300"
  case baselineInvalid = "E301"
  // Internal errors
  case fastPathDisagreement = "E400"
  // Outputs (reports, baselines, exports, pages)
  case outputUnwritable = "E500"
  case outputRefused = "E501"
  // Geometry and reviewer layers (docs/spatial.md)
  case spatialUnavailable = "E600"
  case geometryMalformed = "E601"
  case srsNameUnsupported = "E602"
  case srsNameLegacy = "E603"
  case geometryOutsideCRSArea = "E604"
  case geometryTooLarge = "E605"
  case geometryReferenceRefused = "E606"
  case layerUnreadable = "E610"
  case layerCRSUnknown = "E611"
  case layerRoleUnknown = "E612"
  case layerEmpty = "E613"
  case layerTooLarge = "E614"
  case layerFieldMissing = "E615"
  // Importing geometry from GIS files (`shanshui geometry import`, docs/spatial.md)
  case importSourceUnreadable = "E620"
  case importLayerChoice = "E621"
  case importKeyFieldMissing = "E622"
  case importCRS = "E623"
  case importFeatureRefused = "E624"
  case importSubmissionUnusable = "E625"
  case importDuplicateKey = "E626"
  case importResultInvalid = "E627"
  case importFeatureNotWritten = "E628"
  case importUnitWithoutFeature = "E629"
  // Merging the reports of sharded runs (`shanshui merge`, docs/ci.md)
  case reportUnreadable = "E700"
  case reportsIncompatible = "E701"
  case shardsIncomplete = "E702"

  /// A one-line summary of the code.
  public var summary: LocalizedText {
    switch self {
    case .configurationInvalid: return LocalizedText(zh: "配置文件无效", en: "configuration file is invalid")
    case .baselineInvalid: return LocalizedText(zh: "基线文件无效", en: "baseline file is invalid")
    case .fastPathDisagreement:
      return LocalizedText(zh: "快速路径与 libxml2 结论不一致（内部错误）", en: "the fast path and libxml2 disagree (internal error)")
    case .inputUnreadable: return LocalizedText(zh: "无法读取输入文件", en: "input file cannot be read")
    case .inputMalformed: return LocalizedText(zh: "输入不是格式正确的 XML", en: "input is not well-formed XML")
    case .inputSchemaInvalid:
      return LocalizedText(zh: "输入不符合申报格式 XSD", en: "input is not valid against the submission schema")
    case .inputEvaluationFailed: return LocalizedText(zh: "规则求值失败", en: "a rule could not be evaluated on the input")
    case .inputTooLarge: return LocalizedText(zh: "输入超过大小上限", en: "input exceeds the size limit")
    case .standardUnreadable: return LocalizedText(zh: "无法读取标准文件", en: "standard file cannot be read")
    case .standardMalformed: return LocalizedText(zh: "标准文件不是格式正确的 XML", en: "standard file is not well-formed XML")
    case .standardSchemaInvalid:
      return LocalizedText(zh: "标准文件不符合规则文档 XSD", en: "standard file is not valid against the rule-document schema")
    case .duplicateID: return LocalizedText(zh: "标识重复", en: "duplicate identifier")
    case .unknownReference:
      return LocalizedText(zh: "引用了未定义的参数、代码表或来源", en: "reference to an undefined parameter, codelist or source")
    case .xpathSyntax: return LocalizedText(zh: "XPath 语法错误", en: "XPath syntax error")
    case .xpathEvaluation:
      return LocalizedText(
        zh: "XPath 试运行出错（未知函数、前缀或变量）", en: "XPath dry run failed (unknown function, prefix or variable)")
    case .unitMismatch: return LocalizedText(zh: "单位不匹配", en: "unit mismatch")
    case .invalidRegex: return LocalizedText(zh: "正则表达式无效", en: "invalid regular expression")
    case .invalidParameterValue: return LocalizedText(zh: "参数取值缺少来源或理由", en: "parameter value lacks a source or reason")
    case .unknownPlaceholder: return LocalizedText(zh: "消息中的占位符不存在", en: "message placeholder does not exist")
    case .invalidExample: return LocalizedText(zh: "规则示例无效", en: "invalid rule example")
    case .boundWithoutUnit: return LocalizedText(zh: "数量界限未注明单位", en: "a quantity bound states no unit")
    case .quoteNotInSourceText:
      return LocalizedText(zh: "引文不在来源原文中", en: "a quote is not in its source's bundled text")
    case .versionInvalid:
      return LocalizedText(zh: "标准的某个版本无法使用", en: "a version of the standard cannot be used")
    case .unsafeReference: return LocalizedText(zh: "引用路径超出标准目录", en: "reference leaves the standard's directory")
    case .outputUnwritable: return LocalizedText(zh: "无法写入输出文件", en: "an output cannot be written")
    case .spatialUnavailable:
      return LocalizedText(
        zh: "无法加载空间库（GEOS、PROJ 或 GDAL）", en: "the spatial libraries (GEOS, PROJ or GDAL) cannot be loaded")
    case .geometryMalformed: return LocalizedText(zh: "几何图形结构错误", en: "a geometry is malformed")
    case .srsNameUnsupported:
      return LocalizedText(zh: "坐标参考系不受支持", en: "a geometry's coordinate reference system is not supported")
    case .srsNameLegacy:
      return LocalizedText(
        zh: "旧式 srsName（epsg.xml#）坐标轴顺序不明确，不予接受",
        en: "the legacy srsName form (epsg.xml#) is refused: its axis order is ambiguous")
    case .geometryOutsideCRSArea:
      return LocalizedText(
        zh: "坐标超出坐标参考系的适用范围", en: "coordinates lie outside the coordinate reference system's area of use")
    case .geometryTooLarge: return LocalizedText(zh: "几何图形顶点数超过上限", en: "geometry exceeds the vertex limit")
    case .geometryReferenceRefused:
      return LocalizedText(zh: "几何图形中的外部引用不予读取", en: "a reference inside a geometry is refused (never fetched)")
    case .layerUnreadable: return LocalizedText(zh: "无法读取审查图层", en: "a reviewer layer cannot be read")
    case .layerCRSUnknown:
      return LocalizedText(zh: "审查图层的坐标参考系未知或不受支持", en: "a reviewer layer's CRS is unknown or not supported")
    case .layerRoleUnknown: return LocalizedText(zh: "标准未声明该图层角色", en: "the standard declares no such layer role")
    case .layerEmpty: return LocalizedText(zh: "审查图层没有要素", en: "a reviewer layer has no features")
    case .layerTooLarge: return LocalizedText(zh: "审查图层超过大小上限", en: "a reviewer layer exceeds a size limit")
    case .layerFieldMissing:
      return LocalizedText(zh: "审查图层缺少该角色要求的字段", en: "a reviewer layer lacks a field its role requires")
    case .importSourceUnreadable:
      return LocalizedText(zh: "无法读取导入的 GIS 文件", en: "the GIS file to import cannot be read")
    case .importLayerChoice:
      return LocalizedText(
        zh: "GIS 文件中没有指定的图层，或需用 --layer 选择图层", en: "no such layer in the GIS file, or --layer is needed")
    case .importKeyFieldMissing: return LocalizedText(zh: "图层中没有关键字段", en: "the layer has no such key field")
    case .importCRS:
      return LocalizedText(
        zh: "导入的坐标参考系未知或不受支持", en: "the import's coordinate reference system is unknown or not supported")
    case .importFeatureRefused:
      return LocalizedText(zh: "要素不是可导入的面", en: "a feature is not a polygon that can be imported")
    case .importSubmissionUnusable:
      return LocalizedText(zh: "申报文件无法写入几何图形", en: "geometry cannot be written into the submission")
    case .importDuplicateKey: return LocalizedText(zh: "多个要素的关键字段值相同", en: "several features have the same key")
    case .importResultInvalid:
      return LocalizedText(
        zh: "写入几何图形后的申报文件无效，未写入", en: "the submission with the geometry would be invalid; nothing written")
    case .importFeatureNotWritten: return LocalizedText(zh: "要素未写入任何单元", en: "a feature was written into no unit")
    case .importUnitWithoutFeature: return LocalizedText(zh: "单元没有对应的要素", en: "a unit has no feature")
    case .reportUnreadable:
      return LocalizedText(
        zh: "待合并的报告无法读取，或不是 shanshui 的 JSON 报告或 SARIF 日志",
        en: "a report to merge cannot be read, or is not a shanshui JSON report or SARIF log")
    case .reportsIncompatible:
      return LocalizedText(
        zh: "报告不能合并：格式、版本、标准、语言或设置不同",
        en: "the reports cannot be merged: their formats, versions, standards, languages or settings differ")
    case .shardsIncomplete:
      return LocalizedText(
        zh: "分片不完整：缺少分片、分片重复或文件重复", en: "the shards are not one whole run: a shard missing or repeated, or a file twice"
      )
    case .outputRefused:
      return LocalizedText(
        zh: "输出路径不是可写入的文件（目录、块设备或套接字）",
        en: "an output path is not something a file can be written to (a directory, block device or socket)")
    }
  }
}
