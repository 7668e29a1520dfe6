// Writes a Swift source file that carries the given files as string constants, so the data a
// module needs (the exchange schemas, the province gazetteer, the award vocabulary) is compiled
// into the binary from the one file in the repository that defines it.
//
// usage: EmbedFiles OUTPUT.swift ENUM_NAME FILE...

import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  FileHandle.standardError.write(Data("usage: EmbedFiles OUTPUT.swift ENUM_NAME FILE...\n".utf8))
  exit(64)
}

/// `tdkt-exchange.schema.json` → `tdktExchangeSchemaJSON`-like lowerCamel identifiers.
func identifier(for path: String) -> String {
  let name = URL(fileURLWithPath: path).lastPathComponent
  let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
  var result = ""
  for (index, word) in words.enumerated() {
    if index == 0 {
      result += word.prefix(1).lowercased() + word.dropFirst()
    } else {
      result += word.prefix(1).uppercased() + word.dropFirst()
    }
  }
  if let first = result.first, first.isNumber { result = "_" + result }
  return result
}

/// A raw string literal whose delimiter has more `#` than any run in the text, with line breaks
/// written as escapes so the text comes back byte for byte.
func literal(for text: String) -> String {
  var longestRun = 0
  var run = 0
  for character in text {
    if character == "#" {
      run += 1
      longestRun = max(longestRun, run)
    } else {
      run = 0
    }
  }
  let hashes = String(repeating: "#", count: longestRun + 1)
  var body = ""
  body.reserveCapacity(text.utf8.count + 64)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\n": body += "\\\(hashes)n"
    case "\r": body += "\\\(hashes)r"
    case "\0": body += "\\\(hashes)0"
    default: body.unicodeScalars.append(scalar)
    }
  }
  return "\(hashes)\"\(body)\"\(hashes)"
}

let output = arguments[1]
let enumName = arguments[2]
var source = "// Generated at build time by EmbedFiles. Do not edit.\n\n"
source += "enum \(enumName) {\n"
for path in arguments.dropFirst(3) {
  guard let data = FileManager.default.contents(atPath: path),
    let text = String(data: data, encoding: .utf8)
  else {
    FileHandle.standardError.write(Data("EmbedFiles: error: cannot read \(path) as UTF-8\n".utf8))
    exit(1)
  }
  let name = URL(fileURLWithPath: path).lastPathComponent
  source += "  /// The contents of `\(name)`.\n"
  source += "  static let \(identifier(for: path)) = \(literal(for: text))\n"
}
source += "}\n"
do {
  let existing = FileManager.default.contents(atPath: output)
  if existing != Data(source.utf8) {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
  }
} catch {
  FileHandle.standardError.write(Data("EmbedFiles: error: cannot write \(output): \(error)\n".utf8))
  exit(1)
}
