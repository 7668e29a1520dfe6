// The vocabulary of award forms (hình thức khen thưởng and danh hiệu thi đua) and a finder of
// award forms in running text: a grammar of the phrases news and decisions use, with classes
// ("hạng Nhất", "hạng II") and issuers ("của Thủ tướng Chính phủ", "của Chủ tịch UBND tỉnh").

import Foundation

/// One award form of the vocabulary (`Data/award-forms.csv`).
public struct AwardFormEntry: Sendable, Hashable {
  /// The stable code, e.g. "huan_chuong_lao_dong_hang_ba", "bang_khen_thu_tuong".
  public let code: String
  /// The Vietnamese name, e.g. "Huân chương Lao động hạng Ba".
  public let name: String
  /// The English name.
  public let englishName: String
  /// "order", "medal", "emulation_title", "flag", "honorary_title", "prize",
  /// "commemorative_medal" or "certificate_of_merit".
  public let category: String
  /// "individual", "collective", "household" or "both".
  public let recipient: String
  /// Who decides it: "state_president", "prime_minister", "ministry_province", … (may list
  /// several, separated by "|").
  public let issuerLevel: String
}

/// An award form named in a text.
public struct AwardFormMention: Sendable, Hashable {
  /// The vocabulary entry; nil when the text names a form outside the vocabulary or one whose
  /// entry depends on an issuer the phrase does not state ("Bằng khen" alone).
  public let entry: AwardFormEntry?
  /// `entry?.code`, or "other".
  public var code: String { entry?.code ?? "other" }
  /// The name as written, with its class and its issuer when stated: "Huân chương Lao động hạng
  /// Ba", "Bằng khen của Chủ tịch UBND tỉnh".
  public let text: String
  /// Where `text` is in the text passed in.
  public let range: Range<String.Index>
  /// The issuer as written ("Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ"), when stated.
  public let issuer: String?
  /// Whether the form is written as the abbreviation of an honorary title ("NSND", "NGƯT"),
  /// as it stands before the name of one who holds it.
  public var isAbbreviation: Bool {
    !text.contains(" ") && text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
  }
}

/// The award-form vocabulary and the phrase finder.
public enum AwardVocabulary {
  /// The award forms of `Data/award-forms.csv`, in file order.
  public static let forms: [AwardFormEntry] = loadForms()

  /// The entry with the given code.
  ///
  /// - Parameter code: A vocabulary code such as "giay_khen".
  /// - Returns: The entry, or nil.
  public static func form(code: String) -> AwardFormEntry? {
    byCode[code]
  }

  /// The entry for a form name and an issuer stated elsewhere, e.g. a decision's signer:
  /// `form(named: "Bằng khen", issuer: "Chủ tịch UBND tỉnh")` → `bang_khen_bo_nganh_tinh`.
  ///
  /// - Parameters:
  ///   - named: The form as written ("Bằng khen", "Cờ thi đua", "Huân chương Lao động hạng Ba").
  ///   - issuer: Who awards it, as written, when known.
  /// - Returns: The entry, or nil when the name is no award form of the vocabulary or needs an
  ///   issuer that is missing or below the levels the vocabulary knows.
  public static func form(named: String, issuer: String?) -> AwardFormEntry? {
    let text = issuer.map { named + " của " + $0 } ?? named
    guard let mention = mentions(in: text).first else { return nil }
    return mention.entry
  }

  /// Award forms named in `text`, in text order, the longest phrase at each place: orders and
  /// medals with their classes (hạng Nhất/Nhì/Ba, nhất, I/II/III, 1/2/3), emulation titles,
  /// flags and certificates with their issuers ("của Thủ tướng Chính phủ", "của Chủ tịch UBND
  /// tỉnh", "của Bộ trưởng Bộ Nội vụ"), honorary titles, prizes, commemorative medals, badges.
  ///
  /// - Parameter text: Any text (NFC or NFD, any tone placement, "Chiến sỹ" or "Chiến sĩ").
  /// - Returns: The mentions.
  public static func mentions(in text: String) -> [AwardFormMention] {
    let tokens = nameTokens(text)
    let scanner = PhraseScanner(text: text, tokens: tokens)
    var result: [AwardFormMention] = []
    var position = 0
    while position < tokens.count {
      if let found = scanner.match(at: position) {
        var range = tokens[position].range.lowerBound..<tokens[found.end - 1].range.upperBound
        // A quoted name ("huy hiệu “Tuổi trẻ dũng cảm”") keeps its closing quote.
        if range.upperBound < text.endIndex {
          let next = text[range.upperBound]
          let inside = text[range]
          if (next == "”" && inside.contains("“"))
            || (next == "\"" && inside.filter({ $0 == "\"" }).count == 1)
          {
            range = range.lowerBound..<text.index(after: range.upperBound)
          }
        }
        result.append(
          AwardFormMention(
            entry: found.code.flatMap { byCode[$0] }, text: String(text[range]), range: range,
            issuer: found.issuer))
        position = found.end
      } else {
        position += 1
      }
    }
    return result
  }

