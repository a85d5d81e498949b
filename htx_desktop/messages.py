"""User-facing messages of the Qt-free core, in Vietnamese (default) and English.

`tr("key", name=value)` formats with named placeholders. The language comes from `set_language`
or the `HTX_LANG` environment variable ("vi" or "en"). The GUI's own texts use Qt Linguist.
"""

from __future__ import annotations

import os

_language: str | None = None

# key: (Vietnamese, English)
MESSAGES: dict[str, tuple[str, str]] = {
    # validation
    "required": ("{field} không được để trống.", "{field} is required."),
    "too_long": ("{field} dài quá {max} ký tự.", "{field} is longer than {max} characters."),
    "national_id": (
        "Số CCCD phải gồm đúng 12 chữ số.",
        "The national ID must have exactly 12 digits.",
    ),
    "phone": (
        "Số điện thoại không hợp lệ: cần 10 chữ số bắt đầu bằng 0 (ví dụ 0912345678).",
        "Invalid phone number: 10 digits starting with 0 (e.g. 0912345678).",
    ),
    "tax_code": (
        "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.",
        "The tax code must be 10 digits, or 10 digits, a hyphen and 3 digits.",
    ),
    "birth_year": (
        "Năm sinh phải trong khoảng {low} đến {high}.",
        "The birth year must be between {low} and {high}.",
    ),
    "year": ("Năm phải trong khoảng {low} đến {high}.", "The year must be between {low} and {high}."),
    "date_range": (
        "{field} phải trong khoảng {low} đến {high}.",
        "{field} must be between {low} and {high}.",
    ),
    "not_negative": ("{field} không được là số âm.", "{field} cannot be negative."),
    "too_large": ("{field} quá lớn.", "{field} is too large."),
    "female_above_total": (
        "{female} ({female_value}) không được lớn hơn {total} ({total_value}).",
        "{female} ({female_value}) cannot be more than {total} ({total_value}).",
    ),
    "end_before_start": (
        "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.",
        "The end date must be on or after the start date.",
    ),
    "not_in_choices": ("{field}: giá trị “{value}” không hợp lệ.", "{field}: “{value}” is not valid."),
    "stars": ("Số sao OCOP phải từ 3 đến 5.", "OCOP stars must be from 3 to 5."),
    "support_date_needed": (
        "Hãy nhập ngày Hội hỗ trợ thành lập.",
        "Enter the date the union supported the founding.",
    ),
    "dissolved_needs_date": (
        "HTX đã giải thể: hãy nhập ngày giải thể.",
        "The cooperative is dissolved: enter the dissolution date.",
    ),
    "completed_not_attended": (
        "Chỉ người có tham dự mới được ghi là hoàn thành khóa học.",
        "Only someone who attended can have completed the course.",
    ),
    "percent": ("{field} phải từ 0 đến 100.", "{field} must be from 0 to 100."),
    "range_order": (
        "Giá trị dưới không được lớn hơn giá trị trên.",
        "The low value cannot be above the high value.",
    ),
    "unknown_unit": ("Không có đơn vị hành chính mã “{code}”.", "There is no administrative unit with code “{code}”."),
    "not_found": ("Không tìm thấy {what} (mã {id}).", "{what} not found (id {id})."),
    "validation_failed": ("Dữ liệu chưa hợp lệ:", "The data is not valid:"),
    "changed_since_loaded": (
        "Bản ghi này vừa được người khác sửa lúc {at}; tải lại để xem bản mới nhất.",
        "This record was just changed by someone else at {at}; reload to see the newest version.",
    ),
    "changed_since_loaded_by": (
        "Bản ghi này vừa được người khác ({who}) sửa lúc {at}; tải lại để xem bản mới nhất.",
        "This record was just changed by someone else ({who}) at {at}; reload to see the newest version.",
    ),
    # field names
    "field.name": ("Tên", "Name"),
    "field.full_name": ("Họ và tên", "Full name"),
    "field.title": ("Tên khóa học", "Title"),
    "field.unit": ("Đơn vị", "Unit"),
    "field.kind": ("Loại hình", "Kind"),
    "field.status": ("Tình trạng", "Status"),
    "field.founded_on": ("Ngày thành lập", "Founding date"),
    "field.union_support_on": ("Ngày Hội hỗ trợ thành lập", "Union support date"),
    "field.dissolved_on": ("Ngày giải thể", "Dissolution date"),
    "field.charter_capital": ("Vốn điều lệ", "Charter capital"),
    "field.registration_no": ("Số đăng ký", "Registration number"),
    "field.members": ("Số thành viên", "Members"),
    "field.female_members": ("Số thành viên nữ", "Female members"),
    "field.workers": ("Số lao động", "Workers"),
    "field.female_workers": ("Số lao động nữ", "Female workers"),
    "field.revenue": ("Doanh thu", "Revenue"),
    "field.classification": ("Xếp loại", "Classification"),
    "field.sex": ("Giới tính", "Sex"),
    "field.role": ("Chức vụ", "Post"),
    "field.started_on": ("Ngày bắt đầu", "Start date"),
    "field.ended_on": ("Ngày kết thúc", "End date"),
    "field.topic": ("Chủ đề", "Topic"),
    "field.format": ("Hình thức", "Format"),
    "field.starts_on": ("Ngày bắt đầu", "Start date"),
    "field.cadre_level": ("Cấp cán bộ Hội", "Union cadre level"),
    "field.priority_groups": ("Nhóm ưu tiên", "Priority groups"),
    "field.funding_source": ("Nguồn kinh phí", "Funding source"),
    "field.amount": ("Số tiền", "Amount"),
    "field.held_on": ("Ngày tổ chức", "Date held"),
    "field.given_on": ("Ngày thực hiện", "Date given"),
    "field.participants": ("Số người tham dự", "Participants"),
    "field.female_participants": ("Số nữ tham dự", "Female participants"),
    "field.new_female_jobs": ("Việc làm mới cho lao động nữ", "New jobs for women"),
    "field.stable_female_jobs": ("Việc làm ổn định cho lao động nữ", "Stable jobs for women"),
    "field.ethnicity": ("Dân tộc", "Ethnicity"),
    "field.username": ("Tên đăng nhập", "User name"),
    "field.password": ("Mật khẩu", "Password"),
    "password_short": ("Mật khẩu cần ít nhất {min} ký tự.", "The password needs at least {min} characters."),
    # storage and CLI
    "db_missing": (
        "Không tìm thấy cơ sở dữ liệu “{path}”. Hãy tạo bằng lệnh: htx-cli --db {path} init --unit MÃ --role commune",
        "Database “{path}” not found. Create it with: htx-cli --db {path} init --unit CODE --role commune",
    ),
    "db_exists": (
        "Cơ sở dữ liệu “{path}” đã được khởi tạo cho đơn vị {unit}; không ghi đè.",
        "Database “{path}” is already set up for unit {unit}; not overwriting.",
    ),
    "db_not_initialised": (
        "Cơ sở dữ liệu “{path}” chưa được khởi tạo. Hãy chạy lệnh init trước.",
        "Database “{path}” is not set up yet. Run init first.",
    ),
    "db_unreadable": (
        "Không mở được cơ sở dữ liệu “{path}”: {reason}",
        "Cannot open database “{path}”: {reason}",
    ),
    "db_newer": (
        "Cơ sở dữ liệu “{path}” được tạo bởi phiên bản mới hơn của chương trình; hãy cập nhật chương trình.",
        "Database “{path}” was made by a newer version of the program; please update the program.",
    ),
    "unit_not_commune": (
        "Đơn vị “{code}” ({name}) là cấp tỉnh; cài đặt cấp xã cần mã xã/phường (5 chữ số).",
        "Unit “{code}” ({name}) is a province; a commune installation needs a commune code (5 digits).",
    ),
    "upstream_same": ("Đơn vị cấp trên không được trùng đơn vị của mình.", "The upstream unit cannot be the unit itself."),
    "password_stdin_empty": ("Không đọc được mật khẩu từ stdin.", "No password could be read from stdin."),
    "admin_needs_password": (
        "Khi có --admin, cần cho mật khẩu qua --password-stdin.",
        "With --admin, give the password with --password-stdin.",
    ),
    "demo_not_empty": (
        "Cơ sở dữ liệu đã có {count} HTX/THT; dữ liệu mẫu chỉ tạo trên cơ sở dữ liệu trống.",
        "The database already has {count} cooperatives; demo data is only made in an empty database.",
    ),
    "search_empty": ("Hãy nhập từ khóa tìm kiếm.", "Enter something to search for."),
    "init_done": (
        "Đã khởi tạo cơ sở dữ liệu cho {unit}. Mã cài đặt: {site}. Dấu vân tay khóa: {fingerprint}",
        "Database set up for {unit}. Installation id: {site}. Key fingerprint: {fingerprint}",
    ),
    "demo_done": (
        "Đã tạo dữ liệu mẫu ({scale}) trong {seconds} giây.",
        "Demo data ({scale}) made in {seconds} seconds.",
    ),
    "no_results": ("Không tìm thấy kết quả nào.", "Nothing found."),
    "backup_failed": ("Không sao lưu được cơ sở dữ liệu: {reason}", "Could not back up the database: {reason}"),
    # labels of things
    "what.cooperative": ("HTX/THT", "cooperative"),
    "what.person": ("người", "person"),
    "what.training": ("khóa đào tạo", "training"),
    "what.post": ("chức vụ", "post"),
    "what.attendance": ("học viên trong danh sách", "attendee on the list"),
    "table.units": ("Đơn vị hành chính", "Administrative units"),
    "table.cooperatives": ("HTX và THT", "Cooperatives and groups"),
    "table.cooperative_years": ("Số liệu năm", "Annual figures"),
    "table.ocop_products": ("Sản phẩm OCOP", "OCOP products"),
    "table.people": ("Người", "People"),
    "table.posts": ("Chức vụ quản lý", "Management posts"),
    "table.trainings": ("Khóa đào tạo", "Trainings"),
    "table.attendances": ("Học viên tham dự", "Attendances"),
    "table.outreach_events": ("Hoạt động tuyên truyền", "Outreach events"),
    "table.support_actions": ("Hoạt động hỗ trợ", "Support actions"),
    "table.job_reports": ("Báo cáo việc làm", "Job reports"),
    "table.commendations": ("Khen thưởng", "Commendations"),
    "table.funding_entries": ("Kinh phí", "Funding"),
    "table.plans": ("Kế hoạch", "Plans"),
    "table.plan_phases": ("Giai đoạn", "Plan phases"),
    "table.indicators": ("Chỉ tiêu", "Indicators"),
    "table.indicator_targets": ("Mục tiêu", "Targets"),
    "table.milestones": ("Mốc hoàn thành", "Milestones"),
    "table.users": ("Người dùng", "Users"),
    "table.audit_entries": ("Nhật ký thay đổi", "Audit entries"),
    "table.installation": ("Cài đặt này", "This installation"),
    "table.trusted_keys": ("Khóa tin cậy", "Trusted keys"),
    "table.report_settings": ("Cài đặt báo cáo", "Report settings"),
}

