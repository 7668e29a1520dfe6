import Testing
import VietText

/// Ranks and titles before a name, names joined to positions by dashes and commas, long
/// positions: cases written from the phrasing of real pages.
struct PeopleGrammarTests {
  @Test(
    "every person of the sentence, with every position written beside the name",
    arguments: [
      (
        "Tham dự có Thiếu tướng Lê Hồng Hiệp – Phó Cục trưởng Cục Công tác đảng và công tác chính trị, Thiếu tướng Cao Đăng Hưng – Phó Chánh văn phòng Bộ Công an cùng lãnh đạo Công an 6 tỉnh",
        ["Lê Hồng Hiệp", "Cao Đăng Hưng"],
        [
          ["Thiếu tướng", "Phó Cục trưởng Cục Công tác đảng và công tác chính trị"],
          ["Thiếu tướng", "Phó Chánh văn phòng Bộ Công an"],
        ]
      ),
      (
        "Dự buổi lễ có Thượng tướng Phan Văn Giang - Ủy viên Trung ương Đảng, Ủy viên Thường vụ Quân ủy Trung ương, Tổng Tham mưu trưởng, Thứ trưởng Bộ Quốc phòng",
        ["Phan Văn Giang"],
        [
          [
            "Thượng tướng", "Ủy viên Trung ương Đảng", "Ủy viên Thường vụ Quân ủy Trung ương",
            "Tổng Tham mưu trưởng", "Thứ trưởng Bộ Quốc phòng",
          ]
        ]
      ),
      (
        "Đồng chí Đào Hồng Lan, Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị",
        ["Đào Hồng Lan"],
        [["Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"]]
      ),
      (
        "Dự Đại hội có Phó Chủ tịch nước Võ Thị Ánh Xuân - Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương; cùng 350 đại biểu ưu tú",
        ["Võ Thị Ánh Xuân"],
        [["Phó Chủ tịch nước", "Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương"]]
      ),
      (
        "Ông Bùi Minh Hồng- Trưởng ban Quản lý các KCN Vĩnh Phúc phát biểu tại Hội nghị",
        ["Bùi Minh Hồng"], [["Trưởng ban Quản lý các KCN Vĩnh Phúc"]]
      ),
      (
        "Chị Lê Thị Mai Liên -Phó Chủ tịch Hội LHPN tỉnh đã thông qua báo cáo",
        ["Lê Thị Mai Liên"], [["Phó Chủ tịch Hội LHPN tỉnh"]]
      ),
      (
        "Chị Nguyễn Thị Hà - Bí thư T.Ư Đoàn; thiếu tướng Vũ Khắc Điệp - Phó chính ủy Bộ Tư lệnh Pháo binh dự lễ khai mạc.",
        ["Nguyễn Thị Hà", "Vũ Khắc Điệp"],
        [["Bí thư T.Ư Đoàn"], ["thiếu tướng", "Phó chính ủy Bộ Tư lệnh Pháo binh"]]
      ),
      (
        "Đại tá Quách Đăng Phú, Phó Bí thư Thường trực Đảng ủy, Chính ủy, Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh chủ trì buổi lễ phát động.",
        ["Quách Đăng Phú"],
        [
          [
            "Đại tá", "Phó Bí thư Thường trực Đảng ủy", "Chính ủy",
            "Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh",
          ]
        ]
      ),
      (
        "Đồng chí Lương Văn Thức, UV BCH Đảng bộ tỉnh, Phó Trưởng Ban Nội chính Tỉnh ủy phát biểu kết luận",
        ["Lương Văn Thức"], [["UV BCH Đảng bộ tỉnh", "Phó Trưởng Ban Nội chính Tỉnh ủy"]]
      ),
      (
        "Đồng chí Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh dự và chủ trì hội nghị.",
        ["Nguyễn Thị Thanh"],
        [["UVT.Ư Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"]]
      ),
      (
        "Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Hội đồng Thi đua – Khen thưởng Trung ương chủ trì lễ phát động thi đua cao điểm.",
        ["Phạm Minh Chính"],
        [["Thủ tướng Chính phủ", "Chủ tịch Hội đồng Thi đua – Khen thưởng Trung ương"]]
      ),
      (
        "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Bộ Công an chủ trì Hội nghị.",
        ["Tô Lâm"],
        [
          [
            "Đại tướng", "Ủy viên Bộ Chính trị", "Bí thư Đảng ủy Công an Trung ương",
            "Bộ trưởng Bộ Công an",
          ]
        ]
      ),
      (
        "Tham dự có bà Trần Thị Vân, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh.",
        ["Trần Thị Vân"], [["Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"]]
      ),
      (
        "NSND Thu Hiền, Phó Chủ tịch Hội Nhạc sĩ Việt Nam phát biểu",
        ["Thu Hiền"], [["NSND", "Phó Chủ tịch Hội Nhạc sĩ Việt Nam"]]
      ),
      (
        "GS.TSKH Nguyễn Văn Hiệu,Viện trưởng Viện Vật lý trao tặng",
        ["Nguyễn Văn Hiệu"], [["GS.TSKH", "Viện trưởng Viện Vật lý"]]
      ),
      (
        "đồng chí Thanhchanh Malixay - Thứ trưởng Bộ Nội vụ Lào; Trung tướng Sidalor Chongtenhchiaxa - Phó Tổng Tham mưu trưởng Quân đội nhân dân Lào.",
        ["Thanhchanh Malixay", "Sidalor Chongtenhchiaxa"],
        [
          ["Thứ trưởng Bộ Nội vụ Lào"],
          ["Trung tướng", "Phó Tổng Tham mưu trưởng Quân đội nhân dân Lào"],
        ]
      ),
      (
        "Dự đại hội có các đồng chí: Lê Khả Phiêu, nguyên Tổng Bí thư BCH T.Ư Đảng; Nguyễn Thị Doan, Ủy viên T.Ư Đảng, Phó Chủ tịch nước.",
        ["Lê Khả Phiêu", "Nguyễn Thị Doan"],
        [["nguyên Tổng Bí thư BCH T.Ư Đảng"], ["Ủy viên T.Ư Đảng", "Phó Chủ tịch nước"]]
      ),
      (
        "Thủ tướng Chính phủ tặng bằng khen cho bà Nguyễn Thị Nhung - nguyên Chủ tịch Hội LHPN tỉnh, Ủy viên Ban Chấp hành Trung ương Hội",
        ["Nguyễn Thị Nhung"],
        [["nguyên Chủ tịch Hội LHPN tỉnh", "Ủy viên Ban Chấp hành Trung ương Hội"]]
      ),
      (
        "Đến dự có Đ/c Trương Kim An - UV.BTV Huyện uỷ, Trưởng ban Dân vận, Chủ tịch UBMTTQ VN Huyện",
        ["Trương Kim An"], [["UV.BTV Huyện uỷ", "Trưởng ban Dân vận", "Chủ tịch UBMTTQ VN Huyện"]]
      ),
      (
        "Phó chủ tịch Hội LHPN Việt Nam - Đỗ Thị Thu Thảo điều hành phiên Bế mạc Đại hội.",
        ["Đỗ Thị Thu Thảo"], [["Phó chủ tịch Hội LHPN Việt Nam"]]
      ),
      (
        "Tiến sĩ Nguyễn Văn Long, Giám đốc Bệnh viện Chợ Rẫy phát biểu",
        ["Nguyễn Văn Long"], [["Tiến sĩ", "Giám đốc Bệnh viện Chợ Rẫy"]]
      ),
      (
        "Dự hội nghị có đồng chí Trần Văn Minh (thứ hai từ trái sang), Phó Chủ tịch UBND tỉnh; ông Lê Văn Hòa (bên phải) - Giám đốc Sở Nội vụ.",
        ["Trần Văn Minh", "Lê Văn Hòa"], [["Phó Chủ tịch UBND tỉnh"], ["Giám đốc Sở Nội vụ"]]
      ),
      (
        "Đến dự có ông Trần Văn Bảo – Phó Vụ trưởng Vụ Thi đua - Khen thưởng các bộ, ngành Trung ương, Ban Thi đua - Khen thưởng Trung ương.",
        ["Trần Văn Bảo"],
        [
          [
            "Phó Vụ trưởng Vụ Thi đua - Khen thưởng các bộ, ngành Trung ương, Ban Thi đua - Khen thưởng Trung ương"
          ]
        ]
      ),
      (
        "Đồng chí Hoàng Thị Lan (giữa) trao Bằng khen cho các tập thể.",
        ["Hoàng Thị Lan"], [[]]
      ),
      (
        "Đồng chí Phan Đức Sơn – Phó Chánh Văn phòng UBND tỉnh làm trưởng đoàn",
        ["Phan Đức Sơn"], [["Phó Chánh Văn phòng UBND tỉnh"]]
      ),
    ])
  func people(text: String, names: [String], positions: [[String]]) {
    let found = People.mentions(in: text)
    #expect(found.map(\.name) == names, "\(text)")
    #expect(found.map(\.positions) == positions, "\(text)")
  }

