// Vocabularies of people's titles: the words that begin a position ("Chủ tịch", "Phó Bí thư",
// "Ủy viên", "Vụ phó"…), the words that begin a unit continuing a position ("Ban TĐKT Trung
// ương", "huyện Cao Lộc"), ranks and degrees written before a name, honorifics, and the verbs
// that end a list of positions ("phát biểu", "chủ trì"…).

/// Word vocabularies of titles and the phrases around people. All entries are lowercased word
/// sequences; tone placement is matched in both styles ("ủy"/"uỷ").
public enum TitleVocabulary {
  /// Words (lowercased, one or more) that begin a position.
  public static let positionHeads: [String] = [
    "chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "tổng bí thư", "ủy viên", "tỉnh ủy viên",
    "thành ủy viên", "huyện ủy viên", "đảng ủy viên", "thủ tướng", "phó thủ tướng", "bộ trưởng",
    "thứ trưởng", "giám đốc", "phó giám đốc", "tổng giám đốc", "phó tổng giám đốc", "trưởng",
    "phó trưởng", "vụ trưởng", "vụ phó", "cục trưởng", "cục phó", "viện trưởng", "viện phó",
    "chánh", "phó chánh", "chủ nhiệm", "phó chủ nhiệm", "tổng cục trưởng", "phó tổng cục trưởng",
    "hiệu trưởng", "phó hiệu trưởng", "thủ trưởng", "chỉ huy trưởng", "chính ủy", "phó chính ủy",
    "tư lệnh", "phó tư lệnh", "tham mưu trưởng", "tổng tham mưu trưởng", "phó tổng tham mưu trưởng",
    "đại biểu quốc hội", "đại biểu", "trưởng đoàn",
    "phó trưởng đoàn", "thành viên", "anh hùng", "bà mẹ", "chiến sĩ", "chiến sỹ",
    "hội viên", "đoàn viên", "đảng viên", "nông dân", "công nhân", "giáo viên", "bác sĩ",
    "bác sỹ", "kỹ sư", "kế toán", "chuyên viên", "cán bộ", "thư ký", "tổng thư ký",
    "phó tổng thư ký", "thường trực ban bí thư", "thường trực tỉnh ủy", "thường trực thành ủy",
    "thường trực huyện ủy",
    "trưởng thôn", "trưởng bản", "trưởng ấp", "tổ trưởng", "tổ phó", "đội trưởng", "đội phó",
    "trưởng phòng", "phó trưởng phòng", "trưởng ban", "phó trưởng ban", "trưởng khoa",
    "giảng viên", "học sinh", "sinh viên", "nhân viên", "người có uy tín", "già làng",
    "chủ tịch nước", "phó chủ tịch nước", "ủy viên dự khuyết", "chủ nhiệm ủy ban",
    "cụm trưởng", "cụm phó", "xóm trưởng", "chi hội trưởng", "công chức", "khối trưởng",
    "phó cục trưởng", "phó vụ trưởng", "phó viện trưởng", "bí thư chi bộ", "bí thư chi đoàn",
    "uvbct", "uvtw", "uvt.ư", "uv t.ư", "ủy viên t.ư", "uvbtv", "uv btv", "uv", "tuv", "bt", "pbt",
    "ct", "pct", "gđ", "pgđ", "tbt", "ubtvqh", "đbqh",
  ]

  /// Words that begin an organisation or unit; after a comma they continue the position before
  /// ("Vụ phó Vụ TĐKT …, Ban TĐKT Trung ương").
  public static let unitHeads: [String] = [
    "ban", "vụ", "sở", "bộ", "cục", "chi cục", "tổng cục", "ủy ban", "ubnd", "hđnd", "ubmttq",
    "mttq", "tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy", "hội", "hội đồng", "trường", "phòng",
    "văn phòng", "công ty", "tổng công ty", "viện", "học viện", "bệnh viện", "trung tâm", "báo",
    "đài", "liên đoàn", "công đoàn", "đoàn", "quân khu", "bộ chỉ huy", "công an", "trung ương",
    "tw", "tư", "ban chấp hành", "bch", "btv", "ban thường vụ", "hợp tác xã", "htx",
    "cơ quan", "chi bộ", "chi hội", "khối", "cụm", "thường trực", "ủy ban nhân dân",
    "hội đồng nhân dân", "mặt trận", "tập đoàn", "ngân hàng", "kho bạc", "cục thuế", "tòa án",
    "viện kiểm sát", "bảo hiểm", "đại học", "đảng bộ", "xã", "phường", "thị trấn", "huyện",
    "quận", "thị xã", "thành phố", "tỉnh", "thôn", "bản", "ấp", "tổ dân phố", "tp", "tp.",
  ]

  /// Administrative units ("xã", "huyện", "tỉnh"…): the words that begin a place.
  public static let placeHeads: [String] = [
    "thôn", "bản", "ấp", "xóm", "tổ dân phố", "khu phố", "xã", "phường", "thị trấn", "huyện",
    "quận", "thị xã", "thành phố", "tỉnh", "tp", "tp.",
  ]

