"""Plans as data: the seed templates, targets and their judgement, an aggregator's own plans, progress and roll-up."""

from datetime import date

import pytest
from sqlalchemy import delete, select

from htx_desktop.domain.enums import InstallationRole, UnitKind
from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.plans import breakdown, catalogue, editing, progress, templates
from htx_desktop.plans.targets import BEHIND, MET, NO_TARGET, ON_TRACK, Target, elapsed_share, status
from htx_desktop.services import units
from htx_desktop.services.installation import initialise
from htx_desktop.storage.database import open_database
from htx_desktop.storage.models import Indicator, IndicatorTarget, Plan, PlanPhase
from plan_records import coop, course, attend, person
from actors import ADMIN

# The table of PRODUCT.md ("Plans and targets"), checked against the two seed texts.
TRANG_DINH_TARGETS = {
    "new_coops_many_jobs": ("2–3", "≥ 7"),
    "new_groups_founded": ("> 3", "> 8"),
    "new_female_jobs": ("35–50", "80–100"),
    "strengthened_share": ("100%", "100%"),
    "managers_trained": ("100%", "100%"),
    "cadres_trained": ("100%", "100%"),
    "cadres_outreach": ("≥ 80%", "≥ 90%"),
    "group_leaders_trained": (None, None),  # shown beside the managers, never inside their target
    "commendations_two_years": ("≥ 1", "≥ 1"),  # "(02 năm/lần)": one in the last two years
}
NAM_DINH_TARGETS = {
    "new_coops_founded": ("5–7", None),
    "new_coops_groups_many_jobs": (None, "10"),
    "women_entrepreneurs_association": ("Hoàn thành", None),
    "group_leaders_trained": (None, None),
    "new_female_jobs": ("150", None),
    "strengthened_coops": ("≥ 10", "≥ 20"),
    "strengthened_groups": ("≥ 30", "≥ 60"),
    "stable_female_jobs": ("650", None),
    "stable_female_jobs_coops": (None, "> 400"),
    "stable_female_jobs_groups": (None, "1.300"),
    "managers_trained": ("100%", "100%"),
    "cadres_trained": ("100%", "100%"),
    "cadres_outreach": ("≥ 80%", "≥ 90%"),
}


def targets_of(plan):
    def text(indicator, phase):
        target = indicator.targets.get(phase)
        return target.text() if target else None

    return {i.code: (text(i, "2025"), text(i, "2030")) for i in plan.indicators}


@pytest.fixture
def aggregator(tmp_path):
    """A province installation (Lạng Sơn), which may make plans."""
    path = tmp_path / "tinh.sqlite3"
    initialise(path, "20", InstallationRole.AGGREGATOR)
    database = open_database(path)
    yield database
    database.dispose()


def test_both_seed_plans_ship_as_templates_with_the_targets_of_the_seed_texts(db):
    plans = {plan.code: plan for plan in catalogue.list_plans(db)}
    trang_dinh, nam_dinh = plans["KH-TRANGDINH-2023"], plans["KH-NAMDINH-2023"]
    assert trang_dinh.is_template and nam_dinh.is_template
    assert targets_of(trang_dinh) == TRANG_DINH_TARGETS
    assert targets_of(nam_dinh) == NAM_DINH_TARGETS
    assert [(p.code, p.starts_on, p.ends_on) for p in trang_dinh.phases] == [
        ("2025", date(2023, 1, 1), date(2025, 12, 31)), ("2030", date(2026, 1, 1), date(2030, 12, 31))]
    assert trang_dinh.unit_name == "Tỉnh Lạng Sơn"


def test_templates_have_the_same_ids_on_every_installation_and_are_added_once(db, tmp_path):
    other = tmp_path / "nam-dinh.sqlite3"
    initialise(other, "13666", InstallationRole.COMMUNE)
    second = open_database(other)
    try:
        ids = [{(p.id, tuple(i.id for i in p.indicators)) for p in catalogue.list_plans(d)} for d in (db, second)]
    finally:
        second.dispose()
    assert ids[0] == ids[1]
    with db.system_transaction() as session:
        assert templates.ensure_templates(session) == 0