  @Test("'Chủ trì hội nghị có đồng chí A … và đồng chí B …' gives both the role")
  func presentedChairs() {
    let found = People.mentions(
      in:
        "Chủ trì hội nghị có đồng chí Lâm Văn Mẫn - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Huỳnh Thị Chiến - Phó Chủ tịch UBND tỉnh."
    )
    #expect(found.map(\.name) == ["Lâm Văn Mẫn", "Huỳnh Thị Chiến"])
    #expect(found.map(\.role) == ["chủ trì", "chủ trì"])
    let attended = People.mentions(
      in: "Dự hội nghị có đồng chí Lâm Văn Mẫn - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    #expect(attended.first?.role == nil)
  }

  @Test("a comma list of people written title first: each title goes to the name after it")
  func titleFirstList() {
    let found = People.mentions(
      in:
        "Tham dự Đại hội có Tổng Bí thư Tô Lâm, nguyên Tổng Bí thư Nông Đức Mạnh, Chủ tịch nước Lương Cường, Thủ tướng Chính phủ Phạm Minh Chính - Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương, nguyên Ủy viên Bộ Chính trị, nguyên Thường trực Ban Bí thư Trần Quốc Vượng cùng lãnh đạo các bộ, ngành."
    )
    #expect(
      found.map(\.name) == [
        "Tô Lâm", "Nông Đức Mạnh", "Lương Cường", "Phạm Minh Chính", "Trần Quốc Vượng",
      ])
    #expect(
      found.map(\.positions) == [
        ["Tổng Bí thư"], ["nguyên Tổng Bí thư"], ["Chủ tịch nước"],
        ["Thủ tướng Chính phủ", "Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương"],
        ["nguyên Ủy viên Bộ Chính trị", "nguyên Thường trực Ban Bí thư"],
      ])
    // A unit or a place named after a person is no next person.
    let unit = People.mentions(
      in: "Ông Trương Quốc Huy, Bí thư Tỉnh ủy Ninh Bình, đã trao Huân chương cho đơn vị.")
    #expect(unit.first?.positions == ["Bí thư Tỉnh ủy Ninh Bình"])
    let school = People.mentions(
      in: "Tiêu biểu như chị Nguyễn Thị Diễm, giáo viên Trường THPT Lưu Văn Liệt.")
    #expect(school.first?.positions == ["giáo viên Trường THPT Lưu Văn Liệt"])
  }
}
