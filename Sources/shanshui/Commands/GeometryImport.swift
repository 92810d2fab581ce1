import ArgumentParser
import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiGeo

extension ShanshuiCommand {
  /// `shanshui geometry import`: writes each feature of a GIS layer into the unit whose `@id` equals its key (or the
  /// project boundary), atomically (docs/spatial.md, Importing geometry).
  struct GeometryImport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Write the polygons of a GeoPackage, Shapefile, GeoJSON or FileGDB layer into a submission's units.",
      discussion: """
        Each feature's geometry becomes the last child <geometry> (gml:Polygon, or gml:MultiSurface for several \
        parts) of the unit whose @id equals the key field, replacing an existing one; with --boundary all features \
        become the project boundary (location/geometry). Several features into one geometry are dissolved (GEOS union). Coordinates stay in the file's CRS when shanshui supports \
        it (EPSG:4490, 4520-4525, 4541-4546), else or with --crs they are reprojected. The submission is rewritten \
        atomically after the result is parsed and schema-validated; every other byte is kept. Exit status: 0 every \
        feature and unit matched; 1 written, but some feature or unit was not matched (E628, E629); 2 nothing \
        written (E620-E627, E500).
        """)

    @Option(
      help: ArgumentHelp("The GIS file: .gpkg, .shp, .geojson/.json or a FileGDB .gdb directory.", valueName: "file"))
    var from: String

    @Option(help: ArgumentHelp("The layer to read, when the file holds several.", valueName: "name"))
    var layer: String?

    @Option(help: ArgumentHelp("The field whose value is the unit's @id (not with --boundary).", valueName: "field"))
    var key: String?

    @Flag(help: "Write all features as the project boundary (location/geometry) instead of units.")
    var boundary = false

    @Option(help: ArgumentHelp("Write in this CRS (EPSG:4490, 4520-4525, 4541-4546), reprojecting.", valueName: "code"))
    var crs: String?

    @Option(
      help: ArgumentHelp("Encoding of a Shapefile's attribute table without .cpg (GBK, UTF-8…).", valueName: "enc"))
    var encoding: String?

    @Option(
      name: .customLong("on-duplicate"),
      help: ArgumentHelp(
        "Several features with the same key: merge (dissolved into their union, reported) or error (E626, nothing written).",
        valueName: "merge|error"))
    var onDuplicate: GeometryImportOptions.DuplicateKeys = .merge

    @Flag(help: "Report what would be written; write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("Write the result here instead of rewriting the submission.", valueName: "file"))
    var output: String?

    @OptionGroup var standardOptions: StandardOptions

    @Argument(help: ArgumentHelp("The submission (format version 2).", valueName: "submission"))
    var submission: String

    func validate() throws {
      if boundary, key != nil { throw ValidationError("--key and --boundary exclude each other") }
      if !boundary, key == nil { throw ValidationError("--key FIELD is needed (or --boundary)") }
      if let crs, targetCRS(crs) == nil {
        throw ValidationError(
          "--crs \(crs): shanshui writes EPSG:4490, EPSG:4520-4525 or EPSG:4541-4546 (CGCS2000 and its 3° Gauss-Krüger zones 32-37)"
        )
      }
      if encoding != nil, !from.lowercased().hasSuffix(".shp") {
        throw ValidationError("--encoding applies to a Shapefile's attribute table (.shp)")
      }
    }

    private func targetCRS(_ text: String) -> GeoCRS? {
      let upper = text.uppercased()
      let digits = upper.hasPrefix("EPSG:") ? String(upper.dropFirst(5)) : upper
      return Int(digits).flatMap(GeoCRS.init(epsg:))
    }

    func run() throws {
      let language = standardOptions.lang
      let standard = try StandardProvider.loadOrExit(standardOptions)
      if let output, !dryRun { try OutputWriter.validate(output, option: "--output", language: language) }
      let request = GeometryImportRequest(
        source: ImportSourceRequest(
          path: from, layer: layer, keyField: boundary ? nil : key, targetCRS: crs.flatMap(targetCRS),
          encoding: encoding),
        submission: submission, output: output, dryRun: dryRun,
        options: GeometryImportOptions(boundary: boundary, duplicateKeys: onDuplicate))
      let result = GeometryImportRun.run(
        request, schema: standard.submissionSchema, schemaFacts: standard.submissionSchemaFacts)
      let report = GeometryImportReport.text(result, request: request, language: language)
      if !report.isEmpty { FileHandle.standardOutput.write(Data(report.utf8)) }
      let errors = GeometryImportReport.errorLines(result, language: language)
      if !errors.isEmpty { OutputWriter.writeError(errors) }
      if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }
  }
}

extension GeometryImportOptions.DuplicateKeys: ExpressibleByArgument {}