def test_a_database_made_before_the_templates_gets_them_when_plans_are_listed(db):
    with db.system_transaction() as session:
        for model in (IndicatorTarget, Indicator, PlanPhase, Plan):
            session.execute(delete(model))
    assert len(catalogue.list_plans(db)) == 2
    with db.read() as session:
        assert len(session.scalars(select(IndicatorTarget.id)).all()) == 8 * 2 + 17  # Tràng Định: 8 targeted indicators × 2 phases; Nam Định: 17 targets


def test_target_texts_goals_and_status():
    assert Target("range", 2, 3).text() == "2–3" and Target("range", 2, 3).goal == 2
    assert Target("above", 3).text() == "> 3" and Target("above", 3).goal == 4
    assert Target("floor", 7).text() == "≥ 7" and Target("number", 1300).text() == "1.300"
    assert Target("percent_floor", 80).text() == "≥ 80%" and Target("percent_floor", 100).text() == "100%"
    assert status(Target("above", 3), 3, 0.5) != MET and status(Target("above", 3), 4, 0.5) == MET
    assert status(Target("range", 2, 3), 5, 1.0) == MET  # more than the range is still met
    assert status(Target("floor", 10), 5, 0.5) == ON_TRACK  # half the goal, half the time gone
    assert status(Target("floor", 10), 4, 0.5) == BEHIND
    assert status(None, 4, 0.5) == NO_TARGET


def test_elapsed_share_of_a_phase():
    assert elapsed_share(date(2026, 1, 1), date(2030, 12, 31), date(2025, 6, 1)) == 0
    assert round(elapsed_share(date(2023, 1, 1), date(2025, 12, 31), date(2024, 7, 1)), 2) == 0.5
    assert elapsed_share(date(2023, 1, 1), date(2025, 12, 31), date(2026, 3, 1)) == 1


def test_a_commune_in_lang_son_follows_the_trang_dinh_plan_by_default(db):
    with db.read() as session:
        assert catalogue.default_plan(session).code == "KH-TRANGDINH-2023"


def test_a_commune_elsewhere_follows_the_nam_dinh_plan_by_default(tmp_path):
    path = tmp_path / "nam-dinh.sqlite3"
    initialise(path, "13666", InstallationRole.COMMUNE)
    database = open_database(path)
    with database.read() as session:
        assert catalogue.default_plan(session).code == "KH-NAMDINH-2023"
    database.dispose()


def test_a_plan_the_province_sent_down_becomes_the_communes_default(db):
    with db.system_transaction() as session:  # as a sync import would write it
        session.add(Plan(code="KH-20-1", name="Kế hoạch của tỉnh Lạng Sơn", unit_code="20", is_template=False))
    with db.read() as session:
        assert catalogue.default_plan(session).code == "KH-20-1"


def test_default_period_is_the_phase_containing_today_from_its_start(db):
    result = progress.compute(db, today=date(2025, 7, 1))
    assert (result.phase.code, result.start, result.end) == ("2025", date(2023, 1, 1), date(2025, 7, 1))
    assert result.unit_code == "06046" and result.plan.code == "KH-TRANGDINH-2023"
    past = progress.compute(db, phase_code="2025", today=date(2026, 11, 25))
    assert (past.start, past.end, past.elapsed) == (date(2023, 1, 1), date(2025, 12, 31), 1.0)
    by_date = progress.compute(db, end=date(2027, 3, 31), today=date(2026, 11, 25))
    assert (by_date.phase.code, by_date.start) == ("2030", date(2026, 1, 1))


