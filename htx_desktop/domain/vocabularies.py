"""Open lists offered in forms (an officer may still type another value)."""

from __future__ import annotations

#: The 54 ethnic groups officially recognised in Vietnam, most numerous first (census order).
ETHNIC_GROUPS: tuple[str, ...] = (
    "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai", "Ê Đê", "Ba Na",
    "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông", "Thổ", "Xtiêng",
    "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ", "Giẻ Triêng", "Co", "Chơ Ro",
    "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "Kháng", "Phù Lá", "La Hủ", "La Ha", "Pà Thẻn",
    "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cờ Lao", "Bố Y", "Cống", "Si La", "Pu Péo", "Rơ Măm",
    "Brâu", "Ơ Đu",
)

#: Sectors cooperatives of women's groups work in, as officers name them.
COOPERATIVE_SECTORS: tuple[str, ...] = (
    "Nông nghiệp", "Chăn nuôi", "Lâm nghiệp", "Thủy sản", "Dược liệu", "Chế biến nông sản",
    "Dệt thổ cẩm", "Thủ công mỹ nghệ", "Du lịch cộng đồng", "Dịch vụ thương mại", "Dịch vụ tổng hợp",
)
