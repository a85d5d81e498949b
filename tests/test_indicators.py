"""Each indicator formula on a handful of records whose expected figure can be counted by eye."""

from datetime import date

from htx_desktop.plans.drilldown import records
from htx_desktop.plans.areas import area_codes
from htx_desktop.services import trainings
from plan_records import YEAR_2024, attend, coop, course, figure, jobs, manage, person, support
from actors import ADMIN


def test_new_cooperatives_count_union_supported_women_managed_ones_founded_in_the_period_and_not_dissolved(db):
    coop(db, "HTX Chè Bản Piềng", founded=date(2024, 3, 1))
    coop(db, "HTX Mật ong Khau Slao", founded=date(2024, 6, 1))
    coop(db, "HTX Miến dong", founded=date(2024, 5, 1), dissolved=date(2024, 11, 30))  # dissolved: no
    coop(db, "HTX Rau sạch", founded=date(2024, 2, 1), supported=False)  # without the union: no
    coop(db, "HTX Vịt bầu", founded=date(2022, 5, 1))  # before the period: no
    coop(db, "HTX Trúc", founded=date(2024, 4, 1), woman_manager=False)  # no woman manages it: no
    coop(db, "THT Dệt thổ cẩm", kind="group", founded=date(2024, 7, 1))  # a group, not an HTX

    assert figure(db, "new_coops_founded", *YEAR_2024).value == 2
    assert figure(db, "new_groups_founded", *YEAR_2024).value == 1
    assert figure(db, "new_coops_groups_founded", *YEAR_2024).value == 3
    # Up to 31/10/2024 the dissolved one still counted (dissolved on 30/11/2024).
    assert figure(db, "new_coops_founded", date(2024, 1, 1), date(2024, 10, 31)).value == 3


def test_a_cooperative_whose_only_woman_manager_left_is_no_longer_counted_as_women_managed(db):
    cooperative = coop(db, "HTX Hồi Tràng Định", founded=date(2024, 3, 1), woman_manager=False)
    manage(db, cooperative, person(db, "Hoàng Thị Nhung"), start=date(2024, 3, 1), end=date(2024, 12, 31))
    manage(db, cooperative, person(db, "Lý Văn Páo", sex="male"), "director", start=date(2024, 3, 1))

    assert figure(db, "new_coops_founded", *YEAR_2024).value == 1  # she held the post on 31/12/2024
    assert figure(db, "new_coops_founded", date(2024, 1, 1), date(2025, 6, 30)).value == 0


def test_new_jobs_for_women_add_up_the_reports_of_the_period_of_cooperatives_still_alive(db):
    tea = coop(db, "HTX Chè", founded=date(2020, 1, 1))
    noodles = coop(db, "HTX Miến", founded=date(2020, 1, 1), dissolved=date(2025, 3, 1))
    jobs(db, tea, date(2023, 12, 31), new=7, stable=3)  # before 2024
    jobs(db, tea, date(2024, 6, 30), new=5, stable=10)
    jobs(db, tea, date(2024, 12, 31), new=3, stable=14)
    jobs(db, tea, date(2024, 12, 31), new=100, stable=0, deleted=True)  # deleted report
    jobs(db, noodles, date(2024, 12, 31), new=4, stable=6)

    assert figure(db, "new_female_jobs", *YEAR_2024).value == 5 + 3 + 4
    # Measured to the end of 2025 the dissolved HTX Miến no longer counts.
    assert figure(db, "new_female_jobs", date(2024, 1, 1), date(2025, 12, 31)).value == 5 + 3


def test_stable_jobs_take_each_cooperatives_latest_report_so_no_job_counts_twice(db):
    tea = coop(db, "HTX Chè", founded=date(2020, 1, 1))
    weaving = coop(db, "THT Dệt", kind="group", founded=date(2020, 1, 1))
    jobs(db, tea, date(2024, 6, 30), new=5, stable=10)
    jobs(db, tea, date(2024, 12, 31), new=3, stable=14)  # the latest: 14
    jobs(db, weaving, date(2024, 9, 30), new=0, stable=6)
    jobs(db, weaving, date(2025, 3, 31), new=0, stable=9)  # after 2024

    assert figure(db, "stable_female_jobs", *YEAR_2024).value == 14 + 6
    assert figure(db, "stable_female_jobs_coops", *YEAR_2024).value == 14
    assert figure(db, "stable_female_jobs_groups", *YEAR_2024).value == 6


def test_strengthened_counts_union_founded_women_managed_cooperatives_given_strengthening_in_the_period(db):
    tea = coop(db, "HTX Chè", founded=date(2020, 1, 1))
    honey = coop(db, "HTX Mật ong", founded=date(2020, 1, 1))
    weaving = coop(db, "THT Dệt", kind="group", founded=date(2021, 1, 1))
    alone = coop(db, "HTX Rau", founded=date(2020, 1, 1), supported=False)  # not union-founded
    gone = coop(db, "HTX Miến", founded=date(2020, 1, 1), dissolved=date(2024, 10, 1))
    support(db, tea, date(2024, 5, 10))
    support(db, tea, date(2024, 9, 10))  # twice: still one HTX
    support(db, honey, date(2022, 5, 10))  # before the period
    support(db, honey, date(2024, 5, 10), kind="loan")  # a loan is not strengthening
    support(db, weaving, date(2024, 8, 1))
    support(db, alone, date(2024, 8, 1))
    support(db, gone, date(2024, 3, 1))

    share = figure(db, "strengthened_share", *YEAR_2024)
    assert (share.numerator, share.denominator) == (2, 3)  # Chè and Dệt, of Chè, Mật ong and Dệt
    assert round(share.value, 1) == 66.7
    assert figure(db, "strengthened_coops", *YEAR_2024).value == 1
    assert figure(db, "strengthened_groups", *YEAR_2024).value == 1


