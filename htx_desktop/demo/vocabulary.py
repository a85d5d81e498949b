"""Vietnamese vocabulary for the demo-data generator.

Pure data: the generator draws from these tuples with ``random.Random``. All Vietnamese text
is in Unicode NFC with the modern tone-mark placement used in government documents
("hóa", "hòa", "thủy"). Names of district-level bodies ("huyện") appear in a few lists on
purpose: districts were abolished on 1 July 2025, but records of earlier years still cite them.
"""

from __future__ import annotations

# --- Family names -------------------------------------------------------------------------

# The most common Kinh family names, roughly in order of frequency.
KINH_SURNAMES: tuple[str, ...] = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Trịnh", "Mai",
    "Trương", "Lương", "Hà", "Lâm", "Phùng", "Tạ", "Đoàn", "Cao", "Vương", "Chu",
    "Tô", "Lưu", "Kiều", "Quách",
)

# Common Tày and Nùng family names (Lạng Sơn, Cao Bằng, Bắc Kạn, Hà Giang).
TAY_NUNG_SURNAMES: tuple[str, ...] = (
    "Hoàng", "Nông", "Lăng", "Lành", "Chu", "Lục", "Vi", "Mã", "Đàm", "Triệu",
    "Hà", "Lộc", "Bế", "Ma", "Hứa", "Lương", "Dương", "Ngôn", "La", "Sầm",
    "Nịnh", "Lâm", "Nguyễn", "Đinh",
)

# Common Mông clan names as written in Vietnamese.
HMONG_SURNAMES: tuple[str, ...] = (
    "Giàng", "Sùng", "Vàng", "Thào", "Lý", "Mùa", "Hầu", "Lầu", "Hạng", "Vừ",
    "Tráng", "Cứ", "Mã", "Thò",
)

# Common Dao family names.
DAO_SURNAMES: tuple[str, ...] = (
    "Bàn", "Triệu", "Đặng", "Lý", "Phùng", "Chảo", "Tẩn", "Phàn", "Hoàng", "Dương",
)

# Common Thái family names (Sơn La, Điện Biên, Lai Châu, Yên Bái).
THAI_SURNAMES: tuple[str, ...] = (
    "Lò", "Cầm", "Lường", "Quàng", "Tòng", "Điêu", "Vì", "Lự", "Bạc", "Mè",
    "Hà", "Sa", "Lèo",
)

# --- Middle names -------------------------------------------------------------------------

# Middle names for women; "Thị" dominates in the countryside and should be weighted up.
FEMALE_MIDDLE_NAMES: tuple[str, ...] = (
    "Thị", "Thu", "Ngọc", "Thanh", "Kim", "Minh", "Bích", "Hồng", "Thùy", "Phương",
    "Diệu", "Hoài", "Khánh", "Tuyết", "Mỹ", "Thúy", "Hải", "Lan",
)

# Middle names for men; "Văn" dominates in the countryside and should be weighted up.
MALE_MIDDLE_NAMES: tuple[str, ...] = (
    "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thành", "Đình", "Ngọc",
    "Trọng", "Mạnh", "Tiến", "Quốc", "Hồng",
)

# Middle names of Mông men ("Giàng A Páo", "Vàng Mí Chứ", "Sùng Seo Dính"); women use "Thị".
HMONG_MALE_MIDDLE_NAMES: tuple[str, ...] = ("A", "Mí", "Seo", "Văn")

# --- Given names --------------------------------------------------------------------------

# Women's given names common among Kinh, Tày and Nùng women.
FEMALE_GIVEN_NAMES: tuple[str, ...] = (
    "Lan", "Hoa", "Huệ", "Hương", "Mai", "Thảo", "Nhung", "Hằng", "Liên", "Phượng",
    "Hà", "Hạnh", "Hiền", "Hồng", "Huyền", "Loan", "Linh", "Ly", "Nga", "Ngân",
    "Nguyệt", "Nhàn", "Oanh", "Phương", "Quyên", "Quỳnh", "Thủy", "Thúy", "Thơm", "Thắm",
    "Tuyết", "Trang", "Vân", "Yến", "Xuân", "Dung", "Duyên", "Giang", "Hậu", "Hòa",
    "Huế", "Khuyên", "Lệ", "Lụa", "Mơ", "My", "Nụ", "Nhài", "Sen", "Tâm",
    "Thoa", "Thu", "Thương", "Tình", "Trâm", "Tươi", "Uyên", "Vui", "Gấm", "Đào",
    "Điệp", "Hường", "Lựu", "Ngọc", "Nhi", "Anh", "Chi", "Diệp", "Kiều", "Mến",
    "Tuyến", "Nhường", "Chanh", "Lành", "Mùi", "Son", "Thêm", "Bích", "Dịu", "Luyến",
)

