// Word lists of the extraction rules: event words and the kind of conference they name,
// organiser systems, grant verbs, recipient nouns, honorifics of exemplars. All lower-case.

import VietText

/// Event words, in the order they are tried at one position, with the conference kind each
/// names. The earliest one in a title decides the kind.
let eventKinds: [(words: [Unicode.Scalar], kind: Conference.Kind)] = [
  ("sơ kết", Conference.Kind.midyearReview), ("tổng kết", .annualReview),
  ("ký kết giao ước", .covenant), ("giao ước thi đua", .covenant), ("phát động", .launch),
  ("đại hội thi đua", .congress), ("đại hội", .congress), ("hội nghị biểu dương", .ceremony),
  ("hội nghị điển hình tiên tiến", .ceremony),
  ("biểu dương", .ceremony), ("tuyên dương", .ceremony), ("lễ trao", .ceremony),
  ("lễ đón nhận", .ceremony), ("đón nhận", .ceremony), ("lễ kỷ niệm", .ceremony),
  ("kỷ niệm", .ceremony), ("lễ công bố", .ceremony), ("lễ", .ceremony), ("trao", .ceremony),
  ("gặp mặt", .ceremony),
].map { (ph($0.0), $0.1) }

/// Nouns of events after "tổ chức" or "dự".
let eventNouns: [[Unicode.Scalar]] = ["hội nghị", "lễ", "buổi lễ", "đại hội", "lễ phát động"].map(
  ph)

/// Words that must appear somewhere for a page to be able to report a record.
let triggerWords: [String] = [
  "thi đua", "khen thưởng", "huân chương", "bằng khen", "giấy khen", "kỷ niệm chương",
  "huy chương", "danh hiệu", "anh hùng", "biểu dương", "tuyên dương", "tôn vinh",
  "điển hình tiên tiến",
]

/// Verbs that give an award.
let grantVerbs: [[Unicode.Scalar]] = [
  "truy tặng", "trao tặng", "được tặng", "tặng thưởng", "tặng", "trao", "đón nhận", "nhận",
  "khen thưởng", "công nhận", "phong tặng", "được nhận",
].map { Array($0.unicodeScalars) }

/// Words before "nhận" that make it no receiving of an award ("ghi nhận", "tiếp nhận").
let notReceiving: [[Unicode.Scalar]] = ["ghi", "tiếp", "xác", "thừa", "cảm", "tự"].map(ph)

/// Verbs that confer a quoted title ("tuyên dương … danh hiệu “…”").
let titleVerbs: [[Unicode.Scalar]] = [
  "tuyên dương", "tặng", "trao", "công nhận", "phong tặng", "trao tặng",
].map(ph)

/// Adverbs between the giver of an award and the grant verb ("đã tặng", "trân trọng trao").
let giverAdverbs: Set<String> = [
  "đã", "vừa", "cũng", "đồng", "thời", "long", "trọng", "trang", "trân", "chính", "thức",
]

/// Words before a grant verb that make it a proposal, a criterion or an intention.
let notGivenWords: [[Unicode.Scalar]] = [
  "đề nghị", "xét tặng", "xét", "để", "sẽ", "dự kiến", "trình", "đề xuất", "lấy ý kiến",
  "tiêu chuẩn", "được xét",
].map { Array($0.unicodeScalars) }

/// Compounds that hold a proposal word and propose nothing ("công trình", "chương trình").
let notProposals: [[Unicode.Scalar]] = [
  "công trình", "chương trình", "quá trình", "lộ trình", "hành trình", "tiến trình",
  "trình độ", "trình bày", "trình diễn",
].map(ph)

/// Words before "có N …" that name a whole territory: a statistic, unless a word of the current
/// round dates the count ("Năm nay, toàn quốc có 39 nhà giáo được trao tặng …": this round's).
let territoryWords: [[Unicode.Scalar]] = [
  "toàn tỉnh", "toàn huyện", "toàn thành phố", "toàn ngành", "toàn quốc", "cả nước",
].map(ph)

