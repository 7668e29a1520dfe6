import Foundation
public let embeddedCheck = EmbeddedData.provincesCsv.count
