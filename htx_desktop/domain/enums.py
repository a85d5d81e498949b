"""Closed vocabularies of the domain, stored as their string values.

Labels shown to users live in `htx_desktop.messages` under "enum.<Class>.<value>".
"""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"  # abolished on 1 July 2025; kept for older data and aggregators
    COMMUNE = "commune"  # xã, phường, đặc khu: the lower tier


class InstallationRole(StrEnum):
    COMMUNE = "commune"
    AGGREGATOR = "aggregator"


class CooperativeKind(StrEnum):
    COOPERATIVE = "cooperative"  # hợp tác xã
    GROUP = "group"  # tổ hợp tác


class CooperativeStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DISSOLVED = "dissolved"


class Classification(StrEnum):
    GOOD = "good"  # tốt
    FAIR = "fair"  # khá
    AVERAGE = "average"  # trung bình
    WEAK = "weak"  # yếu


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class PostRole(StrEnum):
    BOARD_CHAIR = "board_chair"  # Chủ tịch HĐQT
    BOARD_MEMBER = "board_member"  # Thành viên HĐQT
    DIRECTOR = "director"  # Giám đốc
    DEPUTY_DIRECTOR = "deputy_director"  # Phó Giám đốc
    SUPERVISOR_HEAD = "supervisor_head"  # Trưởng Ban kiểm soát
    SUPERVISOR = "supervisor"  # Kiểm soát viên / thành viên BKS
    CHIEF_ACCOUNTANT = "chief_accountant"  # Kế toán trưởng
    GROUP_LEADER = "group_leader"  # Tổ trưởng tổ hợp tác


#: "Nữ quản lý của HTX" in both plans: the chair and members of the management board, the director
#: and deputy, the head and members of the supervisory board. Not the chief accountant.
COOPERATIVE_MANAGER_POSTS = frozenset({
    PostRole.BOARD_CHAIR, PostRole.BOARD_MEMBER, PostRole.DIRECTOR, PostRole.DEPUTY_DIRECTOR,
    PostRole.SUPERVISOR_HEAD, PostRole.SUPERVISOR,
})
#: A cooperative group (THT) is managed by its leader.
GROUP_MANAGER_POSTS = frozenset({PostRole.GROUP_LEADER})


class CadreLevel(StrEnum):
    COMMUNE = "commune"
    DISTRICT = "district"
    PROVINCE = "province"
    CENTRAL = "central"


class PriorityGroup(StrEnum):
    POOR = "poor"  # hộ nghèo
    NEAR_POOR = "near_poor"  # hộ cận nghèo
    DISABILITY = "disability"  # người khuyết tật
    ETHNIC_MINORITY = "ethnic_minority"  # người dân tộc thiểu số
    RETURNEE = "returnee"  # người trở về
    TRAFFICKING_SURVIVOR = "trafficking_survivor"  # nạn nhân mua bán người
    VIOLENCE_SURVIVOR = "violence_survivor"  # nạn nhân bạo lực
    UNSAFE_MIGRANT = "unsafe_migrant"  # di cư không an toàn
    LAID_OFF = "laid_off"  # lao động mất việc


class TrainingTopic(StrEnum):
    GOVERNANCE = "governance"
    DIGITAL = "digital"
    ECOMMERCE = "ecommerce"
    LAW = "law"
    PRODUCTION = "production"
    OUTREACH = "outreach"
    VOCATIONAL = "vocational"  # dạy nghề dưới 3 tháng
    STARTUP = "startup"  # khởi nghiệp, khởi sự kinh doanh (both plans)
    STUDY_TOUR = "study_tour"  # tham quan, học tập kinh nghiệm (both plans)
    OTHER = "other"


class TrainingFormat(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


class TargetGroup(StrEnum):
    WOMEN_MANAGERS = "women_managers"
    MEMBERS_WORKERS = "members_workers"
    UNION_CADRES = "union_cadres"
    MIXED = "mixed"


class FundingSource(StrEnum):
    PROVINCIAL_BUDGET = "provincial_budget"  # ngân sách tỉnh (địa phương)
    NATIONAL_TARGET_PROGRAMME = "national_target_programme"  # Chương trình MTQG
    SPONSORSHIP = "sponsorship"  # tài trợ, xã hội hóa
    CREDIT = "credit"  # vốn tín dụng
    OTHER = "other"



class SupportKind(StrEnum):
    FOUNDING_ADVICE = "founding_advice"  # founding a cooperative, or converting a group into one
    LOAN = "loan"  # with amount and lender (VBSP, Agribank...)
    TRADE_FAIR = "trade_fair"  # trade fair or forum
    ECOMMERCE = "ecommerce"  # listing on an e-commerce platform
    TRADEMARK = "trademark"
    TRACEABILITY = "traceability"
    GROWING_AREA_CODE = "growing_area_code"  # mã số vùng trồng
    INSURANCE = "insurance"  # agricultural insurance
    DIGITAL = "digital"  # digital transformation
    GRADUATE_SALARY = "graduate_salary"  # young-graduate salary support
    STRENGTHENING = "strengthening"  # củng cố, nâng cao chất lượng
    OTHER = "other"


class OutreachKind(StrEnum):
    MEETING = "meeting"  # họp, sinh hoạt chi hội
    TALK = "talk"  # nói chuyện chuyên đề
    SOCIAL_POST = "social_post"  # bài đăng trên Facebook, Zalo
    REPORTAGE = "reportage"  # phóng sự
    CONTEST = "contest"  # hội thi
    OTHER = "other"


class SocialPlatform(StrEnum):
    FACEBOOK = "facebook"
    ZALO = "zalo"


class CommendationRecipient(StrEnum):
    PERSON = "person"
    COOPERATIVE = "cooperative"  # an HTX
    GROUP = "group"  # a THT
    UNION_BRANCH = "union_branch"  # the women's union of the record's unit


class CommendationLevel(StrEnum):
    COMMUNE = "commune"
    DISTRICT = "district"
    PROVINCE = "province"
    CENTRAL = "central"


class TargetKind(StrEnum):
    NUMBER = "number"  # exactly / at least this many (low)
    RANGE = "range"  # low to high
    FLOOR = "floor"  # at least low
    ABOVE = "above"  # strictly more than low
    PERCENT_FLOOR = "percent_floor"  # at least low percent
    MILESTONE = "milestone"  # done once (low is 1)


class UserRole(StrEnum):
    ADMIN = "admin"
    DATA_ENTRY = "data_entry"
    VIEWER = "viewer"