ENUM_LABELS: dict[str, tuple[str, str]] = {
    "CooperativeKind.cooperative": ("Hợp tác xã", "Cooperative"),
    "CooperativeKind.group": ("Tổ hợp tác", "Cooperative group"),
    "CooperativeStatus.active": ("Đang hoạt động", "Active"),
    "CooperativeStatus.suspended": ("Tạm ngừng", "Suspended"),
    "CooperativeStatus.dissolved": ("Giải thể", "Dissolved"),
    "Classification.good": ("Tốt", "Good"),
    "Classification.fair": ("Khá", "Fair"),
    "Classification.average": ("Trung bình", "Average"),
    "Classification.weak": ("Yếu", "Weak"),
    "Sex.female": ("Nữ", "Female"),
    "Sex.male": ("Nam", "Male"),
    "PostRole.board_chair": ("Chủ tịch HĐQT", "Board chair"),
    "PostRole.board_member": ("Thành viên HĐQT", "Board member"),
    "PostRole.director": ("Giám đốc", "Director"),
    "PostRole.deputy_director": ("Phó Giám đốc", "Deputy director"),
    "PostRole.supervisor_head": ("Trưởng Ban kiểm soát", "Head of supervisors"),
    "PostRole.supervisor": ("Kiểm soát viên", "Supervisor"),
    "PostRole.chief_accountant": ("Kế toán trưởng", "Chief accountant"),
    "PostRole.group_leader": ("Tổ trưởng THT", "Group leader"),
    "CadreLevel.commune": ("Cán bộ Hội cấp xã", "Commune union cadre"),
    "CadreLevel.district": ("Cán bộ Hội cấp huyện", "District union cadre"),
    "CadreLevel.province": ("Cán bộ Hội cấp tỉnh", "Provincial union cadre"),
    "CadreLevel.central": ("Cán bộ Hội Trung ương", "Central union cadre"),
    "PriorityGroup.poor": ("Hộ nghèo", "Poor household"),
    "PriorityGroup.near_poor": ("Hộ cận nghèo", "Near-poor household"),
    "PriorityGroup.disability": ("Người khuyết tật", "Person with disability"),
    "PriorityGroup.ethnic_minority": ("Dân tộc thiểu số", "Ethnic minority"),
    "PriorityGroup.returnee": ("Người trở về", "Returnee"),
    "PriorityGroup.trafficking_survivor": ("Nạn nhân mua bán người", "Trafficking survivor"),
    "PriorityGroup.violence_survivor": ("Nạn nhân bạo lực", "Violence survivor"),
    "PriorityGroup.unsafe_migrant": ("Di cư không an toàn", "Unsafe migrant"),
    "PriorityGroup.laid_off": ("Lao động mất việc", "Laid-off worker"),
    # Training contents in the plans' own words (seeds: Tràng Định and Nam Định plans)
    "TrainingTopic.governance": ("Quản trị, điều hành HTX", "Governance and management of cooperatives"),
    "TrainingTopic.digital": ("Công nghệ thông tin, kỹ năng công nghệ số", "IT and digital skills"),
    "TrainingTopic.ecommerce": ("Thương mại điện tử", "E-commerce"),
    "TrainingTopic.law": ("Pháp luật về KTTT, HTX", "Law on cooperatives and the collective economy"),
    "TrainingTopic.production": ("Kỹ thuật sản xuất, chuyển giao khoa học kỹ thuật",
                                 "Production technique, transfer of science and technology"),
    "TrainingTopic.outreach": ("Kỹ năng tuyên truyền, vận động", "Outreach and mobilisation skills"),
    "TrainingTopic.vocational": ("Đào tạo nghề dưới 3 tháng", "Vocational training under 3 months"),
    "TrainingTopic.startup": ("Hỗ trợ khởi nghiệp", "Start-up support"),
    "TrainingTopic.study_tour": ("Thăm quan, học tập kinh nghiệm", "Study tour"),
    "TrainingTopic.other": ("Nội dung khác", "Other"),
    "TrainingFormat.in_person": ("Trực tiếp", "In person"),
    "TrainingFormat.online": ("Trực tuyến", "Online"),
    "FundingSource.provincial_budget": ("Ngân sách tỉnh", "Provincial budget"),
    "FundingSource.national_target_programme": ("Chương trình MTQG", "National target programme"),
    "FundingSource.sponsorship": ("Tài trợ, xã hội hóa", "Sponsorship"),
    "FundingSource.credit": ("Vốn tín dụng", "Credit"),
    "FundingSource.other": ("Nguồn khác", "Other"),
    "TargetGroup.women_managers": ("Nữ quản lý HTX/THT", "Women managers"),
    "TargetGroup.members_workers": ("Thành viên, người lao động", "Members and workers"),
    "TargetGroup.union_cadres": ("Cán bộ Hội các cấp", "Union cadres"),
    "TargetGroup.mixed": ("Nhiều đối tượng", "Mixed"),
    "SupportKind.founding_advice": ("Tư vấn thành lập, chuyển đổi THT thành HTX", "Advice on founding or converting a group"),
    "SupportKind.loan": ("Hỗ trợ vay vốn", "Loan"),
    "SupportKind.trade_fair": ("Hội chợ, diễn đàn, xúc tiến thương mại", "Trade fair or forum"),
    "SupportKind.ecommerce": ("Đưa sản phẩm lên sàn thương mại điện tử", "E-commerce listing"),
    "SupportKind.trademark": ("Xây dựng nhãn hiệu", "Trademark"),
    "SupportKind.traceability": ("Truy xuất nguồn gốc", "Traceability"),
    "SupportKind.growing_area_code": ("Cấp mã số vùng trồng", "Growing-area code"),
    "SupportKind.insurance": ("Bảo hiểm nông nghiệp", "Agricultural insurance"),
    "SupportKind.digital": ("Chuyển đổi số", "Digital transformation"),
    "SupportKind.graduate_salary": ("Hỗ trợ lương lao động trẻ tốt nghiệp", "Young graduate salary support"),
    "SupportKind.strengthening": ("Củng cố, nâng cao chất lượng", "Strengthening"),
    "SupportKind.other": ("Hỗ trợ khác", "Other support"),
    "OutreachKind.meeting": ("Họp, sinh hoạt chi hội", "Meeting"),
    "OutreachKind.talk": ("Nói chuyện chuyên đề", "Training talk"),
    "OutreachKind.social_post": ("Bài đăng mạng xã hội", "Social media post"),
    "OutreachKind.reportage": ("Phóng sự", "Reportage"),
    "OutreachKind.contest": ("Hội thi", "Contest"),
    "OutreachKind.other": ("Hình thức khác", "Other"),
    "SocialPlatform.facebook": ("Facebook", "Facebook"),
    "SocialPlatform.zalo": ("Zalo", "Zalo"),
    "CommendationRecipient.person": ("Cá nhân", "Person"),
    "CommendationRecipient.cooperative": ("Hợp tác xã", "Cooperative"),
    "CommendationRecipient.group": ("Tổ hợp tác", "Cooperative group"),
    "CommendationRecipient.union_branch": ("Hội LHPN cơ sở", "Union branch"),
    "CommendationLevel.commune": ("Cấp xã", "Commune"),
    "CommendationLevel.district": ("Cấp huyện", "District"),
    "CommendationLevel.province": ("Cấp tỉnh", "Province"),
    "CommendationLevel.central": ("Trung ương", "Central"),
    "InstallationRole.commune": ("Cấp xã", "Commune"),
    "InstallationRole.aggregator": ("Cấp tổng hợp", "Aggregating"),
    "UnitKind.province": ("Tỉnh/thành phố", "Province"),
    "UnitKind.district": ("Huyện (trước 7/2025)", "District (before 7/2025)"),
    "UnitKind.commune": ("Xã/phường/đặc khu", "Commune"),
    "TargetKind.number": ("Số lượng", "Number"),
    "TargetKind.range": ("Khoảng", "Range"),
    "TargetKind.floor": ("Ít nhất", "At least"),
    "TargetKind.above": ("Trên", "More than"),
    "TargetKind.percent_floor": ("Tỉ lệ tối thiểu (%)", "Minimum percentage"),
    "TargetKind.milestone": ("Mốc hoàn thành", "Milestone"),
    "UserRole.admin": ("Quản trị", "Administrator"),
    "UserRole.data_entry": ("Nhập liệu", "Data entry"),
    "UserRole.viewer": ("Xem", "Viewer"),
}


