"""The indicator rules as the seed plans word them, each on records that can be counted by eye."""

from datetime import date

import pytest
from sqlalchemy import insert, select, update

from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.domain.derivations import HeldPost, women_managed
from htx_desktop.plans import breakdown, milestones, progress, templates
from htx_desktop.plans.areas import area_codes
from htx_desktop.plans.drilldown import records
from htx_desktop.plans.targets import BEHIND, MET
from htx_desktop.services import cooperatives, derived
from htx_desktop.storage.models import Commendation, Cooperative, Indicator, IndicatorTarget
from plan_records import YEAR_2024, attend, coop, course, figure, manage, person, staff
from actors import ADMIN


def test_a_new_cooperative_counts_only_when_more_than_half_its_workers_are_women(db):
    coop(db, "HTX Chè", workers=(10, 6))  # 60%: counts
    coop(db, "HTX Hồi", workers=(10, 5))  # exactly half: "trên 50%" is not met
    coop(db, "HTX Mật ong", workers=None)  # no figures yet: not counted, listed apart
    coop(db, "THT Dệt", kind="group", workers=(4, 4))

    founded = figure(db, "new_coops_many_jobs", *YEAR_2024)
    assert (founded.value, founded.pending) == (1, 1)
    both = figure(db, "new_coops_groups_many_jobs", *YEAR_2024)
    assert (both.value, both.pending) == (2, 1)
    assert figure(db, "new_coops_founded", *YEAR_2024).value == 3  # Nam Định 2025: no jobs test


def test_the_latest_annual_figures_with_a_worker_count_decide(db):
    tea = coop(db, "HTX Chè", founded=date(2023, 3, 1), workers=(10, 6))
    staff(db, tea, 2024, 10, 4)  # by 2024 most workers are men
    assert figure(db, "new_coops_many_jobs", date(2023, 1, 1), date(2023, 12, 31)).value == 1
    assert figure(db, "new_coops_many_jobs", date(2023, 1, 1), date(2024, 12, 31)).value == 0


def test_the_cooperatives_left_out_for_want_of_figures_show_beside_the_figure_and_in_the_drill_down(db):
    coop(db, "HTX Chè", workers=(10, 6))
    coop(db, "HTX Mật ong Khau Slao", workers=None)
    result = progress.compute(db, phase_code="2025", end=date(2024, 12, 31))
    row = result.row("new_coops_many_jobs")
    assert row.achieved_text == "1 (+1 chưa có số liệu lao động)"
    assert row.as_dict()["pending"] == 1
    with db.read() as session:
        found = records(session, "new_coops_many_jobs", area_codes(session, "06046"), *YEAR_2024)
    assert [(r.name, r.counted, r.note) for r in found.rows] == [
        ("HTX Chè", True, ""), ("HTX Mật ong Khau Slao", False, "chưa có số liệu lao động")]
    assert (found.total, found.counted) == (2, 1)


@pytest.mark.parametrize("kind, role, sex, managed", [
    ("cooperative", "board_chair", "female", True),
    ("cooperative", "deputy_director", "female", True),
    ("cooperative", "supervisor", "female", True),
    ("cooperative", "chief_accountant", "female", False),
    ("cooperative", "group_leader", "female", False),
    ("cooperative", "director", "male", False),
    ("group", "group_leader", "female", True),
    ("group", "board_chair", "female", False),
])
def test_women_managed_is_the_same_rule_in_python_and_in_sql(db, kind, role, sex, managed):
    cooperative = coop(db, "HTX Thử", kind=kind, woman_manager=False)
    manage(db, cooperative, person(db, "Người giữ chức", sex=sex), role, start=date(2024, 3, 1))
    day = date(2024, 12, 31)
    with db.read() as session:
        in_sql = session.scalar(select(derived.women_managed(day)).where(Cooperative.id == cooperative))
        listed = cooperatives.facts(session, [cooperative], day)[cooperative].women_managed
    assert women_managed(kind, [HeldPost(role, sex, date(2024, 3, 1), None)], day) is managed
    assert bool(in_sql) is managed and listed is managed


def test_a_woman_with_posts_in_two_communes_counts_once_where_she_is_registered(db):
    here = coop(db, "HTX Chè Tràng Định", founded=date(2020, 1, 1), woman_manager=False)
    there = coop(db, "HTX Na Thất Khê", founded=date(2020, 1, 1), unit="06040", woman_manager=False)
    lan = person(db, "Nông Thị Lan")  # registered in Xã Tràng Định (06046)
    manage(db, here, lan, "director")
    manage(db, there, lan, "board_member")
    attend(db, course(db, "governance", date(2024, 4, 2)), lan)

    assert (figure(db, "managers_trained", *YEAR_2024).numerator, figure(db, "managers_trained", *YEAR_2024).denominator) == (1, 1)
    other = figure(db, "managers_trained", *YEAR_2024, unit="06040")
    assert other.denominator == 0  # not in Thất Khê, where one of her cooperatives is
    with db.read() as session:
        period = progress.resolve(session, unit_code="20", phase_code="2025", end=date(2024, 12, 31))
        whole, table = breakdown.dashboard(session, period)
    assert (table.cell("06046", "managers_trained").numerator, table.cell("06046", "managers_trained").denominator) == (1, 1)
    assert table.cell("06040", "managers_trained").denominator == 0
    assert whole.row("managers_trained").denominator == 1  # the province counts her once