/// Words before "có N …" that make the count a statistic over a period or a whole territory.
let statisticWords: [[Unicode.Scalar]] =
  [
    "giai đoạn", "nhiệm kỳ", "từ năm", "đến nay", "tổng cộng", "lũy kế", "năm qua", "những năm",
  ].map(ph) + territoryWords

/// Words that date a count to the conferral being reported.
let currentRoundWords: [[Unicode.Scalar]] = [
  "năm nay", "đợt này", "lần này", "kỳ này", "dịp này",
].map(ph)

/// Openings of a sentence that reports totals over a period, or earlier conferrals.
let statisticOpenings: [[Unicode.Scalar]] = [
  "giai đoạn", "trong giai đoạn", "từ năm", "từ đầu năm", "nhiệm kỳ", "trong nhiệm kỳ",
  "đến nay", "tính đến nay", "những năm qua", "trong những năm qua", "thời gian qua", "lũy kế",
  // An earlier conferral told as history ("Trước đó, TPHCM cũng đã tổ chức lễ trao tặng …").
  "trước đó", "trước đây",
].map(ph)

/// Words of a title of a page that consults the public on candidates before proposing them.
let consultationWords: [[Unicode.Scalar]] = [
  "lấy ý kiến", "xin ý kiến", "công khai danh sách", "dự kiến đề nghị",
].map(ph)

/// Words of the opening of such a page.
let consultationOpenings: [[Unicode.Scalar]] = [
  "lấy ý kiến nhân dân", "xin ý kiến nhân dân", "lấy ý kiến của nhân dân",
].map(ph)

/// Words that negate a conferral in its clause.
let negationWords: [[Unicode.Scalar]] = ["chưa", "không được", "không phải"].map(ph)

/// Recipient nouns after a count.
let recipientNouns: [(words: [Unicode.Scalar], kind: Recipient.Kind)] = [
  ("tập thể", Recipient.Kind.collective), ("cá nhân", .individual),
  ("hộ gia đình", .household), ("gia đình", .household), ("hộ", .household),
  ("đơn vị", .collective), ("đoàn viên", .individual), ("hội viên", .individual),
  ("đảng viên", .individual), ("cán bộ", .individual), ("giáo viên", .individual),
  ("học sinh", .individual), ("chiến sĩ", .individual), ("công nhân", .individual),
  ("người lao động", .individual), ("người", .individual), ("thanh niên", .individual),
  ("nhà giáo", .individual), ("nghệ sĩ", .individual), ("nghệ sỹ", .individual),
  ("nghệ nhân", .individual), ("thầy thuốc", .individual), ("bà mẹ", .individual),
  ("mẹ", .individual), ("liệt sĩ", .individual), ("liệt sỹ", .individual),
  ("vận động viên", .individual), ("huấn luyện viên", .individual), ("nhà khoa học", .individual),
  ("đồng chí", .individual), ("cựu chiến binh", .individual), ("nhà báo", .individual),
  ("bác sĩ", .individual), ("cơ quan", .collective), ("doanh nghiệp", .collective),
  ("hợp tác xã", .collective), ("địa phương", .collective),
].map { (ph($0.0), $0.1) }

