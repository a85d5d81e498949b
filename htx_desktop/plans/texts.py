"""Messages of the plans area (Vietnamese, English), added to the shared table of `htx_desktop.messages`."""

from __future__ import annotations

from htx_desktop.messages import MESSAGES

MESSAGES.update(
    {
        # refusals
        "plans.unknown_plan": (
            "Không có kế hoạch “{plan}”. Xem danh sách bằng lệnh: htx-cli plans",
            "There is no plan “{plan}”. List the plans with: htx-cli plans",
        ),
        "plans.unknown_phase": (
            "Kế hoạch “{plan}” không có giai đoạn “{phase}”.",
            "Plan “{plan}” has no phase “{phase}”.",
        ),
        "plans.no_phase": (
            "Kế hoạch “{plan}” chưa có giai đoạn nào; hãy thêm giai đoạn trước.",
            "Plan “{plan}” has no phases yet; add a phase first.",
        ),
        "plans.no_plan": (
            "Chưa có kế hoạch nào trong cơ sở dữ liệu.",
            "There is no plan in the database.",
        ),
        "plans.bad_date": (
            "Ngày “{value}” không hợp lệ: hãy viết theo dạng dd/mm/yyyy (ví dụ 31/12/2025) hoặc YYYY-MM-DD.",
            "Invalid date “{value}”: write it as dd/mm/yyyy (e.g. 31/12/2025) or YYYY-MM-DD.",
        ),
        "plans.from_after_to": (
            "Ngày bắt đầu ({start}) phải trước hoặc trùng ngày kết thúc ({end}).",
            "The start date ({start}) must be on or before the end date ({end}).",
        ),
        "plans.unknown_indicator": (
            "Không có chỉ tiêu mã “{code}”. Các mã có: {codes}.",
            "There is no indicator with code “{code}”. Known codes: {codes}.",
        ),
        "plans.template_read_only": (
            "Kế hoạch mẫu “{plan}” không sửa được; hãy lập kế hoạch mới từ mẫu này rồi sửa.",
            "Template plan “{plan}” cannot be changed; make a new plan from it and change that.",
        ),
        "plans.aggregator_only": (
            "Chỉ cài đặt cấp tổng hợp (huyện, tỉnh) mới lập kế hoạch riêng; xã nhận kế hoạch qua đồng bộ.",
            "Only an aggregating installation (district, province) makes its own plans; communes receive them by sync.",
        ),
        "plans.unit_outside": (
            "Đơn vị {code} không thuộc địa bàn của cài đặt này ({own}).",
            "Unit {code} is not in this installation's area ({own}).",
        ),
        "plans.code_taken": ("Mã kế hoạch “{code}” đã có.", "Plan code “{code}” is taken."),
        "plans.phase_taken": ("Kế hoạch đã có giai đoạn mã “{code}”.", "The plan already has a phase “{code}”."),
        "plans.indicator_taken": (
            "Kế hoạch đã có chỉ tiêu “{code}”.",
            "The plan already has indicator “{code}”.",
        ),
        "plans.phase_other_plan": (
            "Giai đoạn và chỉ tiêu phải thuộc cùng một kế hoạch.",
            "The phase and the indicator must belong to the same plan.",
        ),
        "plans.target_kind": (
            "Loại chỉ tiêu “{kind}” không hợp lệ; dùng: {kinds}.",
            "Target kind “{kind}” is not valid; use: {kinds}.",
        ),
        "plans.target_needs_high": (
            "Chỉ tiêu dạng khoảng cần cả giá trị dưới và giá trị trên.",
            "A range target needs both a low and a high value.",
        ),
        "plans.percent_for_share": (
            "Chỉ tiêu “{code}” là tỷ lệ: mục tiêu phải là “tỷ lệ tối thiểu (%)”.",
            "Indicator “{code}” is a share: its target must be a percentage floor.",
        ),
        "plans.count_not_percent": (
            "Chỉ tiêu “{code}” là số lượng: mục tiêu không thể là tỷ lệ phần trăm.",
            "Indicator “{code}” is a count: its target cannot be a percentage.",
        ),
        "field.plan_name": ("Tên kế hoạch", "Plan name"),
        "field.plan_code": ("Mã kế hoạch", "Plan code"),
        "field.phase_code": ("Mã giai đoạn", "Phase code"),
        "field.phase_name": ("Tên giai đoạn", "Phase name"),
        "field.target_low": ("Giá trị chỉ tiêu", "Target value"),
        "field.target_percent": ("Tỷ lệ chỉ tiêu", "Target percentage"),
        "plans.target.milestone": ("Hoàn thành", "Done"),
        "plans.not_a_milestone": (
            "Chỉ tiêu “{code}” không phải một mốc hoàn thành.",
            "Indicator “{code}” is not a milestone.",
        ),
        "plans.milestone_needs_date": ("Hãy nhập ngày hoàn thành.", "Enter the day it was done."),
        "plans.milestone_in_future": (
            "Ngày {day} còn ở tương lai: chỉ ghi nhận việc đã xong.",
            "{day} is in the future: record only what is done.",
        ),
        "plans.milestone.done": ("Đã xong ({day})", "Done ({day})"),
        "plans.milestone.not_yet": ("Chưa", "Not yet"),
        "plans.latest": ("{count} (gần nhất {day})", "{count} (latest {day})"),
        "plans.pending": ("{count} {what}", "{count} {what}"),
        "plans.since_start": ("{achieved} (từ {day})", "{achieved} (since {day})"),
        "col.since_start": ("Từ đầu kế hoạch", "Since the plan began"),
        # statuses
        "plans.status.met": ("Đạt", "Met"),
        "plans.status.on_track": ("Đúng tiến độ", "On track"),
        "plans.status.behind": ("Chậm", "Behind"),
        "plans.status.no_target": ("Không đặt chỉ tiêu", "No target"),
        "plans.status.no_data": ("Chưa có đối tượng", "Nothing to count"),
        # CLI
        "cli.progress": (
            "tiến độ thực hiện các chỉ tiêu của kế hoạch",
            "progress of the plan's indicators",
        ),
        "cli.plans": ("danh sách kế hoạch (có hai kế hoạch mẫu)", "the plans (two templates built in)"),
        "cli.progress.plan": ("mã hoặc id kế hoạch", "plan code or id"),
        "cli.progress.unit": ("mã đơn vị (mặc định: đơn vị của cài đặt)", "unit code (default: the installation's)"),
        "cli.progress.from": ("từ ngày (dd/mm/yyyy hoặc YYYY-MM-DD)", "from date (dd/mm/yyyy or YYYY-MM-DD)"),
        "cli.progress.to": ("đến ngày, cũng là ngày tính tiến độ", "to date, also the as-of date"),
        "cli.progress.phase": ("mã giai đoạn (ví dụ 2025, 2030)", "phase code (e.g. 2025, 2030)"),
        "cli.progress.by_unit": ("thêm bảng theo từng xã", "add a table per commune"),
        "cli.progress.header": (
            "{plan} — {phase}\n{unit}, từ {start} đến {end} (đã qua {elapsed} thời gian của giai đoạn)",
            "{plan} — {phase}\n{unit}, from {start} to {end} ({elapsed} of the phase's time has passed)",
        ),
        "col.code": ("Mã", "Code"),
        "col.indicator": ("Chỉ tiêu", "Indicator"),
        "col.target": ("Mục tiêu", "Target"),
        "col.achieved": ("Đạt được", "Achieved"),
        "col.percentage": ("Tỷ lệ", "Share of target"),
        "col.status": ("Đánh giá", "Status"),
        "col.id": ("Id", "Id"),
        "col.template": ("Mẫu", "Template"),
        "col.phases": ("Giai đoạn", "Phases"),
        "col.indicators": ("Số chỉ tiêu", "Indicators"),
        "plans.yes": ("có", "yes"),
        "plans.no": ("", ""),
    }
)