def test_women_managers_trained_counts_completed_management_courses_of_women_holding_a_post_at_the_end(db):
    tea = coop(db, "HTX Chè", founded=date(2020, 1, 1), woman_manager=False)
    weaving = coop(db, "THT Dệt", kind="group", founded=date(2020, 1, 1), woman_manager=False)
    gone = coop(db, "HTX Miến", founded=date(2020, 1, 1), dissolved=date(2024, 6, 1), woman_manager=False)
    lan, mai, hoa, cuc = (person(db, n) for n in ("Nông Thị Lan", "Hà Thị Mai", "Lục Thị Hoa", "Vi Thị Cúc"))
    dao, ly, hong = person(db, "Hoàng Thị Đào"), person(db, "Lý Văn Lý", sex="male"), person(db, "Đinh Thị Hồng")
    manage(db, tea, lan, "board_chair")
    manage(db, weaving, lan, "supervisor")  # two posts: one woman
    manage(db, tea, mai, "director")
    manage(db, weaving, hoa, "group_leader")
    manage(db, tea, cuc, "chief_accountant")
    manage(db, tea, dao, "supervisor_head", end=date(2024, 6, 30))  # post ended: not counted
    manage(db, tea, ly, "board_member")  # a man: not counted
    manage(db, gone, hong, "board_chair")  # cooperative dissolved: not counted
    governance, digital = course(db, "governance", date(2024, 4, 2)), course(db, "digital", date(2024, 10, 7))
    production = course(db, "production", date(2024, 5, 20))
    attend(db, governance, lan)
    attend(db, governance, mai, completed=False)  # attended, not completed
    attend(db, production, hoa)  # production technique is not a management course
    attend(db, digital, cuc)
    for someone in (dao, ly, hong):
        attend(db, governance, someone)

    # "Nữ quản lý của HTX": board, director, supervisory board of an HTX; not the chief accountant
    # (Cúc), not the leader of a group (Hoa).
    trained = figure(db, "managers_trained", *YEAR_2024)
    assert (trained.numerator, trained.denominator, trained.value) == (1, 2, 50.0)  # Lan of Lan, Mai
    leaders = figure(db, "group_leaders_trained", *YEAR_2024)
    assert (leaders.numerator, leaders.denominator) == (0, 1)  # Hoa: production is not a management course


def test_union_cadres_trained_and_outreach_skills_count_completed_courses_of_cadres(db):
    cadres = [person(db, f"Cán bộ {n}", cadre=level) for n, level in
              (("Thủy", "commune"), ("Hương", "commune"), ("Ngọc", "province"), ("Yến", "commune"))]
    member = person(db, "Hội viên Lan")  # not a cadre
    law, outreach = course(db, "law", date(2024, 3, 5)), course(db, "outreach", date(2024, 8, 12), date(2024, 8, 13))
    dropped = course(db, "outreach", date(2024, 9, 9))
    attend(db, law, cadres[0])
    attend(db, outreach, cadres[1], completed=False)
    attend(db, outreach, cadres[2])
    attend(db, dropped, cadres[3])
    trainings.delete(db, dropped, actor=ADMIN)  # a deleted training counts for no one
    attend(db, outreach, member)

    trained = figure(db, "cadres_trained", *YEAR_2024)
    assert (trained.numerator, trained.denominator) == (2, 4)  # Thủy (law), Ngọc (outreach)
    outreach_skills = figure(db, "cadres_outreach", *YEAR_2024)
    assert (outreach_skills.numerator, outreach_skills.denominator, outreach_skills.value) == (1, 4, 25.0)


def test_a_training_counts_in_the_period_it_ends_in(db):
    cadre = person(db, "Cán bộ Thủy", cadre="commune")
    attend(db, course(db, "outreach", date(2024, 12, 30), date(2025, 1, 2)), cadre)
    assert figure(db, "cadres_outreach", *YEAR_2024).numerator == 0
    assert figure(db, "cadres_outreach", date(2025, 1, 1), date(2025, 12, 31)).numerator == 1


def test_drill_down_lists_the_counted_records_first_then_those_still_missing(db):
    tea = coop(db, "HTX Chè", founded=date(2020, 1, 1))
    coop(db, "HTX Mật ong", founded=date(2020, 1, 1))
    support(db, tea, date(2024, 5, 10))
    with db.read() as session:
        found = records(session, "strengthened_share", area_codes(session, "06046"), *YEAR_2024)
    assert found.total == 2
    assert [(r.name, r.counted, r.detail) for r in found.rows] == [
        ("HTX Chè", True, date(2024, 5, 10)), ("HTX Mật ong", False, None)]
    assert found.rows[0].unit_name == "Xã Tràng Định"