  // MARK: - Data

  /// Code → entry.
  static let byCode: [String: AwardFormEntry] = {
    var table: [String: AwardFormEntry] = [:]
    for form in forms { table[form.code] = form }
    return table
  }()

  /// Parses the embedded `award-forms.csv`.
  static func loadForms() -> [AwardFormEntry] {
    let rows = parseCSV(EmbeddedData.awardFormsCsv)
    guard let header = rows.first else { return [] }
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }
    guard let code = column("code"), let name = column("vietnamese_name"),
      let english = column("english_name"), let category = column("category"),
      let recipient = column("recipient"), let issuer = column("issuer_level")
    else { return [] }
    return rows.dropFirst().filter { $0.count == header.count }.map { row in
      AwardFormEntry(
        code: row[code], name: nfc(row[name]), englishName: row[english],
        category: row[category], recipient: row[recipient], issuerLevel: row[issuer])
    }
  }
}

// MARK: - Phrase grammar

/// How a phrase of the grammar resolves to a code.
enum PhraseOutcome: Sendable {
  /// A fixed code.
  case code(String)
  /// The abbreviation of an honorary title ("NSND", "NGƯT"), only when written in capitals.
  case abbreviation(String)
  /// An order or medal with three classes: the code is the stem plus "_hang_nhat/nhi/ba"; no
  /// class written gives no entry.
  case classed(String)
  /// A form whose class may be written but is not part of the code ("Huân chương Kháng chiến
  /// hạng Nhì").
  case optionalClass(String)
  /// A form outside the state vocabulary known by its name (code "other"): the prizes the
  /// central bodies of mass organisations confer on their members ("Giải thưởng Phụ nữ Việt
  /// Nam", "Giải thưởng Lý Tự Trọng").
  case organisationPrize
  /// Bằng khen: the issuer decides.
  case certificate
  /// Cờ thi đua: the issuer decides.
  case flag
  /// Giấy khen, with an optional issuer.
  case commendation
  /// Chiến sĩ thi đua followed by its level.
  case emulationFighter
  /// Kỷ niệm chương, with its name ("Vì sự nghiệp …").
  case commemorativeMedal
  /// Huy hiệu: a sector badge, but not the Party badge ("Huy hiệu Đảng", "Huy hiệu 50 năm tuổi
  /// Đảng").
  case badge
}

