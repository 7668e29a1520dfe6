// The seat city of each province (its capital), from the embedded `provincial-capitals.csv`:
// a place "tại TP. Biên Hòa" names its province through the city.

/// Provincial seats: the city where each province's government sits, looked up by name.
public enum ProvincialCapitals {
  /// The province whose seat city is named, with or without a city prefix ("Biên Hòa",
  /// "TP. Biên Hòa", "TP.Biên Hoà", "thành phố Vinh", "thị xã Gia Nghĩa"), in any Unicode form,
  /// tone placement or case.
  ///
  /// - Parameter seat: A city name as written.
  /// - Returns: The province, or nil when the name is no province's seat.
  public static func province(seat: String) -> Province? {
    var keys = nameTokens(seat).map { $0.key }
    if let index = table[keys.joined(separator: " ")] { return Gazetteer.provinces[index] }
    while let length = prefixLength(keys) {
      keys.removeFirst(length)
      if let index = table[keys.joined(separator: " ")] { return Gazetteer.provinces[index] }
    }
    return nil
  }

  /// The number of leading keys that form a city prefix ("thành phố", "tp", "thị xã").
  static func prefixLength(_ keys: [String]) -> Int? {
    guard keys.count >= 2 else { return nil }
    switch keys[0] {
    case "tp": return 1
    case "thành" where keys[1] == "phố" && keys.count >= 3: return 2
    case "thị" where keys[1] == "xã" && keys.count >= 3: return 2
    default: return nil
    }
  }

  /// Seat name (token keys joined by spaces) → index into `Gazetteer.provinces`, built once.
  /// A seat that shares its name with a province ("Hà Nội", "Bắc Ninh") maps to that province.
  static let table: [String: Int] = {
    var indexByCode: [String: Int] = [:]
    for (index, province) in Gazetteer.provinces.enumerated() {
      indexByCode[province.code] = index
    }
    var table: [String: Int] = [:]
    let rows = parseCSV(EmbeddedData.provincialCapitalsCsv)
    guard let header = rows.first, let code = header.firstIndex(of: "gso_code"),
      let capital = header.firstIndex(of: "capital")
    else { return table }
    for row in rows.dropFirst() where row.count == header.count {
      guard let index = indexByCode[row[code]] else { continue }
      for name in row[capital].split(separator: "|") {
        let key = nameTokens(String(name)).map { $0.key }.joined(separator: " ")
        if !key.isEmpty { table[key] = index }
      }
    }
    return table
  }()
}
