import Testing
import VietText

/// Headings and signature blocks set in capitals, written in the usual case.
struct CasingTests {
  @Test(
    "lines in capitals are written in the usual case",
    arguments: [
      ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
      ("KT. THỦ TƯỚNG", "KT. Thủ tướng"),
      ("PHÓ THỦ TƯỚNG", "Phó Thủ tướng"),
      ("KT. CHỦ TỊCH", "KT. Chủ tịch"),
      ("PHÓ CHỦ TỊCH", "Phó Chủ tịch"),
      ("TM. ỦY BAN NHÂN DÂN", "TM. Ủy ban nhân dân"),
      ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "Ủy ban nhân dân tỉnh Bắc Kạn"),
      ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"),
      ("CHỦ TỊCH NƯỚC", "Chủ tịch nước"),
      ("BỘ TRƯỞNG BỘ NỘI VỤ", "Bộ trưởng Bộ Nội vụ"),
      ("CHỦ TỊCH UBND THÀNH PHỐ HÀ NỘI", "Chủ tịch UBND thành phố Hà Nội"),
    ])
  func capitals(text: String, expected: String) {
    #expect(Casing.fromCapitals(text) == expected)
  }

  @Test("a line with lower-case letters is left as written")
  func mixed() {
    #expect(Casing.fromCapitals("Phó Thủ tướng") == "Phó Thủ tướng")
    #expect(Casing.fromCapitals("Nguyễn Sinh Hùng") == "Nguyễn Sinh Hùng")
  }
}