/// The phrases of the grammar: token keys ("sĩ" also matches "sỹ") and what they resolve to.
enum AwardPhrases {
  /// All phrases.
  static let phrases: [(keys: [String], outcome: PhraseOutcome)] = {
    var list: [(String, PhraseOutcome)] = [
      ("huân chương sao vàng", .code("huan_chuong_sao_vang")),
      ("huân chương hồ chí minh", .code("huan_chuong_ho_chi_minh")),
      ("huân chương độc lập", .classed("huan_chuong_doc_lap")),
      ("huân chương quân công", .classed("huan_chuong_quan_cong")),
      ("huân chương lao động", .classed("huan_chuong_lao_dong")),
      ("huân chương bảo vệ tổ quốc", .classed("huan_chuong_bao_ve_to_quoc")),
      ("huân chương chiến công", .classed("huan_chuong_chien_cong")),
      ("huân chương đại đoàn kết dân tộc", .code("huan_chuong_dai_doan_ket_dan_toc")),
      ("huân chương dũng cảm", .code("huan_chuong_dung_cam")),
      ("huân chương hữu nghị", .code("huan_chuong_huu_nghi")),
      ("huân chương kháng chiến", .optionalClass("huan_chuong_khang_chien")),
      ("huân chương chiến thắng", .optionalClass("huan_chuong_chien_thang")),
      ("huân chương chiến sĩ vẻ vang", .optionalClass("huan_chuong_chien_si_ve_vang")),
      ("huân chương chiến sĩ giải phóng", .optionalClass("huan_chuong_chien_si_giai_phong")),
      ("huy chương quân kỳ quyết thắng", .code("huy_chuong_quan_ky_quyet_thang")),
      ("huy chương vì an ninh tổ quốc", .code("huy_chuong_vi_an_ninh_to_quoc")),
      ("huy chương chiến sĩ vẻ vang", .classed("huy_chuong_chien_si_ve_vang")),
      ("huy chương hữu nghị", .code("huy_chuong_huu_nghi")),
      ("huy chương kháng chiến", .optionalClass("huy_chuong_khang_chien")),
      ("chiến sĩ thi đua", .emulationFighter),
      ("cstđ", .emulationFighter),
      ("lao động tiên tiến", .code("lao_dong_tien_tien")),
      ("chiến sĩ tiên tiến", .code("chien_si_tien_tien")),
      ("tập thể lao động xuất sắc", .code("tap_the_lao_dong_xuat_sac")),
      ("tập thể lao động tiên tiến", .code("tap_the_lao_dong_tien_tien")),
      ("đơn vị quyết thắng", .code("don_vi_quyet_thang")),
      ("đơn vị tiên tiến", .code("don_vi_tien_tien")),
      ("xã phường thị trấn tiêu biểu", .code("xa_phuong_thi_tran_tieu_bieu")),
      ("thôn tổ dân phố văn hóa", .code("thon_to_dan_pho_van_hoa")),
      ("thôn văn hóa", .code("thon_to_dan_pho_van_hoa")),
      ("tổ dân phố văn hóa", .code("thon_to_dan_pho_van_hoa")),
      ("làng văn hóa", .code("thon_to_dan_pho_van_hoa")),
      ("bản văn hóa", .code("thon_to_dan_pho_van_hoa")),
      ("ấp văn hóa", .code("thon_to_dan_pho_van_hoa")),
      ("khu dân cư văn hóa", .code("thon_to_dan_pho_van_hoa")),
      ("khu phố văn hóa", .code("thon_to_dan_pho_van_hoa")),
      ("gia đình văn hóa", .code("gia_dinh_van_hoa")),
      ("tỉnh anh hùng", .code("tinh_anh_hung")),
      ("thành phố anh hùng", .code("thanh_pho_anh_hung")),
      ("bà mẹ việt nam anh hùng", .code("ba_me_viet_nam_anh_hung")),
      ("mẹ việt nam anh hùng", .code("ba_me_viet_nam_anh_hung")),
      ("anh hùng lực lượng vũ trang nhân dân", .code("anh_hung_llvtnd")),
      ("anh hùng llvtnd", .code("anh_hung_llvtnd")),
      ("anh hùng lao động", .code("anh_hung_lao_dong")),
      ("nhà giáo nhân dân", .code("nha_giao_nhan_dan")),
      ("nhà giáo ưu tú", .code("nha_giao_uu_tu")),
      ("thầy thuốc nhân dân", .code("thay_thuoc_nhan_dan")),
      ("thầy thuốc ưu tú", .code("thay_thuoc_uu_tu")),
      ("nghệ sĩ nhân dân", .code("nghe_si_nhan_dan")),
      ("nghệ sĩ ưu tú", .code("nghe_si_uu_tu")),
      ("nghệ nhân nhân dân", .code("nghe_nhan_nhan_dan")),
      ("nghệ nhân ưu tú", .code("nghe_nhan_uu_tu")),
      ("giải thưởng hồ chí minh", .code("giai_thuong_ho_chi_minh")),
      ("giải thưởng nhà nước", .code("giai_thuong_nha_nuoc")),
      // Prizes of the central bodies of mass organisations: Hội Liên hiệp Phụ nữ Việt Nam,
      // Trung ương Đoàn TNCS Hồ Chí Minh, Tổng Liên đoàn Lao động Việt Nam.
      ("giải thưởng phụ nữ việt nam", .organisationPrize),
      ("giải thưởng nguyễn thị định", .organisationPrize),
      ("giải thưởng lý tự trọng", .organisationPrize),
      ("giải thưởng nguyễn đức cảnh", .organisationPrize),
      ("giải thưởng nguyễn văn linh", .organisationPrize),
      // The abbreviations written before the names of those who hold the title.
      ("nsnd", .abbreviation("nghe_si_nhan_dan")), ("nsưt", .abbreviation("nghe_si_uu_tu")),
      ("nsut", .abbreviation("nghe_si_uu_tu")), ("ngnd", .abbreviation("nha_giao_nhan_dan")),
      ("ngưt", .abbreviation("nha_giao_uu_tu")), ("ngut", .abbreviation("nha_giao_uu_tu")),
      ("ttnd", .abbreviation("thay_thuoc_nhan_dan")), ("ttưt", .abbreviation("thay_thuoc_uu_tu")),
      ("ttut", .abbreviation("thay_thuoc_uu_tu")), ("nnnd", .abbreviation("nghe_nhan_nhan_dan")),
      ("nnưt", .abbreviation("nghe_nhan_uu_tu")), ("nnut", .abbreviation("nghe_nhan_uu_tu")),
      ("kỷ niệm chương", .commemorativeMedal),
      ("huy hiệu", .badge),
      ("bằng khen", .certificate),
      ("cờ thi đua", .flag),
      // Flags named by their title ("cờ Đơn vị dẫn đầu phong trào thi đua"): the giver decides.
      ("cờ đơn vị dẫn đầu phong trào thi đua", .flag), ("cờ dẫn đầu phong trào thi đua", .flag),
      ("cờ đơn vị xuất sắc", .flag), ("cờ đơn vị dẫn đầu", .flag),
      ("giấy khen", .commendation),
    ]
    list.sort { $0.0.split(separator: " ").count > $1.0.split(separator: " ").count }
    return list.map { phrase, outcome in
      (nameTokens(phrase).map { matchKey($0.key) }, outcome)
    }
  }()