  /// Honorifics before a name.
  public static let honorifics: [String] = [
    "đồng chí", "đ/c", "ông", "bà", "anh", "chị", "các đồng chí", "các ông", "các bà", "cô",
    "thầy", "em", "cháu", "cụ", "mẹ",
  ]

  /// Abbreviations of place units written with a period before the place's name ("TP. Cam
  /// Ranh", "TX. Sơn Tây").
  static let placeAbbreviations: Set<String> = ["tp", "tx"]

  /// Ranks and degrees written between an honorific and a name; they are not part of the name.
  public static let namePrefixes: [String] =
    [
      "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đô đốc", "phó đô đốc",
      "chuẩn đô đốc", "đại tá", "thượng tá",
      "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "gs", "gs.", "pgs",
      "pgs.", "ts", "ts.", "ths", "ths.", "bs", "bs.", "pgs.ts", "pgs.ts.", "gs.ts", "gs.ts.",
      "ls", "ls.", "nsnd", "nsưt", "ngnd", "ngưt", "ttnd", "ttưt", "nnnd", "nnưt", "ahlđ",
      "nhà giáo", "nghệ sĩ", "bác sĩ", "kts", "ks", "ks.", "gs.tskh", "pgs.tskh", "tskh", "ts.bs",
      "ths.bs", "ths.ls", "bsckii", "bscki", "bsck", "ds", "cn", "thượng sĩ", "trung sĩ", "hạ sĩ",
      "binh nhất", "binh nhì", "thiếu tướng", "anh hùng lao động", "tiến sĩ", "tiến sỹ", "thạc sĩ",
      "thạc sỹ", "giáo sư", "phó giáo sư", "dược sĩ", "luật sư", "kiến trúc sư",
      "anh hùng lực lượng vũ trang nhân dân", "ahllvtnd", "bà mẹ việt nam anh hùng",
      "mẹ việt nam anh hùng",
    ] + honoraryTitles

  /// Honorary, artistic and religious titles before a name; the name after them may be a pen or
  /// stage name or a religious name that does not start with a family name ("NSND Thu Hiền",
  /// "Hòa thượng Thích Thiện Nhơn").
  public static let honoraryTitles: [String] = [
    "nsnd", "nsưt", "ngnd", "ngưt", "ttnd", "ttưt", "nnnd", "nnưt", "nghệ sĩ nhân dân",
    "nghệ sĩ ưu tú", "nhà giáo nhân dân", "nhà giáo ưu tú", "thầy thuốc nhân dân",
    "thầy thuốc ưu tú", "nghệ nhân nhân dân", "nghệ nhân ưu tú", "nhạc sĩ", "họa sĩ", "nhà văn",
    "nhà thơ", "nhà báo", "đại đức", "thượng tọa", "hòa thượng", "ni sư", "linh mục",
    "mục sư",
  ]

  /// Words that open a remark in parentheses on where a person stands in a photo ("(thứ hai từ
  /// trái sang)", "(bên phải)", "(giữa)"); such a remark is not a position.
  /// Details of a person after a comma that are no position: the year of birth and where the
  /// person lives or comes from ("Mẹ Hoàng Thị Xuân, sinh năm 1897, ở xã Bảo Cường", "Mẹ
  /// Nguyễn Thị Tiu, trú ở xã Sơn Thành").
  public static let personalDetails: [String] = [
    "sinh năm", "sn", "trú ở", "trú tại", "cư trú tại", "thường trú tại", "tạm trú tại", "quê ở",
    "quê quán", "nguyên quán", "ngụ ở", "ngụ tại", "ở xã", "ở phường", "ở thôn", "ở thị trấn",
    "ở bản", "ở huyện", "ở ấp", "ở tổ dân phố",
  ]

  public static let photoRemarks: [String] = [
    "thứ", "bên trái", "bên phải", "giữa", "đứng giữa", "ngoài cùng", "hàng đầu", "hàng trên",
    "hàng dưới", "từ trái", "từ phải", "trái", "phải", "người đứng", "áo",
  ]

  /// Names of units written with a comma inside, as lower-case word pairs around the comma
  /// ("Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh").
  public static let commaJoinedNames: [String] = [
    "thi đua, khen thưởng", "văn hóa, thể thao", "lao động, thương binh", "thông tin, truyền thông",
    "kế hoạch, đầu tư", "tài nguyên, môi trường", "bộ, ngành", "sở, ngành", "ban, ngành",
    "sở, ban", "ngành, đoàn thể",
  ]

  /// Verbs that end a list of positions; the first ones are the roles recorded for a
  /// participant ("phát biểu", "chủ trì"…).
  public static let roleVerbs: [String] = [
    "phát biểu", "chủ trì", "đồng chủ trì", "trao", "trao tặng", "phát động", "báo cáo",
    "điều hành",
  ]