def test_progress_judges_each_indicator_against_the_phase_target(db):
    for name in ("HTX Chè", "HTX Mật ong", "HTX Hồi"):
        coop(db, name, founded=date(2024, 3, 1))
    for name in ("THT Dệt", "THT Rau"):
        coop(db, name, kind="group", founded=date(2024, 3, 1))
    result = progress.compute(db, phase_code="2025", end=date(2024, 6, 30))  # half the phase gone
    assert round(result.elapsed, 2) == 0.5
    coops, groups = result.row("new_coops_many_jobs"), result.row("new_groups_founded")
    assert (coops.target_text, coops.achieved, coops.status) == ("2–3", 3, MET)
    assert (groups.target_text, groups.achieved, groups.percentage, groups.status) == ("> 3", 2, 50.0, ON_TRACK)
    managers = result.row("managers_trained")  # three HTX chairs, nobody trained yet
    assert (managers.numerator, managers.denominator, managers.status) == (0, 3, BEHIND)
    leaders = result.row("group_leaders_trained")  # the two group leaders: their own row, no target
    assert (leaders.numerator, leaders.denominator, leaders.target, leaders.status) == (0, 2, None, NO_TARGET)


def test_refused_requests_name_the_problem_in_vietnamese(db):
    with pytest.raises(HtxError, match="Không có kế hoạch “KH-KHONG-CO”"):
        progress.compute(db, plan="KH-KHONG-CO")
    with pytest.raises(HtxError, match="Không có đơn vị hành chính mã “99999”"):
        progress.compute(db, unit_code="99999")
    with pytest.raises(HtxError, match="phải trước hoặc trùng ngày kết thúc"):
        progress.compute(db, start=date(2025, 1, 1), end=date(2024, 1, 1))
    with pytest.raises(HtxError, match="không có giai đoạn “2040”"):
        progress.compute(db, phase_code="2040")


def test_a_district_figure_is_the_sum_of_its_communes_and_old_units_count_in_the_commune_they_became(db):
    with db.system_transaction() as session:
        old = units.add_unit(session, "Xã Chí Minh (cũ)", UnitKind.COMMUNE, parent_code="20",
                             current_code="06046", old_code="06100")
    coop(db, "HTX Chè Tràng Định", founded=date(2024, 3, 1))
    coop(db, "HTX Hồi Chí Minh", founded=date(2024, 4, 1), unit=old.code)  # counts for Xã Tràng Định
    coop(db, "HTX Na Thất Khê", founded=date(2024, 5, 1), unit="06040")
    coop(db, "HTX Rau Hà Nội", founded=date(2024, 5, 1), unit="00004")  # another province: not in Lạng Sơn
    cadre = person(db, "Cán bộ Thủy", cadre="commune", unit="06040")
    attend(db, course(db, "outreach", date(2024, 6, 3), unit="06040"), cadre)
    person(db, "Cán bộ Hương", cadre="commune", unit=old.code)

    result = progress.compute(db, unit_code="20", phase_code="2025", end=date(2024, 12, 31))
    with db.read() as session:
        period = progress.resolve(session, unit_code="20", phase_code="2025", end=date(2024, 12, 31))
        whole, table = breakdown.dashboard(session, period)
    assert result.row("new_coops_many_jobs").achieved == 3
    assert [r.achieved for r in whole.rows] == [r.achieved for r in result.rows]
    assert table.cell("06046", "new_coops_many_jobs").achieved == 2
    assert table.cell("06040", "new_coops_many_jobs").achieved == 1
    assert sum(table.cell(code, "new_coops_many_jobs").achieved for code, _ in table.communes) == 3
    outreach = [table.cell(code, "cadres_outreach") for code in ("06046", "06040")]
    assert [(c.numerator, c.denominator) for c in outreach] == [(0, 1), (1, 1)]
    assert result.row("cadres_outreach").achieved == 50.0
    assert table.cell("06040", "new_coops_many_jobs").status == NO_TARGET  # a count has no commune target
    assert table.cell("06040", "cadres_outreach").status == MET  # a share keeps the floor: 100% ≥ 80%
    assert old.code not in dict(table.communes)