  /// First key → indices into `phrases`, longest phrase first.
  static let byFirstKey: [String: [Int]] = {
    var table: [String: [Int]] = [:]
    for (index, phrase) in phrases.enumerated() {
      table[phrase.keys[0], default: []].append(index)
    }
    return table
  }()
}

/// A token key for phrase matching: "sỹ" → "sĩ" (the two spellings of the same word).
@inline(__always)
func matchKey(_ key: String) -> String {
  key == "sỹ" ? "sĩ" : key
}

/// The word before a class, as written: "hạng", and "kháng", its slip of the keyboard
/// ("huy chương kháng chiến kháng nhất").
let classWords: Set<String> = ["hạng", "kháng"]

/// Class words after "hạng" → the code suffix.
let classSuffixes: [String: String] = [
  "nhất": "hang_nhat", "nhì": "hang_nhi", "ba": "hang_ba", "i": "hang_nhat", "ii": "hang_nhi",
  "iii": "hang_ba", "1": "hang_nhat", "2": "hang_nhi", "3": "hang_ba",
]

/// Lower-case name words of foreign states whose orders and medals are conferred in Viet Nam
/// ("… của Chủ tịch nước Cộng hòa dân chủ nhân dân Lào", "… Vương quốc Campuchia").
let foreignStateKeys: Set<String> = [
  "lào", "campuchia", "cămpuchia", "cuba", "nga", "belarus", "ucraina", "hungary", "bungari",
  "mông", "mozambique", "angola", "venezuela", "nicaragua",
]

/// Lower-case words inside the name of a state ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng
/// hòa dân chủ nhân dân Lào").
let stateNameWords: Set<String> = ["hòa", "hoà", "xã", "hội", "chủ", "nghĩa", "dân", "nhân"]

/// Lower-case words that end an issuer phrase (the clause goes on).
let issuerStopWords: Set<String> = [
  "cho", "vì", "về", "đã", "đạt", "năm", "tặng", "trao", "với", "có", "được", "tại", "trong",
  "theo", "do", "là", "các", "những", "cùng", "nhằm", "để", "khi", "ngày", "số", "qua", "từ",
  "đến", "này", "đó", "sau", "trước", "gồm", "lần", "đợt", "thứ", "truy", "và", "hoặc", "hay",
  "giai", "đoạn", "góp", "trên", "dưới", "bởi", "tới", "vào", "ra", "lên", "xuống", "ở",
  "tập", "cá", "hộ", "đơn", "phong",
]

/// Lower-case words that continue an issuer phrase ("Chủ tịch UBND tỉnh", "Ủy ban nhân dân
/// thành phố", "Bộ trưởng Bộ Nội vụ").
let issuerContinuations: Set<String> = [
  "tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "nhân", "dân", "tịch",
  "trưởng", "tướng", "phủ", "nước", "ương", "ban", "bộ", "ngành", "đoàn", "thể", "vụ", "đốc",
  "dục", "tạo", "tế", "chính", "trị", "nhiệm", "lệnh", "khu", "cục", "ủy", "hội", "nghiệp",
  "liên", "lao", "động", "hành", "thường", "trực", "giám", "sát", "trung", "quốc", "phòng",
  "an", "tổng", "tư", "pháp", "viện", "kiểm", "toán", "hàng", "nhà", "đảng", "thanh", "niên",
  "sản", "mặt", "trận", "tổ", "chức", "binh", "nội", "y", "giao", "thông", "vận", "tải", "công",
  "thương", "xây", "dựng", "tài", "nguyên", "môi", "trường", "khoa", "học", "nghệ", "thông tin",
  "tin", "truyền", "văn", "hóa", "thao", "du", "lịch", "ngoại", "giáo", "đào", "phụ", "nữ",
  "cựu", "chiến", "nông", "thôn", "tòa", "án", "sát", "kế", "hoạch", "đầu", "triển", "phát",
  "lực", "kinh", "doanh", "vệ", "sinh", "tuyên", "kỹ", "thuật", "xã hội", "lý", "điều", "tra",
  "biên", "cảnh", "sự", "kiểm", "hải", "quan", "thuế", "bảo", "hiểm", "ngân", "sách",
]

/// Scans tokens for the phrases of the grammar.
struct PhraseScanner {
  /// The text the tokens come from.
  let text: String
  /// The tokens.
  let tokens: [NameToken]

