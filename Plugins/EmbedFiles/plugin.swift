import Foundation
import PackagePlugin

/// Embeds the repository's data files into the modules that read them, at build time.
///
/// The files stay where they are defined (`Schemas/`, `Data/`); nothing is copied by hand.
@main
struct EmbedPlugin: BuildToolPlugin {
  /// Which package files each target carries, and the name of the enum that holds them.
  static let embeddings: [String: (enumName: String, files: [String])] = [
    "VietText": (
      "EmbeddedData",
      ["Data/provinces.csv", "Data/award-forms.csv", "Data/provincial-capitals.csv"]
    ),
    "ExchangeModel": ("EmbeddedModelData", ["Data/award-forms.csv"]),
    "Interchange": (
      "EmbeddedSchemas", ["Schemas/tdkt-exchange.xsd", "Schemas/tdkt-exchange.schema.json"]
    ),
  ]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let embedding = Self.embeddings[target.name] else { return [] }
    let inputs = embedding.files.map { context.package.directoryURL.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "\(embedding.enumName).swift")
    return [
      .buildCommand(
        displayName: "Embedding \(embedding.files.joined(separator: ", ")) into \(target.name)",
        executable: try context.tool(named: "EmbedFiles").url,
        arguments: [output.path, embedding.enumName] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