# Men's given names common among Kinh, Tày and Nùng men.
MALE_GIVEN_NAMES: tuple[str, ...] = (
    "An", "Bình", "Cường", "Dũng", "Đạt", "Đông", "Đức", "Giang", "Hải", "Hiếu",
    "Hòa", "Hoàng", "Hùng", "Huy", "Hưng", "Khánh", "Khoa", "Kiên", "Lâm", "Long",
    "Lợi", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quang", "Quân", "Sơn", "Tài",
    "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Vinh", "Việt", "Vũ",
    "Chiến", "Dương", "Hiệp", "Khải", "Lực", "Sinh", "Thạch", "Trường", "Tú", "Tuyên",
)

# Given names of Mông women as written in Vietnamese ("Giàng Thị Mỷ").
HMONG_FEMALE_GIVEN: tuple[str, ...] = (
    "Mỷ", "Dợ", "Sua", "Chứ", "Pằng", "Máy", "Sử", "Dế", "Dua", "Xúa",
    "Mo", "Dở", "Cầu", "Chu", "Mai", "Lan", "Dình", "Chúa", "Pà",
)

# Given names of Mông men as written in Vietnamese ("Vàng Mí Páo").
HMONG_MALE_GIVEN: tuple[str, ...] = (
    "Páo", "Sình", "Chứ", "Dính", "Pó", "Sử", "Chơ", "Tủa", "Nhà", "Sáng",
    "Của", "Lử", "Chư",
)

# Given names of Dao women ("Triệu Thị Lanh", "Chảo Thị Mẩy").
DAO_FEMALE_GIVEN: tuple[str, ...] = (
    "Mẩy", "Lanh", "Mai", "Xuân", "Thanh", "Lan", "Liên", "Hoa", "Kiều", "Nguyệt",
    "Phương", "Thơm", "Mùi", "Vân", "Sinh", "Ngọc",
)

# Given names of Thái women ("Lò Thị Ón", "Cầm Thị Inh").
THAI_FEMALE_GIVEN: tuple[str, ...] = (
    "Ón", "Ngoan", "Xuân", "Inh", "Thim", "Lên", "Phóng", "Bun", "Ín", "Ánh",
    "Thơm", "Thu", "Dương", "Khuyên", "Luyến",
)

# --- Ethnicity ----------------------------------------------------------------------------

# (official Vietnamese name, relative weight) for a northern border province such as
# Lạng Sơn, Cao Bằng or Hà Giang; weights are rough population shares in per mille.
ETHNICITIES: tuple[tuple[str, int], ...] = (
    ("Tày", 300),
    ("Nùng", 250),
    ("Kinh", 140),
    ("Mông", 120),
    ("Dao", 90),
    ("Sán Chay", 20),
    ("Hoa", 10),
    ("Thái", 10),
    ("Giáy", 8),
    ("Mường", 6),
    ("Sán Dìu", 4),
    ("La Chí", 3),
    ("Lô Lô", 3),
    ("Pà Thẻn", 2),
    ("Bố Y", 1),
    ("Pu Péo", 1),
    ("Cờ Lao", 1),
)

# --- Cooperatives and groups --------------------------------------------------------------

# Fields of activity of a cooperative or cooperative group.
COOPERATIVE_SECTORS: tuple[str, ...] = (
    "Nông nghiệp",
    "Chăn nuôi",
    "Dệt thổ cẩm",
    "Chế biến nông sản",
    "Du lịch cộng đồng",
    "Dịch vụ thương mại",
    "Lâm nghiệp",
    "Thủ công mỹ nghệ",
    "Thủy sản",
    "Dược liệu",
)

