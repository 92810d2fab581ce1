import ArgumentParser

extension ShanshuiCommand {
  /// `shanshui geometry`: commands on a submission's geometry.
  struct Geometry: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "geometry",
      abstract: "Work on a submission's geometry (import it from GIS files).",
      subcommands: [GeometryImport.self])
  }
}
