import Testing
import VietText

/// People and their positions, in the patterns articles use.
struct PeopleTests {
  @Test(
    "one person with the positions written beside the name",
    arguments: [
      (
        "Dự Hội nghị có đồng chí Đỗ Thị Thanh Hà, Vụ phó Vụ TĐKT các tỉnh thành phố trực thuộc Trung ương, Ban TĐKT Trung ương và lãnh đạo 7 tỉnh",
        "Đỗ Thị Thanh Hà",
        ["Vụ phó Vụ TĐKT các tỉnh thành phố trực thuộc Trung ương, Ban TĐKT Trung ương"]
      ),
      (
        "Đồng chí Đinh Quang Tuyên, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Bắc Kạn phát biểu Khai mạc Hội nghị",
        "Đinh Quang Tuyên", ["Ủy viên BTV Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh Bắc Kạn"]
      ),
      (
        "Đồng chí Lê Ánh Dương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang (Tỉnh đảm nhiệm vai trò Trưởng cụm Thi đua năm 2022) phát biểu tại Hội nghị",
        "Lê Ánh Dương", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Bắc Giang"]
      ),
      (
        "Đ/c Lương Quốc Đoàn - Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Hội Nông dân Việt Nam,Ủy viên Hội đồng TĐKT Trung ương phụ trách Cụm Thi đua phát biểu tại Hội nghị",
        "Lương Quốc Đoàn",
        [
          "Ủy viên Ban Chấp hành Trung ương Đảng", "Chủ tịch Hội Nông dân Việt Nam",
          "Ủy viên Hội đồng TĐKT Trung ương phụ trách Cụm Thi đua",
        ]
      ),
      (
        "Phó Chủ tịch nước Đặng Thị Ngọc Thịnh trao Huân chương Lao động hạng Nhất",
        "Đặng Thị Ngọc Thịnh", ["Phó Chủ tịch nước"]
      ),
      (
        "Tham dự có ông Nguyễn Văn Sơn (Chủ tịch UBND huyện Cao Lộc).",
        "Nguyễn Văn Sơn", ["Chủ tịch UBND huyện Cao Lộc"]
      ),
      (
        "Bà Trần Thị Hồng Minh – Giám đốc Sở Nội vụ tỉnh đọc quyết định",
        "Trần Thị Hồng Minh", ["Giám đốc Sở Nội vụ tỉnh"]
      ),
      (
        "4 | Ông Nông Đức Hiếu | Bí thư Đảng ủy xã, Chủ tịch UBND xã Hồng Phong, huyện Bình Gia",
        "Nông Đức Hiếu",
        ["Bí thư Đảng ủy xã", "Chủ tịch UBND xã Hồng Phong, huyện Bình Gia"]
      ),
      (
        "đồng chí Y Thanh Hà Niê Kđăm, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội dự",
        "Y Thanh Hà Niê Kđăm", ["Phó Chủ tịch Hội đồng Dân tộc của Quốc hội"]
      ),
      (
        "Bà H’Hen Niê, Đại biểu Quốc hội tỉnh Đắk Lắk",
        "H’Hen Niê", ["Đại biểu Quốc hội tỉnh Đắk Lắk"]
      ),
      (
        "đồng chí Thượng tướng Trần Quang Phương, Phó Chủ tịch Quốc hội phát biểu",
        "Trần Quang Phương", ["Thượng tướng", "Phó Chủ tịch Quốc hội"]
      ),
      (
        "Giám đốc Sở Văn hóa, Thể thao và Du lịch Phạm Văn Hùng cho biết",
        "Phạm Văn Hùng", ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]
      ),
      (
        "đồng chí Hoàng Văn Nghiệm, Tỉnh ủy viên, Giám đốc Sở Nội vụ chủ trì hội nghị",
        "Hoàng Văn Nghiệm", ["Tỉnh ủy viên", "Giám đốc Sở Nội vụ"]
      ),
      (
        "PGS.TS Nguyễn Văn Minh - Hiệu trưởng Trường Đại học Vinh",
        "Nguyễn Văn Minh", ["PGS.TS", "Hiệu trưởng Trường Đại học Vinh"]
      ),
      (
        "Đồng chí Bùi Văn Khánh, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh Hoà Bình khẳng định",
        "Bùi Văn Khánh", ["Phó Bí thư Tỉnh uỷ", "Chủ tịch UBND tỉnh Hoà Bình"]
      ),
      (
        "Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh trao cờ",
        "Trần Sỹ Thanh", ["Chủ tịch UBND thành phố Hà Nội"]
      ),
      (
        "Dự buổi lễ có Đại tá Nguyễn Quốc Hùng, Giám đốc Công an tỉnh; đồng chí",
        "Nguyễn Quốc Hùng", ["Đại tá", "Giám đốc Công an tỉnh"]
      ),
      (
        "Ông Hà Văn Sơn | Nông dân thôn Tân Lập, xã Hòa Thắng, huyện Hữu Lũng",
        "Hà Văn Sơn", ["Nông dân thôn Tân Lập, xã Hòa Thắng, huyện Hữu Lũng"]
      ),
      (
        "đồng chí Nguyễn Thị Minh, PCT UBND tỉnh, Trưởng Ban Thi đua - Khen thưởng tỉnh",
        "Nguyễn Thị Minh", ["PCT UBND tỉnh", "Trưởng Ban Thi đua - Khen thưởng tỉnh"]
      ),
    ])
  func onePerson(text: String, name: String, positions: [String]) {
    let found = People.mentions(in: text)
    #expect(found.count == 1, "\(text): \(found.map(\.name))")
    guard let first = found.first else { return }
    #expect(first.name == name)
    #expect(first.positions == positions)
    #expect(String(text[first.range]) == first.text)
  }

  @Test("roles after the mention")
  func roles() {
    let a = People.mentions(
      in: "Đồng chí Đinh Quang Tuyên, Phó Chủ tịch UBND tỉnh Bắc Kạn phát biểu Khai mạc Hội nghị")
    #expect(a.first?.role == "phát biểu khai mạc")
    let b = People.mentions(
      in:
        "Phát biểu tại Hội nghị, đồng chí Lương Quốc Đoàn, Chủ tịch Hội Nông dân Việt Nam đã biểu dương"
    )
    #expect(b.first?.role == "phát biểu")
    let c = People.mentions(in: "đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy chủ trì hội nghị")
    #expect(c.first?.role == "chủ trì")
  }

  @Test("lists of people")
  func lists() {
    let text =
      "Tham dự có các đồng chí: Nguyễn Văn Dũng - Bí thư Tỉnh ủy; Trần Thị Lan - Chủ tịch HĐND tỉnh; Lê Quốc Hùng - Phó Chủ tịch UBND tỉnh."
    let found = People.mentions(in: text)
    #expect(found.map(\.name) == ["Nguyễn Văn Dũng", "Trần Thị Lan", "Lê Quốc Hùng"])
    #expect(
      found.map(\.positions) == [
        ["Bí thư Tỉnh ủy"], ["Chủ tịch HĐND tỉnh"], ["Phó Chủ tịch UBND tỉnh"],
      ])
    let two = People.mentions(
      in:
        "đồng chí Lương Quốc Đoàn, Chủ tịch Hội Nông dân Việt Nam; đồng chí Đỗ Thị Thanh Hà, Vụ phó Vụ TĐKT"
    )
    #expect(two.map(\.name) == ["Lương Quốc Đoàn", "Đỗ Thị Thanh Hà"])
    let joined = People.mentions(
      in: "đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy và đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh")
    #expect(joined.map(\.name) == ["Nguyễn Văn A", "Trần Văn Bình"])
    #expect(joined.first?.positions == ["Bí thư Tỉnh ủy"])
  }

  @Test(
    "not people",
    arguments: [
      "Bà mẹ Việt Nam anh hùng được truy tặng",
      "đồng chí đề nghị Cụm cần quan tâm",
      "Ảnh: Hoàng Huế",
      "tỉnh Bà Rịa - Vũng Tàu",
      "UBND tỉnh Lạng Sơn đã ban hành quyết định",
      "Chủ tịch UBND tỉnh Lạng Sơn đã ban hành quyết định",
      "các phong trào thi đua do Thủ tướng phát động",
    ])
  func notPeople(text: String) {
    #expect(People.mentions(in: text).isEmpty, "\(text): \(People.mentions(in: text).map(\.name))")
  }

  @Test("a person without positions is still found after an honorific")
  func noPositions() {
    let found = People.mentions(in: "mô hình của ông Hoàng Đình Quê là hội viên Nông dân")
    #expect(found.map(\.name) == ["Hoàng Đình Quê"])
    #expect(found.first?.positions == [])
  }

  @Test("positions split at commas; a name continued after a comma stays whole")
  func split() {
    #expect(
      People.splitPositions("Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Bắc Kạn")
        == ["Ủy viên BTV Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh Bắc Kạn"])
    #expect(
      People.splitPositions("Trưởng thôn Nà Rụa, xã Hoàng Đồng, thành phố Lạng Sơn")
        == ["Trưởng thôn Nà Rụa, xã Hoàng Đồng, thành phố Lạng Sơn"])
    #expect(
      People.splitPositions("Giám đốc Sở Văn hóa, Thể thao và Du lịch, Ban TĐKT Trung ương")
        == ["Giám đốc Sở Văn hóa, Thể thao và Du lịch, Ban TĐKT Trung ương"])
  }

  @Test(
    "after a comma a title starts a new position; a unit or a place continues the one before",
    arguments: [
      (
        "Vụ phó Vụ TĐKT các tỉnh thành phố trực thuộc Trung ương, Ban TĐKT Trung ương",
        ["Vụ phó Vụ TĐKT các tỉnh thành phố trực thuộc Trung ương, Ban TĐKT Trung ương"]
      ),
      (
        "Trưởng phòng Nghiệp vụ Y, Sở Y tế",
        ["Trưởng phòng Nghiệp vụ Y, Sở Y tế"]
      ),
      (
        "Hiệu trưởng Trường THCS Nguyễn Huệ, quận Hải Châu",
        ["Hiệu trưởng Trường THCS Nguyễn Huệ, quận Hải Châu"]
      ),
      (
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang",
        ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Bắc Giang"]
      ),
      (
        "Chánh Văn phòng, UBND tỉnh, Giám đốc Sở Nội vụ",
        ["Chánh Văn phòng, UBND tỉnh", "Giám đốc Sở Nội vụ"]
      ),
      (
        "Phó Giám đốc Công an tỉnh, Đại tá, Thủ trưởng Cơ quan Cảnh sát điều tra",
        ["Phó Giám đốc Công an tỉnh", "Đại tá", "Thủ trưởng Cơ quan Cảnh sát điều tra"]
      ),
      (
        "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo, Tỉnh ủy Lào Cai",
        ["Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo, Tỉnh ủy Lào Cai"]
      ),
      (
        "Bí thư Đảng ủy, Hội Nông dân tỉnh, Bộ trưởng Bộ Nội vụ",
        ["Bí thư Đảng ủy, Hội Nông dân tỉnh", "Bộ trưởng Bộ Nội vụ"]
      ),
      (
        "Cục trưởng Cục Trồng trọt, Bộ Nông nghiệp và Phát triển nông thôn",
        ["Cục trưởng Cục Trồng trọt, Bộ Nông nghiệp và Phát triển nông thôn"]
      ),
      (
        "Tổ trưởng tổ sản xuất, Công ty Cổ phần Dệt may 29/3, Đại biểu Quốc hội khóa XV",
        ["Tổ trưởng tổ sản xuất, Công ty Cổ phần Dệt may 29/3", "Đại biểu Quốc hội khóa XV"]
      ),
    ])
  func unitPaths(text: String, expected: [String]) {
    #expect(People.splitPositions(text) == expected)
  }

  @Test("a title with an abbreviation of its unit ('GD&ĐT', 'TP.HCM') before a name")
  func abbreviatedUnitBeforeName() {
    let mentions = People.mentions(
      in:
        "Lễ khai giảng có sự tham dự của Chủ tịch UBND TP.HCM Nguyễn Văn Được và Giám đốc Sở GD&ĐT TP.HCM Nguyễn Văn Hiếu."
    )
    #expect(mentions.map(\.name) == ["Nguyễn Văn Được", "Nguyễn Văn Hiếu"])
    #expect(mentions.last?.positions == ["Giám đốc Sở GD&ĐT TP.HCM"])
  }

  @Test("a rank after a comma starts the person; the title before the comma is someone else's")
  func rankAfterOtherTitle() {
    let mentions = People.mentions(
      in:
        "Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Lê Xuân Hòa-Giám đốc Công an tỉnh trao tặng Huân chương cho các cá nhân."
    )
    #expect(mentions.map(\.name) == ["Lê Xuân Hòa"])
    #expect(mentions.first?.positions == ["Thiếu tướng", "Giám đốc Công an tỉnh"])
  }

  @Test(
    "two offices joined by 'kiêm' are two positions, in order",
    arguments: [
      (
        "Các cá nhân gồm: Ông Trần Văn Hậu, Chủ tịch HĐQT Công ty cổ phần Nông sản Tây Đô kiêm Tổng Giám đốc Công ty cổ phần Thủy sản Hậu Giang.",
        "Trần Văn Hậu",
        [
          "Chủ tịch HĐQT Công ty cổ phần Nông sản Tây Đô",
          "Tổng Giám đốc Công ty cổ phần Thủy sản Hậu Giang",
        ]
      ),
      (
        "Dự lễ có đồng chí Lê Thị Mai, Bí thư Đảng ủy kiêm Chủ tịch UBND xã Nghĩa Hưng.",
        "Lê Thị Mai",
        ["Bí thư Đảng ủy", "Chủ tịch UBND xã Nghĩa Hưng"]
      ),
    ])
  func concurrentOffices(text: String, name: String, positions: [String]) throws {
    let person = try #require(People.mentions(in: text).first)
    #expect(person.name == name)
    #expect(person.positions == positions)
  }
}