# Sector -> product words (lower case) used in cooperative names and OCOP product names.
PRODUCTS_BY_SECTOR: dict[str, tuple[str, ...]] = {
    "Nông nghiệp": (
        "chè", "chè Shan tuyết", "hồi", "quế", "na", "hồng không hạt", "thạch đen",
        "mác mật", "hạt dẻ", "thảo quả", "cam sành", "quýt", "mận", "lê", "gạo nếp",
        "rau an toàn", "khoai môn", "dong riềng", "gừng", "lạc",
    ),
    "Chăn nuôi": (
        "lợn đen", "lợn bản", "gà đen", "gà ri", "vịt bầu", "bò vàng", "trâu", "dê núi",
        "ong mật", "mật ong bạc hà",
    ),
    "Dệt thổ cẩm": (
        "thổ cẩm", "vải lanh", "vải chàm", "trang phục dân tộc", "khăn piêu",
        "túi thổ cẩm", "thêu tay",
    ),
    "Chế biến nông sản": (
        "miến dong", "thịt trâu gác bếp", "lạp xưởng hun khói", "tinh dầu hồi",
        "tinh dầu quế", "măng khô", "mộc nhĩ", "nấm hương", "rượu men lá", "bánh khảo",
        "chè xanh sấy", "bún khô",
    ),
    "Du lịch cộng đồng": (
        "homestay", "du lịch cộng đồng", "du lịch sinh thái", "ẩm thực dân tộc",
        "văn nghệ dân tộc", "trải nghiệm bản làng",
    ),
    "Dịch vụ thương mại": (
        "dịch vụ tổng hợp", "vật tư nông nghiệp", "tiêu thụ nông sản", "giống cây trồng",
        "phân bón", "vệ sinh môi trường",
    ),
    "Lâm nghiệp": (
        "quế", "hồi", "keo", "thông", "trúc", "luồng", "lát", "cây giống lâm nghiệp",
        "gỗ rừng trồng",
    ),
    "Thủ công mỹ nghệ": (
        "mây tre đan", "chổi chít", "chạm bạc", "giấy bản", "rèn nông cụ",
        "đồ gỗ mỹ nghệ", "đan lát", "gốm",
    ),
    "Thủy sản": (
        "cá lồng", "cá tầm", "cá hồi", "cá chép", "cá chép ruộng", "cá trắm", "cá rô phi",
        "cá bỗng",
    ),
    "Dược liệu": (
        "cát cánh", "tam thất", "đương quy", "hà thủ ô", "giảo cổ lam", "ba kích",
        "sa nhân", "xuyên khung", "hoài sơn", "đinh lăng", "trà hoa vàng", "atisô",
        "lá tắm người Dao",
    ),
}

# Cooperative name templates; "Nông nghiệp" ones suit farm, livestock and forest products.
COOPERATIVE_NAME_PATTERNS: tuple[str, ...] = (
    "Hợp tác xã {product} {place}",
    "HTX {product} {place}",
    "HTX Nông nghiệp {product} {place}",
    "HTX Nông nghiệp và dịch vụ {place}",
    "HTX Dịch vụ tổng hợp {place}",
    "HTX Sản xuất và kinh doanh {product} {place}",
    "HTX Sản xuất, chế biến {product} {place}",
    "HTX Phụ nữ {product} {place}",
)

# Cooperative group (tổ hợp tác) name templates; {place} is a village name.
GROUP_NAME_PATTERNS: tuple[str, ...] = (
    "Tổ hợp tác {product} thôn {place}",
    "Tổ hợp tác {product} bản {place}",
    "THT phụ nữ {product} {place}",
    "THT {product} {place}",
    "Tổ hợp tác sản xuất {product} {place}",
    "Tổ hợp tác phụ nữ {product} {place}",
)