def set_language(language: str | None) -> None:
    global _language
    _language = language


def language() -> str:
    chosen = _language or os.environ.get("HTX_LANG", "vi")
    return "en" if chosen.lower().startswith("en") else "vi"


def tr(key: str, **values: object) -> str:
    vi, en = MESSAGES[key]
    template = en if language() == "en" else vi
    return template.format(**values) if values else template


def label(member: object) -> str:
    """The user-facing label of an enum member, e.g. label(Sex.FEMALE) == "Nữ"."""
    key = f"{type(member).__name__}.{member}"
    pair = ENUM_LABELS.get(key)
    if pair is None:
        return str(member)
    return pair[1] if language() == "en" else pair[0]

MESSAGES.update(
    {
        "national_id_mismatch": (
            "Số CCCD không khớp với giới tính và năm sinh (chữ số thứ 4 là mã giới tính và thế kỷ sinh, "
            "chữ số 5–6 là hai số cuối năm sinh).",
            "The national ID does not match the sex and birth year (digit 4 encodes sex and century, "
            "digits 5–6 the last two digits of the birth year).",
        ),
        "vocational_too_long": (
            "Lớp dạy nghề dưới 3 tháng không được kéo dài quá 3 tháng.",
            "A vocational course (under 3 months) cannot last more than 3 months.",
        ),
        "post_before_founding": (
            "Chức vụ không thể bắt đầu trước ngày thành lập HTX ({founded}).",
            "A post cannot start before the cooperative was founded ({founded}).",
        ),
        "field.certified_on": ("Ngày công nhận OCOP", "OCOP certification date"),
        "field.ends_on": ("Ngày kết thúc", "End date"),
        "field.target_group": ("Đối tượng", "Target group"),
        "field.tax_code": ("Mã số thuế", "Tax code"),
        "field.phone": ("Số điện thoại", "Phone"),
        "field.national_id": ("Số CCCD", "National ID"),
        "field.birth_year": ("Năm sinh", "Birth year"),
        "field.stars": ("Số sao", "Stars"),
        "field.profit": ("Lợi nhuận", "Profit"),
    }
)