/// Numbers written as words before a recipient noun ("bốn gia đình", "ba cá nhân").
let numberWords: [([Unicode.Scalar], Int)] = [
  ("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("tám", 8),
  ("chín", 9), ("mười", 10),
].map { (ph($0.0), $0.1) }

/// Verbs whose subject is the recipient, after its count ("10 gia đình nhận …", "12 tập thể
/// được tặng …").
let subjectVerbs: [[Unicode.Scalar]] = ["được", "nhận", "đón nhận", "vinh dự nhận"].map(ph)

/// Words that start a reason.
let reasonStarts: [[Unicode.Scalar]] = [
  "vì", "đã có thành tích", "có thành tích", "đã hoàn thành", "có nhiều đóng góp",
  "đã có nhiều đóng góp", "đã có hành động", "dẫn đầu", "đã có nhiều thành tích",
  "có nhiều thành tích", "đã có nhiều cống hiến", "có nhiều cống hiến", "đã có công",
  "hoàn thành xuất sắc", "do có",
].map { Array($0.unicodeScalars) }

/// Lower-case heads of units that can follow "và" in a list of recipients.
let unitStarts: [String] = [
  "sở", "ban", "phòng", "trường", "ubnd", "ủy ban", "uỷ ban", "công an", "huyện", "xã", "phường",
  "tỉnh", "thành phố", "quận", "thị xã", "bệnh viện", "công ty", "hội", "liên đoàn", "lđlđ",
  "cục", "vụ", "bộ", "trung tâm", "hợp tác xã", "đoàn", "báo", "đài", "viện", "thanh tra",
  "binh chủng", "binh đoàn", "quân chủng", "tập đoàn", "học viện", "bộ tư lệnh", "tổng cục",
  "tổng công ty", "nhà máy", "xí nghiệp", "lữ đoàn", "sư đoàn", "trung đoàn", "tiểu đoàn",
]

/// Honorifics written between "cho" and a recipient's name ("cho bà Mai Thị Đây").
let recipientHonorifics: [[Unicode.Scalar]] = [
  "đồng chí", "ông", "bà", "anh", "chị", "em", "cháu", "cụ", "cô", "thầy", "mẹ",
].map(ph)

/// Words of a person's status written before the name of a recipient and not part of it
/// ("Liệt sĩ Trần Văn Lực", "Mẹ Nguyễn Thị Thứ", "Nghệ nhân Lê Văn A").
let personStatuses: [String] = [
  "liệt sĩ", "liệt sỹ", "bà mẹ", "mẹ", "cụ", "cố", "nghệ sĩ", "nghệ sỹ", "nghệ nhân", "nhà giáo",
  "bác sĩ", "thầy thuốc", "cựu chiến binh", "thương binh", "bà", "ông",
]

/// Honorifics of exemplars and recipients, dropped from their names.
let nameHonorifics: [String] = [
  "cô giáo", "thầy giáo", "đồng chí", "ông", "bà", "anh", "chị", "cô", "thầy", "em", "cháu",
]

/// Lower-case words after which capitalised words name a place ("tỉnh Thái Nguyên", "thành phố
/// Hà Nội", "TP. Vinh").
let placeUnitWords: Set<String> = [
  "tỉnh", "huyện", "xã", "phường", "quận", "phố", "trấn", "thôn", "bản", "ấp", "xóm", "tp.",
  "tp",
]

/// Words of time that open a clause before its subject ("Sáng ngày 20 tháng 11 năm 2018 …",
/// "Ngày 13/5/2021 …", "Chiều 18.8 …").
let leadingTimeWords: Set<String> = [
  "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "nay", "qua", "tháng", "năm", "vào",
  "lúc", "giờ", "h", "mai", "tuần",
]

/// The members of a unit written before it as the subject of a ceremony ("thầy và trò trường
/// THCS Thăng Long"): the unit is the recipient.
let memberPhrases: [String] = [
  "thầy và trò", "thầy và trò của", "thầy trò", "cô và trò", "thầy cô và học sinh",
  "cán bộ, giáo viên và học sinh", "cán bộ, giáo viên, học sinh",
]

/// The leading bodies of an organisation, written before its name when they organise its
/// ceremony ("Trung ương Hội Liên hiệp Phụ nữ Việt Nam tổ chức lễ … đón nhận Huân chương …"):
/// the organisation receives the award, not its leading body. Longest first.
let leadingBodies: [String] = [
  "ban chấp hành trung ương", "ban chấp hành", "ban thường vụ", "thường trực", "trung ương",
]

/// Words that refer back to the school a page named ("cho nhà trường", "cho tập thể nhà
/// trường").
let schoolAnaphora: [[Unicode.Scalar]] = ["nhà trường", "tập thể nhà trường"].map(ph)

/// Collectives written in lower case after "cho" ("cho nhân dân và cán bộ xã Tú An").
let collectiveHeads: [[Unicode.Scalar]] = [
  "nhân dân và cán bộ", "cán bộ và nhân dân", "nhân dân và cán bộ, chiến sĩ",
].map(ph)

/// Relatives who receive an award on behalf of its recipient, written between "cho" and the
/// recipient ("trao … cho thân nhân mẹ Đỗ Thị Điền"): not the recipient.
let proxyWords: [[Unicode.Scalar]] = ["thân nhân của", "thân nhân", "người thân của"].map(ph)

/// Words before a colon that open a list of recipients after a comma ("cho 07 tập thể, đó là:
/// A; B; …").
let listIntroducers: [String] = ["đó là", "cụ thể là", "bao gồm", "gồm có", "là"]

/// Words of a sentence that reports a decision on awards without naming its form ("Đó là thông
/// tin tại Quyết định số 1632/QĐ-UBND … về việc khen thưởng thành tích …"); the conferrals
/// told right after it are that decision's.
let decisionSubjects: [String] = ["về việc khen thưởng", "về việc tặng", "khen thưởng"]

/// Words that start what is said of a person's life, written after the name where positions
/// stand ("Mẹ NAME, sinh năm 1897, ở xã …"): no position.
let personalDetailStarts: [String] = ["sinh năm", "sinh ngày", "sn ", "quê ", "trú ", "ở "]

/// Openings of the line that heads the list attached to a decision, right before its numbered
/// lines ("(Ban hành kèm theo Quyết định số 722/QĐ-TTg ngày 06/6/2008 …)").
let attachedListOpeners: [[Unicode.Scalar]] = [
  "(ban hành kèm theo", "(kèm theo", "ban hành kèm theo", "kèm theo quyết định",
].map(ph)

/// Openings of a sentence whose decision is a ground, not the one that confers.
let groundOpeners: [String] = ["căn cứ", "thực hiện", "theo đề nghị", "xét đề nghị"]

/// Opening quotation marks.
let openingQuotes: Set<Unicode.Scalar> = ["“", "\"", "«", "‘"]

/// Closing quotation marks.
let closingQuotes: Set<Unicode.Scalar> = ["”", "\"", "»", "’"]

/// Words of a group of recipients not counted ("cho các cá nhân", "cho những tập thể").
let groupWords: [[Unicode.Scalar]] = ["các", "những"].map(ph)

/// Words after "Các <nouns>" that point back to recipients just counted, before "gồm" and
/// their list ("Các đơn vị, địa phương này gồm: …").
let listBackReferences: [[Unicode.Scalar]] = ["nói trên", "này", "trên", "đó"].map(ph)

/// Words that start the credit of a photo in its caption ("Ảnh: NGUYỆT NHI", "(Ảnh: VGP)").
let photoCredits: [[Unicode.Scalar]] = ["ảnh:", "ảnh :", "ảnh -", "ảnh tư liệu", "nguồn:"].map(ph)

/// Administrative unit words that start a place.
let placeHeads: [[Unicode.Scalar]] = [
  "thôn", "bản", "ấp", "xóm", "tổ dân phố", "khu phố", "xã", "phường", "thị trấn", "huyện",
  "quận", "thị xã", "thành phố", "tỉnh", "tp.", "tp",
].map { Array($0.unicodeScalars) }

/// Words that end the name of an organiser or a place.
let subjectStops: [[Unicode.Scalar]] = [
  "tổ chức", "long trọng", "trang trọng", "đã", "vừa", "phối hợp", "sơ kết", "tổng kết",
  "ký kết", "phát động", "đón nhận", "trao", "tặng", "kỷ niệm", "diễn ra", "tuyên dương",
  "biểu dương", "gặp mặt", "gồm", "vô cùng", "rất",
].map { Array($0.unicodeScalars) }

/// Words after a person's name that say where the person comes from or lives ("quê ở xã …").
let residenceWords: [String] = [
  "quê ở", "quê quán", "nguyên quán", "trú tại", "cư trú tại", "thường trú tại", "ở xã", "ở phường",
  "ở thôn", "ở thị trấn",
]

/// Parts of the day written before a date ("chiều tối 26.12", "sáng ngày 5/3").
let timeOfDayWords: [[Unicode.Scalar]] = [
  "chiều tối", "sáng ngày", "chiều ngày", "tối ngày", "sáng", "chiều", "tối", "trưa", "ngày",
].map(ph)

/// The organiser's system from words of its name (checked in this order).
func organizerSystem(_ name: String) -> Organizer.System? {
  // Two bodies of different systems holding the event together: no single system.
  if let range = name.firstRange(of: " và ") {
    let first = organizerSystem(String(name[..<range.lowerBound]))
    let second = organizerSystem(String(name[range.upperBound...]))
    if let first, let second, first != second { return nil }
  }
  let lower = name.lowercased()
  let rules: [(String, Organizer.System)] = [
    ("mttq", .fatherlandFront), ("mặt trận", .fatherlandFront),
    ("liên đoàn lao động", .tradeUnion), ("lđlđ", .tradeUnion), ("công đoàn", .tradeUnion),
    ("tổng liên đoàn", .tradeUnion), ("lhpn", .womenUnion), ("phụ nữ", .womenUnion),
    ("đoàn thanh niên", .youthUnion), ("thanh niên", .youthUnion), ("tỉnh đoàn", .youthUnion),
    ("thành đoàn", .youthUnion), ("đoàn tncs", .youthUnion), ("trung ương đoàn", .youthUnion),
    ("hội nông dân", .farmersUnion),
    ("bộ công an", .police), ("công an", .police), ("quân khu", .army),
    ("bộ chỉ huy quân sự", .army), ("bộ quốc phòng", .army), ("bộ tổng tham mưu", .army),
    ("quân chủng", .army), ("binh chủng", .army), ("tổng cục chính trị", .army),
    ("quân đội", .army), ("bộ đội", .army), ("tỉnh ủy", .party), ("tỉnh uỷ", .party),
    ("thành ủy", .party), ("thành uỷ", .party), ("đảng ủy", .party), ("đảng uỷ", .party),
    ("cụm thi đua", .state), ("khối thi đua", .state), ("ubnd", .state),
    ("ủy ban nhân dân", .state),
    ("uỷ ban nhân dân", .state), ("hđnd", .state), ("hội đồng thi đua", .state), ("bộ ", .state),
    ("cục ", .state), ("sở ", .state), ("ban thi đua", .state), ("tổng cục", .state),
  ]
  for (word, system) in rules where utf8Contains(lower, word) { return system }
  return nil
}

/// Openers of a sentence that tells a share of the recipients told before ("Trong số này, …",
/// "Trong số 100 cán bộ Đoàn nhận …, Thủ đô Hà Nội có 4 người"). Not "Trong đó", which also
/// opens the awards a total is made of ("Trong đó, … đã trao … và truy tặng …").
let subsetOpeners: [[Unicode.Scalar]] = ["trong số"].map(ph)

/// Openers of a sentence that tells a share only when a count follows "có" in it ("Trong đó,
/// Khánh Hòa có hai nhà giáo được tặng …"); "Trong đó, lãnh đạo huyện đã trao …" tells the
/// conferrals a total is made of.
let countedSubsetOpeners: [[Unicode.Scalar]] = ["trong đó"].map(ph)

/// Passive verbs after "FORM có N …" that confer the form on those counted ("Giải thưởng …
/// năm 2025 có 3 tập thể, 12 cá nhân được vinh danh").
let formSubjectVerbs: [[Unicode.Scalar]] = [
  "được vinh danh", "được trao tặng", "được trao", "được tặng", "được nhận", "được phong tặng",
].map(ph)

/// Openers of a sentence that names the people just counted ("Đó là, Bí thư Đoàn Thanh niên …
/// NAME; …").
let namingOpeners: [[Unicode.Scalar]] = ["đó là"].map(ph)

/// Words anywhere in a sentence that make its recipient one of those counted before ("Trong
/// đó, Hội LHPN Việt Nam huyện Hiệp Đức … là một trong 3 tập thể được trao tặng …").
let subsetMarkers: [[Unicode.Scalar]] = ["là một trong"].map(ph)
