from datetime import date

from htx_desktop.domain.derivations import HeldPost, female_share, many_jobs_for_women, women_managed

DAY = date(2025, 6, 30)
HTX, THT = "cooperative", "group"


def test_a_woman_in_a_current_management_post_makes_it_women_managed():
    posts = [HeldPost("director", "male", None, None), HeldPost("board_chair", "female", date(2020, 1, 1), None)]
    assert women_managed(HTX, posts, DAY)


def test_a_woman_whose_post_ended_does_not_count():
    posts = [HeldPost("board_chair", "female", date(2020, 1, 1), date(2024, 12, 31))]
    assert not women_managed(HTX, posts, DAY)
    assert women_managed(HTX, posts, date(2024, 12, 31))


def test_a_post_not_yet_started_does_not_count_and_men_do_not_count():
    assert not women_managed(HTX, [HeldPost("director", "female", date(2026, 1, 1), None)], DAY)
    assert not women_managed(HTX, [HeldPost("director", "male", None, None)], DAY)


def test_the_plans_managers_of_an_htx_are_board_director_and_supervisors_not_the_chief_accountant():
    for role in ("board_chair", "board_member", "director", "deputy_director", "supervisor_head", "supervisor"):
        assert women_managed(HTX, [HeldPost(role, "female", None, None)], DAY), role
    assert not women_managed(HTX, [HeldPost("chief_accountant", "female", None, None)], DAY)
    assert not women_managed(HTX, [HeldPost("group_leader", "female", None, None)], DAY)


def test_a_group_is_women_managed_when_a_woman_leads_it():
    assert women_managed(THT, [HeldPost("group_leader", "female", None, None)], DAY)
    assert not women_managed(THT, [HeldPost("board_chair", "female", None, None)], DAY)
    assert not women_managed(THT, [HeldPost("group_leader", "male", None, None)], DAY)


def test_many_jobs_for_women_means_strictly_more_than_half():
    assert many_jobs_for_women(12, 9)
    assert not many_jobs_for_women(12, 6)
    assert not many_jobs_for_women(None, 3)
    assert not many_jobs_for_women(0, 0)
    assert female_share(12, 9) == 0.75