MESSAGES.update(
    {
        "user_exists": ("Tên đăng nhập “{username}” đã có.", "User name “{username}” is taken."),
    }
)

MESSAGES.update(
    {
        "cli.description": (
            "HTX Desktop: quản lý HTX do phụ nữ tham gia quản lý (dòng lệnh).",
            "HTX Desktop: register of women-managed cooperatives (command line).",
        ),
        "cli.db": (
            "cơ sở dữ liệu: đường dẫn tệp SQLite hoặc URL SQLAlchemy (mặc định: thư mục dữ liệu)",
            "database: SQLite file path or SQLAlchemy URL (default: the data folder)",
        ),
        "cli.json": ("in kết quả dạng JSON", "print JSON"),
        "cli.version": ("in phiên bản chương trình rồi thoát", "print the program's version and exit"),
        "cli.init": ("khởi tạo cơ sở dữ liệu cho một đơn vị", "set up the database for a unit"),
        "cli.demo": ("tạo dữ liệu mẫu", "fill with demo data"),
        "cli.stats": ("số bản ghi theo bảng", "row counts per table"),
        "cli.search": ("tìm người và HTX (không phân biệt dấu, hoa thường)", "find people and cooperatives"),
        "cli.backup": ("sao lưu / khôi phục cơ sở dữ liệu", "back up / restore the database"),
        "cli.backup.create": (
            "chép cơ sở dữ liệu ra một tệp sao lưu (mặc định: thư mục sao lưu)",
            "copy the database to a backup file (default: the backups folder)",
        ),
        "cli.backup.restore": (
            "khôi phục từ một tệp sao lưu (kiểm tra trước; dữ liệu hiện tại được sao lưu trước)",
            "restore from a backup (checked first; the current data is backed up first)",
        ),
        "cli.keys": ("khóa của cài đặt này", "this installation's keys"),
        "cli.interrupted": ("Đã dừng theo yêu cầu; không có gì được ghi.", "Stopped; nothing was written."),
        "col.table": ("Bảng", "Table"),
        "col.count": ("Số bản ghi", "Rows"),
        "col.kind": ("Loại", "Kind"),
        "col.name": ("Tên", "Name"),
        "col.unit": ("Đơn vị", "Unit"),
        "col.detail": ("Chi tiết", "Detail"),
        "kind.person": ("Người", "Person"),
        "kind.cooperative": ("HTX/THT", "Cooperative"),
        "backup_done": ("Đã sao lưu vào “{path}”.", "Backed up to “{path}”."),
        "restore_done": (
            "Đã khôi phục từ “{path}”. Bản trước khi khôi phục được giữ ở “{previous}”.",
            "Restored from “{path}”. The database before the restore is kept at “{previous}”.",
        ),
        "backup_missing": ("Không tìm thấy tệp sao lưu “{path}”.", "Backup file “{path}” not found."),
        "backup_invalid": (
            "Tệp “{path}” không phải bản sao lưu hợp lệ của HTX Desktop: {reason}",
            "“{path}” is not a valid HTX Desktop backup: {reason}",
        ),
        "demo_created_db": (
            "Chưa có cơ sở dữ liệu: đã tạo mới cho đơn vị {unit}.",
            "No database yet: created one for unit {unit}.",
        ),
    }
)