  /// Words after "phát biểu" that say what kind of speech it was.
  public static let speechKinds: [String] = [
    "khai mạc", "bế mạc", "chỉ đạo", "kết luận", "chào mừng", "tham luận", "cảm ơn",
    "đáp từ", "tổng kết", "giao nhiệm vụ",
  ]

  /// Other words that end a list of positions.
  public static let stopWords: [String] = [
    "chúc mừng", "thông tin", "khai mạc", "bế mạc", "kết luận", "chỉ đạo", "gắn", "đón nhận",
    "nhận",
    "trình bày", "quán triệt", "thông qua", "tặng", "đã", "cùng", "dự", "tham dự", "đến",
    "nhấn mạnh", "cho biết", "khẳng định", "đề nghị",
    "yêu cầu", "là", "được", "tại", "thăm", "tới", "làm", "có", "với", "ghi nhận", "biểu dương",
    "thay mặt", "đánh giá", "chia sẻ", "gửi", "bày tỏ", "hoan nghênh", "lưu ý", "tiếp", "mong",
    "mong muốn", "nêu", "phát động", "ký", "cảm ơn", "trả lời", "giới thiệu", "đọc", "công bố",
    "vinh dự", "vui mừng", "tin tưởng", "đánh", "nói", "đề cập", "đồng chí", "đ/c", "ông", "bà",
    "trong", "khi", "sẽ", "đang", "vừa", "luôn", "cũng", "về", "để", "theo", "ngày", "sáng",
    "chiều", "trân trọng", "thừa ủy quyền", "thừa uỷ quyền", "ủy quyền", "thường xuyên",
    "tham quan", "kiểm tra", "làm việc", "lên", "xuống", "ra", "vào", "nhằm", "thì", "mà", "nên",
    "chứ", "nhưng", "rằng", "người", "từng", "này", "đó",
  ]
}

/// A compiled phrase vocabulary: lowercased word sequences, looked up by their first word.
struct PhraseSet {
  private var byFirstWord: [String: [[String]]] = [:]
  let maxWords: Int

  init(_ phrases: [String]) {
    var maxWords = 1
    for phrase in phrases {
      for variant in toneVariants(phrase) {
        let words = variant.split(separator: " ").map(String.init)
        byFirstWord[words[0], default: []].append(words)
        maxWords = max(maxWords, words.count)
      }
    }
    for key in byFirstWord.keys {
      byFirstWord[key]!.sort { $0.count > $1.count }
    }
    self.maxWords = maxWords
  }

  /// The phrases whose first word is `word`, longest first.
  func candidates(startingWith word: String) -> [[String]]? { byFirstWord[word] }

  /// The number of words of the longest phrase that `words` starts with, or 0.
  func match(_ words: ArraySlice<String>) -> Int {
    guard let first = words.first, let candidates = byFirstWord[first] else { return 0 }
    for candidate in candidates where candidate.count <= words.count {
      if zip(candidate, words).allSatisfy({ $0 == $1 }) { return candidate.count }
    }
    return 0
  }
}

/// Both tone placements of the "uy"/"oa" syllables titles use ("ủy"/"uỷ", "hóa"/"hoá").
func toneVariants(_ phrase: String) -> [String] {
  let pairs: [(String, String)] = [
    ("ủy", "uỷ"), ("hóa", "hoá"), ("hòa", "hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"),
  ]
  var variants = [phrase]
  for (old, new) in pairs where phrase.contains(old) {
    variants.append(contentsOf: variants.map { $0.replacingAll(old, with: new) })
  }
  return variants
}

extension String {
  /// Replaces every occurrence of `target` (no Foundation).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    result += rest
    return result
  }
}

/// The family names of domain.md §6 (Kinh, northern minorities, Khmer, Central Highlands).
public enum FamilyNames {
  /// Lowercased family names.
  public static let all: Set<String> = Set(
    ("nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lương đinh đoàn "
      + "trịnh trương đào mai cao lâm tô hà tạ chu lưu triệu vương thái quách tăng phùng la kiều "
      + "khổng tống nghiêm khuất mạc giáp doãn đàm lại thân hứa văn kim nông bế ma lò lường cầm vi "
      + "sầm lục lộc sùng giàng lầu thào vàng mùa thạch sơn danh y h' ksor siu rơ rah nay kpă "
      + "kpah rchăm k' ka điểu lữ từ tôn âu ninh quan khúc đậu diệp hàn thiều bạch đồng đồ "
      + "hầu khương kha lăng lò mông ôn phó quang tiêu trình trà vi viên yên ưng lê")
      .split(separator: " ").map(String.init))
}

/// Common middle names (domain.md §6): the second word of most names.
enum MiddleNames {
  static let all: Set<String> = [
    "văn", "thị", "đức", "hữu", "minh", "ngọc", "quang", "thanh", "xuân", "công", "đình", "thu",
    "kim", "hồng", "quốc", "thế", "trọng", "tiến", "bá", "viết", "như", "mạnh", "duy", "anh",
    "tất", "khánh", "đăng", "sỹ", "sĩ", "hoàng", "phương", "thúy", "thùy", "mỹ", "diệu",
  ]
}
