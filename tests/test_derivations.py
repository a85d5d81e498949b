from datetime import date

from htx_desktop.domain.derivations import HeldPost, female_share, many_jobs_for_women, women_managed

DAY = date(2025, 6, 30)


def test_a_woman_in_a_current_management_post_makes_it_women_managed():
    posts = [HeldPost("director", "male", None, None), HeldPost("board_chair", "female", date(2020, 1, 1), None)]
    assert women_managed(posts, DAY)


def test_a_woman_whose_post_ended_does_not_count():
    posts = [HeldPost("board_chair", "female", date(2020, 1, 1), date(2024, 12, 31))]
    assert not women_managed(posts, DAY)
    assert women_managed(posts, date(2024, 12, 31))


def test_a_post_not_yet_started_does_not_count_and_men_do_not_count():
    assert not women_managed([HeldPost("director", "female", date(2026, 1, 1), None)], DAY)
    assert not women_managed([HeldPost("director", "male", None, None)], DAY)


def test_many_jobs_for_women_means_strictly_more_than_half():
    assert many_jobs_for_women(12, 9)
    assert not many_jobs_for_women(12, 6)
    assert not many_jobs_for_women(None, 3)
    assert not many_jobs_for_women(0, 0)
    assert female_share(12, 9) == 0.75