MESSAGES.update(
    {
        "what.outreach": ("hoạt động tuyên truyền", "outreach event"),
        "what.support": ("hoạt động hỗ trợ", "support action"),
        "what.job_report": ("báo cáo việc làm", "job report"),
        "what.commendation": ("khen thưởng", "commendation"),
        "what.funding": ("khoản kinh phí", "funding entry"),
        "field.outreach_kind": ("Hình thức tuyên truyền", "Form of outreach"),
        "field.platform": ("Mạng xã hội", "Platform"),
        "field.topic_text": ("Chủ đề", "Topic"),
        "field.audience": ("Đối tượng", "Audience"),
        "field.place": ("Địa điểm", "Place"),
        "field.cooperative": ("HTX/THT", "Cooperative or group"),
        "field.support_kind": ("Nội dung hỗ trợ", "Kind of support"),
        "field.lender": ("Nơi cho vay", "Lender"),
        "field.given_by": ("Đơn vị hỗ trợ", "Given by"),
        "field.year": ("Năm", "Year"),
        "field.reported_on": ("Ngày báo cáo", "Date reported"),
        "field.recipient_kind": ("Khen thưởng cho", "Awarded to"),
        "field.person": ("Người", "Person"),
        "field.commendation_title": ("Hình thức khen thưởng", "Commendation"),
        "field.level": ("Cấp khen thưởng", "Level"),
        "field.decision_no": ("Số quyết định", "Decision number"),
        "field.source": ("Nguồn kinh phí", "Funding source"),
        "field.spent_on": ("Ngày chi", "Date spent"),
        "field.purpose": ("Nội dung chi", "What for"),
        "platform_needed": (
            "Bài đăng mạng xã hội: hãy chọn Facebook hoặc Zalo.",
            "A social media post: choose Facebook or Zalo.",
        ),
        "platform_only_for_posts": (
            "Chỉ bài đăng mạng xã hội mới có Facebook/Zalo.",
            "Only a social media post has a platform.",
        ),
        "loan_needs_amount": ("Khoản vay: hãy nhập số tiền vay.", "A loan: enter the amount lent."),
        "loan_needs_lender": (
            "Khoản vay: hãy nhập nơi cho vay (ví dụ Ngân hàng Chính sách xã hội, Agribank).",
            "A loan: enter the lender (e.g. VBSP, Agribank).",
        ),
        "lender_only_for_loans": (
            "Chỉ khoản vay mới có nơi cho vay; hãy chọn “Hỗ trợ vay vốn” hoặc để trống ô này.",
            "Only a loan has a lender; choose “Loan” or leave this field empty.",
        ),
        "reported_before_year": (
            "Ngày báo cáo ({reported}) không thể trước năm báo cáo {year}.",
            "The date reported ({reported}) cannot be before the year {year}.",
        ),
        "positive": ("{field} phải lớn hơn 0.", "{field} must be more than 0."),
        "recipient_person_needed": ("Hãy chọn người được khen thưởng.", "Choose the person commended."),
        "recipient_cooperative_needed": (
            "Hãy chọn HTX/THT được khen thưởng.",
            "Choose the cooperative or group commended.",
        ),
        "recipient_not_cooperative": (
            "“{name}” là tổ hợp tác; hãy chọn “Tổ hợp tác” ở ô Khen thưởng cho.",
            "“{name}” is a cooperative group; choose “Cooperative group” under Awarded to.",
        ),
        "recipient_not_group": (
            "“{name}” là hợp tác xã; hãy chọn “Hợp tác xã” ở ô Khen thưởng cho.",
            "“{name}” is a cooperative; choose “Cooperative” under Awarded to.",
        ),
        "cli.list": (
            "danh sách bản ghi của một loại, như màn hình danh sách",
            "the records of one kind, as the list screens show them",
        ),
        "col.id": ("Mã", "Id"),
        "union_branch_of": ("Hội LHPN {unit}", "Women's union of {unit}"),
    }
)