def test_an_aggregator_makes_its_own_plan_from_a_template_and_sets_targets(aggregator):
    plan_id = editing.create_plan(aggregator, editing.PlanDraft("Kế hoạch của tỉnh Lạng Sơn", "20"),
                                  copy_from="KH-TRANGDINH-2023", actor=ADMIN)
    with aggregator.read() as session:
        plan = catalogue.find(session, plan_id)
        assert catalogue.default_plan(session).id == plan_id  # its own plan comes first
    assert plan.code == "KH-20-1" and not plan.is_template
    assert targets_of(plan) == TRANG_DINH_TARGETS
    coops = next(i for i in plan.indicators if i.code == "new_coops_many_jobs")
    editing.set_target(aggregator, coops.id, plan.phase("2025").id, "range", 20, 30, actor=ADMIN)
    groups_id = editing.add_indicator(aggregator, plan_id, "strengthened_groups", actor=ADMIN)
    editing.set_target(aggregator, groups_id, plan.phase("2030").id, "floor", 60, actor=ADMIN)
    with aggregator.read() as session:
        changed = targets_of(catalogue.find(session, plan_id))
    assert changed["new_coops_many_jobs"] == ("20–30", "≥ 7")
    assert changed["strengthened_groups"] == (None, "≥ 60")
    editing.clear_target(aggregator, coops.id, plan.phase("2030").id, actor=ADMIN)
    with aggregator.read() as session:
        assert targets_of(catalogue.find(session, plan_id))["new_coops_many_jobs"] == ("20–30", None)


def test_plan_editing_refuses_bad_targets_with_messages_by_the_field(aggregator):
    plan_id = editing.create_plan(aggregator, editing.PlanDraft("Kế hoạch huyện", "20", code="KH-TD"), actor=ADMIN)
    phase_id = editing.add_phase(aggregator, plan_id, "2025", "Đến năm 2025", date(2023, 1, 1), date(2025, 12, 31), actor=ADMIN)
    jobs_id = editing.add_indicator(aggregator, plan_id, "new_female_jobs", actor=ADMIN)
    managers_id = editing.add_indicator(aggregator, plan_id, "managers_trained", actor=ADMIN)
    with pytest.raises(ValidationError) as error:
        editing.set_target(aggregator, jobs_id, phase_id, "range", 50, 35, actor=ADMIN)
    assert error.value.errors == {"high": "Giá trị dưới không được lớn hơn giá trị trên."}
    with pytest.raises(ValidationError) as error:
        editing.set_target(aggregator, managers_id, phase_id, "percent_floor", 120, actor=ADMIN)
    assert error.value.errors == {"low": "Tỷ lệ chỉ tiêu phải từ 0 đến 100."}
    with pytest.raises(HtxError, match="là tỷ lệ"):
        editing.set_target(aggregator, managers_id, phase_id, "number", 40, actor=ADMIN)
    with pytest.raises(HtxError, match="Không có chỉ tiêu mã “happiness”"):
        editing.add_indicator(aggregator, plan_id, "happiness", actor=ADMIN)
    with pytest.raises(HtxError, match="đã có"):
        editing.create_plan(aggregator, editing.PlanDraft("Trùng mã", "20", code="KH-TD"), actor=ADMIN)
    with pytest.raises(ValidationError):
        editing.add_phase(aggregator, plan_id, "2030", "Sau", date(2030, 12, 31), date(2026, 1, 1), actor=ADMIN)


