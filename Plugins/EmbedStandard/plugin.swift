import Foundation
import PackagePlugin

/// Embeds every rule document, schema and bundled source text (`.xml`, `.xsd`, `.txt`) under `standards/` into the
/// target as Swift source, so the `shanshui` binary carries the bundled standard and works when copied to any
/// directory.
@main
struct EmbedStandard: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL.appendingPathComponent("standards")
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedStandardFiles.swift")
    let files = try standardFiles(under: root)
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) files of standards/",
        executable: try context.tool(named: "EmbedStandardTool").url,
        arguments: [output.path, root.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    ]
  }

  private func standardFiles(under root: URL) throws -> [URL] {
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
      return []
    }
    var files: [URL] = []
    for case let url as URL in walker where ["xml", "xsd", "txt"].contains(url.pathExtension) {
      files.append(url)
    }
    return files.sorted { $0.path < $1.path }
  }
}