# Village (thôn/bản) names typical of the northern mountains, plus a few Kinh-style names.
VILLAGE_NAMES: tuple[str, ...] = (
    "Nà Lầm", "Khuổi Khe", "Bản Piềng", "Pác Khuổi", "Nà Pàn", "Cốc Lùng", "Phiêng Luông",
    "Lũng Vài", "Nà Phặc", "Nà Rọ", "Nà Mò", "Nà Pồ", "Nà Khoang", "Nà Lạn", "Nà Cạn",
    "Nà Tòng", "Nà Hin", "Nà Giàng", "Khuổi Ky", "Khuổi Luông", "Khuổi Tát", "Khuổi Ít",
    "Khuổi Chang", "Bản Chang", "Bản Cáu", "Bản Hon", "Bản Mạc", "Bản Khiếc", "Bản Giàng",
    "Pác Ngòi", "Pác Cáp", "Pác Lùng", "Cốc Phia", "Cốc Chia", "Cốc Pàng", "Phiêng Phát",
    "Phiêng Lầu", "Phiêng Pằng", "Lũng Phìn", "Lũng Táo", "Lũng Làn", "Pò Mã", "Pò Nhùng",
    "Nặm Đăm", "Nặm Cắt", "Còn Khoang", "Khau Đồn", "Khau Luông", "Tổng Chảo", "Tổng Cọt",
    "Lùng Tám", "Sủng Là", "Sà Phìn", "Tả Phìn", "Sín Chải", "Lao Chải", "Hồ Thầu",
    "Thèn Phàng", "Phìn Hồ", "Bản Lác", "Bản Văn", "Tân Lập", "Đồng Tâm", "Đoàn Kết",
    "Thống Nhất",
)

# --- Trainings ----------------------------------------------------------------------------

# Topic code -> realistic Women's Union / cooperative training titles.
TRAINING_TITLES_BY_TOPIC: dict[str, tuple[str, ...]] = {
    "governance": (
        "Tập huấn nâng cao năng lực quản trị HTX cho nữ quản lý",
        "Bồi dưỡng kiến thức quản lý tài chính, kế toán cho HTX",
        "Tập huấn xây dựng phương án sản xuất, kinh doanh của HTX",
        "Tập huấn kỹ năng lãnh đạo cho nữ giám đốc HTX",
        "Bồi dưỡng kiến thức tổ chức đại hội thành viên và xây dựng điều lệ HTX",
        "Tập huấn kỹ năng lập kế hoạch kinh doanh cho tổ hợp tác",
    ),
    "digital": (
        "Tập huấn chuyển đổi số cho HTX do phụ nữ quản lý",
        "Hướng dẫn sử dụng điện thoại thông minh trong sản xuất, kinh doanh",
        "Tập huấn ứng dụng công nghệ thông tin trong quản lý HTX",
        "Hướng dẫn sử dụng hóa đơn điện tử và chữ ký số cho HTX",
        "Tập huấn kỹ năng số cho phụ nữ dân tộc thiểu số",
        "Hướng dẫn thanh toán không dùng tiền mặt cho thành viên HTX",
    ),
    "ecommerce": (
        "Bồi dưỡng kỹ năng bán hàng trên sàn thương mại điện tử",
        "Tập huấn livestream bán hàng nông sản, sản phẩm OCOP",
        "Hướng dẫn đưa sản phẩm HTX lên sàn Postmart, Voso",
        "Tập huấn chụp ảnh, quay video giới thiệu sản phẩm",
        "Tập huấn xây dựng thương hiệu và quảng bá sản phẩm trên mạng xã hội",
        "Kỹ năng chăm sóc khách hàng, đóng gói và giao hàng trực tuyến",
    ),
    "law": (
        "Tập huấn Luật Hợp tác xã năm 2023",
        "Phổ biến Nghị định 113/2024/NĐ-CP quy định chi tiết Luật Hợp tác xã",
        "Phổ biến chính sách hỗ trợ phát triển kinh tế tập thể, HTX",
        "Tập huấn pháp luật về thuế và kế toán đối với HTX",
        "Tập huấn pháp luật về an toàn thực phẩm cho cơ sở sản xuất nhỏ",
        "Phổ biến pháp luật về bình đẳng giới và phòng, chống bạo lực gia đình",
    ),
    "production": (
        "Tập huấn kỹ thuật trồng và chăm sóc chè theo tiêu chuẩn VietGAP",
        "Tập huấn kỹ thuật chăn nuôi lợn đen an toàn sinh học",
        "Tập huấn sản xuất nông nghiệp hữu cơ",
        "Tập huấn sơ chế, bảo quản nông sản sau thu hoạch",
        "Tập huấn kỹ thuật trồng cây dược liệu dưới tán rừng",
        "Hướng dẫn xây dựng và hoàn thiện hồ sơ sản phẩm OCOP",
    ),
    "outreach": (
        "Kỹ năng tuyên truyền, vận động hội viên",
        "Tập huấn kỹ năng vận động phụ nữ tham gia HTX, tổ hợp tác",
        "Tập huấn nâng cao năng lực cho Tổ truyền thông cộng đồng",
        "Tập huấn kỹ năng tổ chức sinh hoạt chi hội",
        "Tập huấn nâng cao năng lực cho thành viên Câu lạc bộ Thủ lĩnh của sự thay đổi",
        "Tập huấn kỹ năng hỗ trợ phụ nữ khởi nghiệp",
    ),
    "vocational": (
        "Dạy nghề dệt thổ cẩm",
        "Dạy nghề may trang phục dân tộc",
        "Dạy nghề chế biến miến dong",
        "Đào tạo nghề chăn nuôi gia súc, gia cầm",
        "Đào tạo nghề nấu ăn phục vụ du lịch cộng đồng",
        "Dạy nghề đan lát mây tre",
        "Đào tạo nghề trồng và chế biến chè",
    ),
}