def test_a_later_phase_shows_the_figure_since_the_plan_began_beside_its_own(db):
    coop(db, "HTX Chè", founded=date(2024, 3, 1))
    coop(db, "HTX Hồi", founded=date(2026, 5, 1))
    result = progress.compute(db, phase_code="2030", end=date(2026, 12, 31), today=date(2026, 12, 31))
    row = result.row("new_coops_many_jobs")
    assert row.achieved == 1  # phase 2: from 01/01/2026
    assert row.since_start is not None and row.since_start.value == 2  # "đến năm 2030": since 01/01/2023
    assert row.since_start_text == "2 (từ 01/01/2023)"
    assert row.as_dict()["since_plan_start"] == {"from": "2023-01-01", "achieved": 2, "numerator": 2.0,
                                                  "denominator": None}
    first = progress.compute(db, phase_code="2025", end=date(2024, 12, 31))
    assert first.row("new_coops_many_jobs").since_start is None  # phase 1 starts with the plan


def test_the_provincial_women_entrepreneurs_association_is_a_milestone_done_or_not(db):
    plan = "KH-NAMDINH-2023"
    before = progress.compute(db, plan=plan, phase_code="2025", end=date(2024, 12, 31))
    row = before.row("women_entrepreneurs_association")
    assert (row.target_text, row.achieved_text, row.status) == ("Hoàn thành", "Chưa", BEHIND)

    milestones.record(db, "women_entrepreneurs_association", "06046", date(2024, 10, 20), "Quyết định 12/QĐ", ADMIN)
    done = progress.compute(db, plan=plan, phase_code="2025", end=date(2024, 12, 31))
    assert (done.row("women_entrepreneurs_association").achieved_text,
            done.row("women_entrepreneurs_association").status) == ("Đã xong (20/10/2024)", MET)
    earlier = progress.compute(db, plan=plan, phase_code="2025", end=date(2024, 9, 30))
    assert earlier.row("women_entrepreneurs_association").achieved_text == "Chưa"  # not done by then

    milestones.clear(db, "women_entrepreneurs_association", "06046", ADMIN)
    again = progress.compute(db, plan=plan, phase_code="2025", end=date(2024, 12, 31))
    assert again.row("women_entrepreneurs_association").achieved_text == "Chưa"


def test_a_milestone_is_a_real_date_of_a_milestone_indicator(db):
    with pytest.raises(ValidationError) as refused:
        milestones.record(db, "women_entrepreneurs_association", "06046", date(2999, 1, 1), None, ADMIN)
    assert "tương lai" in refused.value.errors["done_on"]
    with pytest.raises(HtxError, match="không phải một mốc"):
        milestones.record(db, "new_female_jobs", "06046", date(2024, 1, 1), None, ADMIN)


def test_commendations_every_two_years_check_the_date_of_the_last_one(db):
    with db.system_transaction() as session:
        session.add(Commendation(title="Giấy khen HTX Chè", level="commune", given_on=date(2023, 3, 1),
                                 unit_code="06046"))
    met = progress.compute(db, phase_code="2025", end=date(2024, 12, 31)).row("commendations_two_years")
    assert (met.achieved_text, met.status, met.percentage) == ("1 (gần nhất 01/03/2023)", MET, 100)
    late = progress.compute(db, phase_code="2025", end=date(2025, 6, 30)).row("commendations_two_years")
    assert (late.achieved, late.status) == (0, BEHIND)  # more than two years since 01/03/2023


def test_an_older_database_gets_this_versions_templates_and_retires_replaced_indicators(db):
    old_id = templates.indicator_uuid("KH-TRANGDINH-2023", "new_coops_founded")
    phase_id = templates.phase_uuid("KH-TRANGDINH-2023", "2025")
    rows = templates.template_rows()
    old_indicator = dict(next(r for r in rows[Indicator] if r["code"] == "new_coops_many_jobs"),
                         id=old_id, code="new_coops_founded", name="HTX mới")
    old_target = dict(rows[IndicatorTarget][0], id=templates.target_uuid(old_id, phase_id), indicator_id=old_id,
                      phase_id=phase_id)
    with db.system_transaction() as session:  # as the previous version left it (template rows, version 0)
        session.execute(insert(Indicator), [old_indicator])
        session.execute(insert(IndicatorTarget), [old_target])
        session.execute(update(IndicatorTarget).where(IndicatorTarget.site_id == templates.TEMPLATE_SITE,
                                                      IndicatorTarget.kind == "percent_floor").values(low=50))
    with db.read() as session:
        assert templates.templates_missing(session)
    progress.compute(db, phase_code="2025")  # any use of the plans brings them up to date
    with db.read() as session:
        assert not templates.templates_missing(session)
        old = session.get(Indicator, old_id)
        assert old.deleted and old.version == 0 and old.site_id == templates.TEMPLATE_SITE
        floors = session.scalars(select(IndicatorTarget.low).where(IndicatorTarget.kind == "percent_floor",
                                                                   IndicatorTarget.deleted.is_(False))).all()
        assert 50 not in floors
    codes = [row.code for row in progress.compute(db, phase_code="2025").rows]
    assert "new_coops_founded" not in codes and codes[0] == "new_coops_many_jobs"