def test_only_an_aggregator_edits_plans_only_its_own_area_and_never_a_template(db, aggregator):
    with pytest.raises(HtxError, match="Chỉ cài đặt cấp tổng hợp"):
        editing.create_plan(db, editing.PlanDraft("Kế hoạch xã", "06046"), actor=ADMIN)
    with pytest.raises(HtxError, match="không thuộc địa bàn"):
        editing.create_plan(aggregator, editing.PlanDraft("Kế hoạch Ninh Bình", "37"), actor=ADMIN)
    template = templates.plan_uuid("KH-TRANGDINH-2023")
    with pytest.raises(HtxError, match="Kế hoạch mẫu"):
        editing.add_indicator(aggregator, template, "strengthened_groups", actor=ADMIN)
    with aggregator.read() as session:
        assert {p.code for p in catalogue.plans(session)} == {"KH-TRANGDINH-2023", "KH-NAMDINH-2023"}


def copy_of_trang_dinh(aggregator, name: str, unit_code: str):  # type: ignore[no-untyped-def]
    """A plan for the unit copied from the Tràng Định template, and its new-cooperatives indicator."""
    plan_id = editing.create_plan(aggregator, editing.PlanDraft(name, unit_code), copy_from="KH-TRANGDINH-2023",
                                  actor=ADMIN)
    with aggregator.read() as session:
        plan = catalogue.find(session, plan_id)
    return plan, next(i for i in plan.indicators if i.code == "new_coops_many_jobs")


def test_a_plan_made_for_a_commune_gives_that_commune_its_count_targets(aggregator):
    plan, coops = copy_of_trang_dinh(aggregator, "Kế hoạch xã Tràng Định", "06046")
    editing.set_target(aggregator, coops.id, plan.phase("2025").id, "number", 1, actor=ADMIN)
    coop(aggregator, "HTX Chè", founded=date(2024, 3, 1))
    with aggregator.read() as session:
        period = progress.resolve(session, plan="KH-TRANGDINH-2023", unit_code="20", phase_code="2025")
        _whole, table = breakdown.dashboard(session, period)
    assert table.cell("06046", "new_coops_many_jobs").target_text == "1"
    assert table.cell("06046", "new_coops_many_jobs").status == MET
    assert table.cell("06040", "new_coops_many_jobs").status == NO_TARGET


def test_the_readme_documents_every_indicator_with_its_rule():
    from pathlib import Path

    from htx_desktop.plans.indicators import FORMULAS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for code, formula in FORMULAS.items():
        assert f"| `{code}` | {formula.names[1]} | {formula.descriptions[1]} |" in readme, code


def test_a_target_set_or_cleared_by_someone_else_since_it_was_shown_is_not_overwritten(aggregator):
    from htx_desktop.errors import ChangedSinceLoaded

    plan, coops = copy_of_trang_dinh(aggregator, "Kế hoạch của tỉnh", "20")
    phase = plan.phase("2025")
    shown = coops.targets["2025"]  # what both officers see in the table
    editing.set_target(aggregator, coops.id, phase.id, "range", 20, 30, actor=ADMIN, expected=shown.version)
    with pytest.raises(ChangedSinceLoaded):
        editing.set_target(aggregator, coops.id, phase.id, "floor", 5, actor=ADMIN, expected=shown.version)
    with pytest.raises(ChangedSinceLoaded):
        editing.clear_target(aggregator, coops.id, phase.id, actor=ADMIN, expected=shown.version)
    with aggregator.read() as session:
        newest = next(i for i in catalogue.find(session, plan.id).indicators if i.code == coops.code).targets["2025"]
    assert (newest.kind, newest.low, newest.high) == ("range", 20, 30) and newest.version > shown.version

    groups_id = editing.add_indicator(aggregator, plan.id, "strengthened_groups", actor=ADMIN)
    editing.set_target(aggregator, groups_id, phase.id, "floor", 60, actor=ADMIN, expected=0)  # none was shown
    with pytest.raises(ChangedSinceLoaded):  # the other officer also saw none
        editing.set_target(aggregator, groups_id, phase.id, "floor", 70, actor=ADMIN, expected=0)