# Where trainings take place.
TRAINING_PLACES: tuple[str, ...] = (
    "Hội trường UBND xã",
    "Hội trường Đảng ủy xã",
    "Nhà văn hóa thôn",
    "Nhà văn hóa bản",
    "Trụ sở HTX",
    "Trung tâm Chính trị huyện",
    "Trường Chính trị tỉnh",
    "Hội trường Hội LHPN tỉnh",
    "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
    "Trung tâm Khuyến nông tỉnh",
    "Trực tuyến",
)

# Bodies that organise trainings; the "huyện" ones only for records before July 2025.
ORGANISERS: tuple[str, ...] = (
    "Hội LHPN xã",
    "Hội LHPN huyện",
    "Hội LHPN tỉnh",
    "Trung ương Hội LHPN Việt Nam",
    "Liên minh HTX tỉnh",
    "UBND xã",
    "Phòng Kinh tế xã",
    "Phòng Nông nghiệp và Phát triển nông thôn huyện",
    "Sở Nông nghiệp và Môi trường",
    "Sở Công Thương",
    "Trung tâm Khuyến nông tỉnh",
)

# (code, Vietnamese label) of the funding source of a training or support, as the plans name them.
FUNDING_SOURCES: tuple[tuple[str, str], ...] = (
    ("provincial_budget", "Ngân sách tỉnh"),
    ("national_target_programme", "Chương trình MTQG"),
    ("sponsorship", "Tài trợ, xã hội hóa"),
    ("credit", "Vốn tín dụng"),
    ("other", "Nguồn khác"),
)

# Titles of outreach events (tuyên truyền, diễn đàn, tọa đàm) held by the Women's Union.
OUTREACH_TITLES: tuple[str, ...] = (
    "Tuyên truyền Luật Hợp tác xã năm 2023 tại chi hội",
    "Diễn đàn phụ nữ khởi nghiệp, phát triển kinh tế tập thể",
    "Đối thoại giữa phụ nữ với chính quyền xã về phát triển HTX",
    "Tọa đàm chia sẻ kinh nghiệm thành lập tổ hợp tác",
    "Sinh hoạt chuyên đề “Phụ nữ tham gia kinh tế tập thể”",
    "Tuyên truyền lưu động tại chợ phiên",
    "Tham quan, học tập mô hình HTX do phụ nữ quản lý",
    "Ngày hội phụ nữ khởi nghiệp",
    "Tuyên truyền về Chương trình OCOP trên loa truyền thanh thôn",
    "Hội thi ý tưởng khởi nghiệp của phụ nữ",
    "Tuyên truyền vận động thành lập HTX trong hội viên",
)

# --- Support to cooperatives --------------------------------------------------------------