  /// A phrase found: its code (nil for "other"), the index after its last token, the issuer.
  struct Found {
    let code: String?
    let end: Int
    let issuer: String?
  }

  /// The phrase key of the token at `index`.
  func key(_ index: Int) -> String? {
    index < tokens.count ? matchKey(tokens[index].key) : nil
  }

  /// Whether only white space (or, when `comma` is true, one comma) lies between tokens
  /// `index - 1` and `index`.
  func joined(_ index: Int, comma: Bool = false) -> Bool {
    guard index > 0 && index < tokens.count else { return false }
    let between = text.unicodeScalars[
      tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
    var commas = 0
    for scalar in between {
      // "Bộ GD&ĐT", "Bộ KH&CN": an ampersand inside an abbreviated name joins its parts.
      if isWhitespaceScalar(scalar) || scalar.value == 0xA0 || scalar == "&" { continue }
      if scalar == "," || scalar == "-" || isDashScalar(scalar.value) {
        commas += 1
        continue
      }
      return false
    }
    return comma ? commas <= 1 : commas == 0 && !between.isEmpty
  }

  /// The longest phrase starting at `position`; an order or medal of a foreign state ("Huân
  /// chương Lao động hạng Nhất của Chủ tịch nước Cộng hòa dân chủ nhân dân Lào", "Huân chương
  /// Anh dũng hạng Nhì của Bộ trưởng Bộ Quốc phòng … Lào") is `other`, named with its giver.
  func match(at position: Int) -> Found? {
    let isOrder =
      (key(position) == "huân" || key(position) == "huy") && key(position + 1) == "chương"
    if isOrder {
      let known = knownMatch(at: position)
      var nameEnd = known?.end ?? position + 2
      if known == nil {
        // An order the vocabulary does not know: its capitalised name and its class.
        // "Huân chương Anh dũng", "Huân chương Tự do": a capital, then words up to the class.
        while nameEnd < tokens.count, nameEnd - position < 6, joined(nameEnd),
          let word = key(nameEnd), word != "của", word != "hạng",
          nameEnd == position + 2 ? tokens[nameEnd].isCapitalized : !issuerStopWords.contains(word)
        {
          nameEnd += 1
        }
        nameEnd = classAfter(nameEnd)?.1 ?? nameEnd
      }
      if let end = foreignIssuerEnd(nameEnd) {
        let written = String(
          text[tokens[nameEnd + 1].range.lowerBound..<tokens[end - 1].range.upperBound])
        return Found(code: nil, end: end, issuer: written)
      }
      if let known, known.code != nil, let giver = statePresidentAfter(known.end) {
        // "Huân chương Lao động hạng Ba của Chủ tịch nước": the name keeps its giver.
        return Found(code: known.code, end: giver.end, issuer: giver.written)
      }
      return known
    }
    return knownMatch(at: position)
  }

  /// "của Chủ tịch nước" right after an order ending at `index` (the person holding the office
  /// is no part of it): the end of the giver and the giver as written; nil for any other
  /// "của …" (a holder, a foreign state's giver).
  func statePresidentAfter(_ index: Int) -> (end: Int, written: String)? {
    let start = index + 1
    guard key(index) == "của", joined(index), key(start) == "chủ", key(start + 1) == "tịch",
      key(start + 2) == "nước", joined(start), joined(start + 1), joined(start + 2),
      foreignIssuerEnd(index) == nil
    else { return nil }
    let written = String(
      text[tokens[start].range.lowerBound..<tokens[start + 2].range.upperBound])
    return (start + 3, written)
  }

  /// The end of "của …" after `index` when the giver it names is a foreign state's: the token
  /// after the state's name.
  func foreignIssuerEnd(_ index: Int) -> Int? {
    guard key(index) == "của", joined(index), index + 1 < tokens.count, joined(index + 1),
      tokens[index + 1].isCapitalized
    else { return nil }
    var end = index + 1
    var foreignEnd: Int?
    while end < tokens.count, end - index <= 16, end == index + 1 || joined(end),
      let next = key(end), !issuerStopWords.contains(next)
    {
      end += 1
      if foreignStateKeys.contains(next) { foreignEnd = end }
    }
    return foreignEnd
  }

  /// The longest phrase of the vocabulary starting at `position`.
  func knownMatch(at position: Int) -> Found? {
    guard let first = key(position), let candidates = AwardPhrases.byFirstKey[first] else {
      return nil
    }
    for candidate in candidates {
      let phrase = AwardPhrases.phrases[candidate]
      var end = position + 1
      var ok = true
      for keyIndex in 1..<phrase.keys.count {
        // Lists inside names ("xã, phường, thị trấn", "thôn, tổ dân phố") allow commas.
        guard key(end) == phrase.keys[keyIndex], joined(end, comma: true) else {
          ok = false
          break
        }
        end += 1
      }
      if !ok { continue }
      if case .abbreviation = phrase.outcome {
        let written = text.unicodeScalars[tokens[position].range]
        guard written.allSatisfy({ $0.properties.isUppercase }) else { continue }
      }
      return resolve(phrase.outcome, position: position, end: end)
    }
    return nil
  }

  /// Applies the rest of the grammar (class, level, issuer) after the fixed words.
  func resolve(_ outcome: PhraseOutcome, position: Int, end: Int) -> Found {
    switch outcome {
    case .code(let code):
      return Found(code: code, end: end, issuer: nil)
    case .abbreviation(let code):
      return Found(code: code, end: end, issuer: nil)
    case .classed(let stem):
      if let (suffix, after) = classAfter(end) {
        return Found(code: stem + "_" + suffix, end: after, issuer: nil)
      }
      return Found(code: nil, end: end, issuer: nil)
    case .optionalClass(let code):
      return Found(code: code, end: classAfter(end)?.1 ?? end, issuer: nil)
    case .organisationPrize:
      return Found(code: nil, end: end, issuer: nil)
    case .emulationFighter:
      return emulationFighter(end)
    case .commemorativeMedal:
      let (nameEnd, issuer) = withIssuer(commemorativeName(end))
      return Found(code: "ky_niem_chuong", end: nameEnd, issuer: issuer)
    case .badge:
      if let after = partyBadge(end) { return Found(code: nil, end: after, issuer: nil) }
      let (nameEnd, issuer) = withIssuer(badgeName(end))
      return Found(code: "huy_hieu", end: nameEnd, issuer: issuer)
    case .certificate, .flag, .commendation:
      let issuer = issuerAfter(end)
      let level = issuer.map { issuerLevel(from: $0.start, to: $0.end) }
      let written = issuer.map {
        String(text[tokens[$0.start].range.lowerBound..<tokens[$0.end - 1].range.upperBound])
      }
      let phraseEnd = issuer?.end ?? end
      var code: String?
      switch outcome {
      case .certificate:
        switch level {
        case .primeMinister?, .government?: code = "bang_khen_thu_tuong"
        case .ministryProvince?: code = "bang_khen_bo_nganh_tinh"
        default: code = nil
        }
      case .flag:
        switch level {
        case .primeMinister?, .government?: code = "co_thi_dua_chinh_phu"
        case .ministryProvince?: code = "co_thi_dua_bo_nganh_tinh"
        default: code = nil
        }
      default:
        code = "giay_khen"
      }
      return Found(code: code, end: phraseEnd, issuer: written)
    }
  }

  /// "hạng Nhất" / "hạng II" / "hạng 3" right after `index`: the suffix and the index after.
  func classAfter(_ index: Int) -> (String, Int)? {
    guard let classWord = key(index), classWords.contains(classWord), joined(index),
      let word = key(index + 1), joined(index + 1),
      let suffix = classSuffixes[word]
    else { return nil }
    return (suffix, index + 2)
  }

  /// The level after "Chiến sĩ thi đua": toàn quốc, cơ sở, or bộ/ban/ngành/tỉnh (with "cấp"
  /// and the list forms "bộ, ban, ngành, tỉnh, đoàn thể trung ương").
  func emulationFighter(_ index: Int) -> Found {
    var cursor = index
    if key(cursor) == "cấp" && joined(cursor) { cursor += 1 }
    guard let word = key(cursor), joined(cursor) else {
      return Found(code: nil, end: index, issuer: nil)
    }
    switch word {
    case "toàn" where key(cursor + 1) == "quốc" && joined(cursor + 1):
      return Found(code: "cstd_toan_quoc", end: cursor + 2, issuer: nil)
    case "cơ" where key(cursor + 1) == "sở" && joined(cursor + 1):
      return Found(code: "cstd_co_so", end: cursor + 2, issuer: nil)
    case "thành" where key(cursor + 1) == "phố" && joined(cursor + 1):
      // "Chiến sĩ thi đua thành phố" of a centrally-run city: the province level. A city named
      // after it must be one of the 63.
      var end = cursor + 2
      if end < tokens.count, tokens[end].isCapitalized, joined(end) {
        var nameEnd = end
        while nameEnd < tokens.count, tokens[nameEnd].isCapitalized, joined(nameEnd) {
          nameEnd += 1
        }
        let name = String(text[tokens[end].range.lowerBound..<tokens[nameEnd - 1].range.upperBound])
        guard Gazetteer.province(named: name) != nil else {
          return Found(code: nil, end: index, issuer: nil)
        }
        end = nameEnd
      }
      return Found(code: "cstd_bo_nganh_tinh", end: end, issuer: nil)
    case "bộ", "ban", "ngành", "tỉnh":
      var end = cursor + 1
      let listWords: Set<String> = ["bộ", "ban", "ngành", "tỉnh", "đoàn", "thể", "trung", "ương"]
      while let next = key(end), listWords.contains(next), joined(end, comma: true) { end += 1 }
      return Found(code: "cstd_bo_nganh_tinh", end: end, issuer: nil)
    default:
      return Found(code: nil, end: index, issuer: nil)
    }
  }

  /// The name of a commemorative medal ("Vì sự nghiệp Thi đua - Khen thưởng"): from "Vì" to
  /// the end of the phrase.
  func commemorativeName(_ index: Int) -> Int {
    if let end = quotedName(index) { return end }
    guard key(index) == "vì", tokens[index].isCapitalized, joined(index) else { return index }
    var end = index + 1
    while end < tokens.count, end - index < 16, joined(end, comma: false) || dashJoined(end) {
      guard let word = key(end), word != "của",
        !issuerStopWords.contains(word) || word == "thành"
      else { break }
      end += 1
    }
    return end
  }

  /// The name of a badge ("Huy hiệu Tuổi trẻ sáng tạo"): capitalised right after "Huy hiệu",
  /// running to "của", a word that ends a phrase or another award form.
  func badgeName(_ index: Int) -> Int {
    if let end = quotedName(index) { return end }
    guard index < tokens.count, tokens[index].isCapitalized, joined(index) else { return index }
    var end = index + 1
    while end < tokens.count, end - index < 10, joined(end) {
      guard let word = key(end), word != "của", !issuerStopWords.contains(word),
        !(tokens[end].isCapitalized && startsPhrase(end))
      else { break }
      end += 1
    }
    return end
  }

  /// A name in quotes right after the form ("huy hiệu “Tuổi trẻ dũng cảm”", "Kỷ niệm chương
  /// \"Vì sự nghiệp Ngoại giao\""): the index after its last word, when the quote closes within
  /// a few words.
  func quotedName(_ index: Int) -> Int? {
    guard index > 0, index < tokens.count else { return nil }
    let between = text.unicodeScalars[
      tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
    let opening = between.filter { !isWhitespaceScalar($0) }
    guard opening.count == 1, let quote = opening.first, quote == "“" || quote == "\"",
      tokens[index].isCapitalized
    else { return nil }
    let closing: Unicode.Scalar = quote == "“" ? "”" : "\""
    var end = index + 1
    while end < tokens.count, end - index < 12 {
      let gap = text.unicodeScalars[tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound]
      if gap.contains(closing) { return end }
      if gap.contains(where: { !isWhitespaceScalar($0) && !isDashScalar($0.value) }) { return nil }
      end += 1
    }
    if end == tokens.count,
      text.unicodeScalars[tokens[end - 1].range.upperBound...].first == closing
    {
      return end
    }
    return nil
  }

  /// "của X" after a name ending at `index`: the end of the issuer and the issuer as written;
  /// `index` and nil when no issuer follows.
  func withIssuer(_ index: Int) -> (Int, String?) {
    guard key(index) == "của", let issuer = issuerAfter(index) else { return (index, nil) }
    let written = String(
      text[tokens[issuer.start].range.lowerBound..<tokens[issuer.end - 1].range.upperBound])
    return (issuer.end, written)
  }

  /// Whether a dash (with or without spaces) lies between tokens `index - 1` and `index`.
  func dashJoined(_ index: Int) -> Bool {
    guard index > 0 && index < tokens.count else { return false }
    let between = text.unicodeScalars[
      tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
    var dashes = 0
    for scalar in between {
      if isWhitespaceScalar(scalar) { continue }
      if isDashScalar(scalar.value) {
        dashes += 1
        continue
      }
      return false
    }
    return dashes == 1
  }

  /// The end of "Huy hiệu Đảng" / "Huy hiệu 50 năm tuổi Đảng" after "Huy hiệu", if that is it.
  func partyBadge(_ index: Int) -> Int? {
    if key(index) == "đảng" && joined(index) { return index + 1 }
    if let number = key(index), number.allSatisfy(\.isNumber), joined(index),
      key(index + 1) == "năm", key(index + 2) == "tuổi", key(index + 3) == "đảng"
    {
      return index + 4
    }
    return nil
  }

  /// The issuer after a certificate or flag: "của X", or X right after when it starts with a
  /// capital or "cấp". Returns the token range of X.
  func issuerAfter(_ index: Int) -> (start: Int, end: Int)? {
    guard index < tokens.count, joined(index) else { return nil }
    // "tặng giấy khen 25 tập thể …": a count after the form starts its recipients, no giver.
    if let first = tokens[index].key.unicodeScalars.first, first.value >= 0x30, first.value <= 0x39
    {
      return nil
    }
    var start = index
    if key(start) == "của" {
      start += 1
      guard start < tokens.count, joined(start) else { return nil }
    } else if key(start) == "cấp" {
      guard let level = key(start + 1), joined(start + 1),
        ["tỉnh", "bộ", "ngành", "huyện", "xã", "cơ", "trung"].contains(level)
      else { return nil }
      let end = level == "cơ" || level == "trung" ? start + 3 : start + 2
      return (start, min(end, tokens.count))
    } else if !tokens[start].isCapitalized {
      return nil
    }
    guard tokens[start].isCapitalized || issuerContinuations.contains(key(start) ?? "") else {
      return nil
    }
    var end = start + 1
    // The legal list form: "bộ, ban, ngành, tỉnh(, đoàn thể trung ương)".
    let listWords: Set<String> = ["bộ", "ban", "ngành", "tỉnh", "đoàn", "thể", "trung", "ương"]
    if let first = key(start), listWords.contains(first), !tokens[start].isCapitalized {
      while let next = key(end), listWords.contains(next), joined(end, comma: true) { end += 1 }
      return (start, end)
    }
    // "Chính phủ" is whole; so is "Thủ tướng Chính phủ".
    if key(start) == "chính" && key(start + 1) == "phủ" && joined(start + 1) {
      return (start, start + 2)
    }
    while end < tokens.count && end - start < 12 && (joined(end) || dashJoined(end))
      && !lineBreak(before: end)
    {
      let token = tokens[end]
      let word = matchKey(token.key)
      if let first = token.key.unicodeScalars.first, first.value >= 0x30 && first.value <= 0x39 {
        break
      }
      if token.isCapitalized {
        if AwardPhrases.byFirstKey[word] != nil && startsPhrase(end) { break }
        end += 1
        // "… Chính phủ nước Cộng hòa XHCN Việt Nam": the name of the state goes on.
        if word == "cộng", key(end) == "hòa" || key(end) == "hoà" {
          while end < tokens.count, joined(end),
            tokens[end].isCapitalized || stateNameWords.contains(key(end) ?? "")
          {
            end += 1
          }
        }
        if word == "phủ" && key(end - 2) == "chính" { break }
        continue
      }
      if word == "và", end + 1 < tokens.count, tokens[end + 1].isCapitalized, joined(end + 1),
        !startsPhrase(end + 1)
      {
        end += 2
        continue
      }
      if issuerStopWords.contains(word) || !issuerContinuations.contains(word) { break }
      end += 1
    }
    return (start, end)
  }

  /// Whether a line break lies between tokens `index - 1` and `index`.
  func lineBreak(before index: Int) -> Bool {
    guard index > 0 && index < tokens.count else { return false }
    return text.unicodeScalars[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
      .contains { $0 == "\n" || $0 == "\r" }
  }

  /// Whether an award phrase of the grammar starts at `index` ("… và Bằng khen …").
  func startsPhrase(_ index: Int) -> Bool {
    guard let first = key(index), let candidates = AwardPhrases.byFirstKey[first] else {
      return false
    }
    for candidate in candidates {
      let keys = AwardPhrases.phrases[candidate].keys
      var matched = true
      for offset in 1..<keys.count where key(index + offset) != keys[offset] {
        matched = false
        break
      }
      if matched { return true }
    }
    return false
  }

  /// The level of the issuer written in tokens `start..<end`.
  func issuerLevel(from start: Int, to end: Int) -> IssuerLevel {
    let keys = tokens[start..<end].map { $0.key }
    let joinedKeys = " " + keys.joined(separator: " ") + " "
    if joinedKeys.contains(" thủ tướng ") || joinedKeys.contains(" ttg ") { return .primeMinister }
    if keys.starts(with: ["chính", "phủ"]) { return .government }
    if joinedKeys.contains(" chủ tịch nước ") { return .statePresident }
    let issuerText = String(text[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
    let provinces = Gazetteer.mentions(in: issuerText)
    if provinces.contains(where: { $0.context == .lowerUnit }) { return .lower }
    let lowerWords = [" huyện ", " quận ", " phường ", " sở ", " trường ", " công ty ", " thị xã "]
    if !joinedKeys.contains(" tỉnh ") && lowerWords.contains(where: joinedKeys.contains) {
      return .lower
    }
    if keys.first == "cấp" {
      return keys.contains("huyện") || keys.contains("xã") || keys.contains("cơ")
        ? .lower : .ministryProvince
    }
    // "Công đoàn Giáo dục Việt Nam": a sector's union under the confederation (Tổng Liên đoàn),
    // neither a ministry, a province nor a central mass organisation.
    if keys.starts(with: ["công", "đoàn"]) { return .lower }
    if keys.contains("xã") && !keys.contains("tỉnh") && !keys.contains("hội") { return .lower }
    return .ministryProvince
  }
}

/// Who issues an award, as far as the vocabulary distinguishes.
enum IssuerLevel {
  case primeMinister
  case government
  case statePresident
  case ministryProvince
  case lower
}