# Support type code -> short Vietnamese descriptions of a support given to a cooperative.
SUPPORT_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "founding_advice": (
        "Tư vấn thủ tục đăng ký thành lập HTX",
        "Hỗ trợ xây dựng điều lệ và phương án sản xuất, kinh doanh",
        "Hướng dẫn chuyển đổi tổ hợp tác thành HTX",
        "Tư vấn thành lập tổ hợp tác",
    ),
    "loan": (
        "Kết nối vay vốn ưu đãi phát triển sản xuất",
        "Hỗ trợ lập hồ sơ vay vốn",
        "Giới thiệu vay vốn qua tổ tiết kiệm và vay vốn của Hội",
        "Bảo lãnh tín chấp cho thành viên vay vốn",
    ),
    "trade_fair": (
        "Hỗ trợ gian hàng tại hội chợ OCOP tỉnh",
        "Hỗ trợ kinh phí tham gia hội chợ, triển lãm xúc tiến thương mại",
        "Giới thiệu sản phẩm tại hội chợ sản phẩm HTX do phụ nữ quản lý",
        "Kết nối tiêu thụ sản phẩm tại phiên chợ vùng cao",
    ),
    "ecommerce": (
        "Hỗ trợ mở gian hàng trên sàn thương mại điện tử",
        "Hướng dẫn bán hàng qua Zalo, Facebook và sàn Postmart",
    ),
    "trademark": (
        "Hỗ trợ đăng ký nhãn hiệu tập thể",
        "Hỗ trợ thiết kế bao bì, nhãn mác sản phẩm",
        "Hướng dẫn thủ tục đăng ký bảo hộ nhãn hiệu",
    ),
    "traceability": (
        "Hỗ trợ cấp mã QR truy xuất nguồn gốc",
        "Hướng dẫn ghi chép nhật ký sản xuất",
    ),
    "growing_area_code": (
        "Hỗ trợ cấp mã số vùng trồng",
        "Hướng dẫn hồ sơ đề nghị cấp mã số vùng trồng xuất khẩu",
    ),
    "insurance": (
        "Vận động thành viên tham gia bảo hiểm xã hội tự nguyện",
        "Hỗ trợ mua bảo hiểm y tế cho thành viên",
        "Hướng dẫn tham gia bảo hiểm nông nghiệp",
    ),
    "digital": (
        "Hỗ trợ ứng dụng phần mềm kế toán",
        "Hỗ trợ chữ ký số và hóa đơn điện tử",
    ),
    "graduate_salary": (
        "Hỗ trợ tiền lương cho lao động trẻ tốt nghiệp đại học về làm việc tại HTX",
        "Hỗ trợ tiền lương cho lao động tốt nghiệp cao đẳng về làm việc tại HTX",
    ),
    "strengthening": (
        "Củng cố, kiện toàn bộ máy quản lý HTX",
        "Hỗ trợ tổ chức lại sản xuất của HTX hoạt động kém hiệu quả",
        "Đánh giá, phân loại và tư vấn nâng cao hiệu quả hoạt động HTX",
    ),
}

# Lenders and funds a cooperative or its members borrow from.
LOAN_SOURCES: tuple[str, ...] = (
    "Quỹ hỗ trợ phát triển HTX",
    "Ngân hàng Chính sách xã hội",
    "Ngân hàng Nông nghiệp và Phát triển nông thôn",
    "Quỹ hỗ trợ phụ nữ phát triển",
    "Quỹ hỗ trợ nông dân",
    "Tổ chức Tài chính vi mô TNHH MTV Tình Thương",
    "Quỹ tín dụng nhân dân",
    "Quỹ tiết kiệm của chi hội phụ nữ",
)

# Commendations a cooperative or its manager may receive; "huyện" only before July 2025.
COMMENDATION_TITLES: tuple[str, ...] = (
    "Giấy khen của Chủ tịch UBND xã",
    "Giấy khen của Chủ tịch UBND huyện",
    "Giấy khen của Ban Thường vụ Hội LHPN tỉnh",
    "Giấy khen của Liên minh HTX tỉnh",
    "Bằng khen của Chủ tịch UBND tỉnh",
    "Bằng khen của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam",
    "Bằng khen của Liên minh HTX Việt Nam",
    "Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường",
    "Kỷ niệm chương Vì sự nghiệp phát triển phụ nữ Việt Nam",
)

# --- Contact data -------------------------------------------------------------------------

# Mobile prefixes in use since the 2018 renumbering (Viettel, VinaPhone, MobiFone, others).
PHONE_PREFIXES: tuple[str, ...] = (
    # Viettel
    "086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039",
    # VinaPhone
    "088", "091", "094", "081", "082", "083", "084", "085",
    # MobiFone
    "089", "090", "093", "070", "076", "077", "078", "079",
    # Vietnamobile, Gmobile, iTel
    "092", "056", "058", "059", "099", "087",
)
