"""Several officers on one database (a shared SQLite file, or the province office's PostgreSQL when
HTX_TEST_DB=postgres): a save made over someone else's newer save is refused, never silent."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from htx_desktop.domain.enums import UserRole
from htx_desktop.domain.records import AttendanceData, CooperativeData, PersonData, TrainingData, YearFiguresData
from htx_desktop.errors import ChangedSinceLoaded
from htx_desktop.security.access import Actor
from htx_desktop.services import activities, cooperatives, people, trainings, users
from htx_desktop.storage.database import Database, open_database
from actors import ADMIN

LAN = Actor("lan", UserRole.DATA_ENTRY.value)


@pytest.fixture
def officers(db: Database) -> Database:
    users.create(db, "lan", "mat-khau-cua-lan", UserRole.DATA_ENTRY, "Hoàng Thị Lan", actor=ADMIN)
    return db


def test_second_save_of_a_record_loaded_before_the_first_is_refused_naming_who_and_when(officers):
    cooperative_id = cooperatives.create(officers, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    mine, hers = cooperatives.load(officers, cooperative_id), cooperatives.load(officers, cooperative_id)

    cooperatives.update(officers, cooperative_id, CooperativeData(name="HTX Chè Khau Phạ", unit_code="06046"),
                        LAN, expected=hers.version)
    with pytest.raises(ChangedSinceLoaded) as refused:
        cooperatives.update(officers, cooperative_id, CooperativeData(name="HTX Chè Tân Cương", unit_code="06046"),
                            ADMIN, expected=mine.version)

    assert refused.value.changed_by == "lan"
    assert refused.value.message.startswith("Bản ghi này vừa được người khác (lan) sửa lúc ")
    assert refused.value.message.endswith("; tải lại để xem bản mới nhất.")
    reloaded = cooperatives.load(officers, cooperative_id)
    assert reloaded.data.name == "HTX Chè Khau Phạ" and reloaded.version > hers.version
    cooperatives.update(officers, cooperative_id, CooperativeData(name="HTX Chè Tân Cương", unit_code="06046"),
                        ADMIN, expected=reloaded.version)  # after reloading, the save goes through
    assert cooperatives.get(officers, cooperative_id).name == "HTX Chè Tân Cương"


def test_delete_and_restore_of_a_record_changed_since_loaded_are_refused(officers):
    person_id = people.create(officers, PersonData(full_name="Nông Thị Hoa", unit_code="06046"), actor=ADMIN)
    shown = people.load(officers, person_id)
    people.update(officers, person_id, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1990),
                  LAN, expected=shown.version)

    with pytest.raises(ChangedSinceLoaded):
        people.delete(officers, person_id, ADMIN, expected=shown.version)
    assert people.get(officers, person_id).birth_year == 1990

    current = people.load(officers, person_id)
    people.delete(officers, person_id, ADMIN, expected=current.version)
    with pytest.raises(ChangedSinceLoaded):  # the list still showed it before the delete
        people.restore(officers, person_id, LAN, expected=current.version)


def test_trainings_and_activity_records_check_the_loaded_version_too(officers):
    training_id = trainings.create(officers, TrainingData(title="Kế toán HTX", unit_code="06046", topic="governance",
                                                          starts_on=date(2024, 5, 2)), actor=ADMIN)
    shown = trainings.load(officers, training_id)
    trainings.update(officers, training_id, TrainingData(title="Kế toán HTX cơ bản", unit_code="06046", topic="governance",
                                                         starts_on=date(2024, 5, 2)), LAN, expected=shown.version)
    with pytest.raises(ChangedSinceLoaded):
        trainings.update(officers, training_id, TrainingData(title="Kế toán", unit_code="06046", topic="governance",
                                                             starts_on=date(2024, 5, 2)), ADMIN, expected=shown.version)

    outreach = activities.OUTREACH
    event = outreach.create(officers, outreach.data(title="Tuyên truyền Luật HTX", unit_code="06046",
                                                    held_on=date(2024, 6, 1)), ADMIN)
    loaded = outreach.load(officers, event)
    outreach.delete(officers, event, LAN, expected=loaded.version)
    with pytest.raises(ChangedSinceLoaded):
        outreach.update(officers, event, loaded.data, ADMIN, expected=loaded.version)


def test_year_figures_entered_by_two_officers_the_second_is_refused_and_the_first_kept(officers):
    tea = cooperatives.create(officers, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    mine, hers = cooperatives.load_year(officers, tea, 2024), cooperatives.load_year(officers, tea, 2024)
    assert (mine.version, mine.data) == (0, YearFiguresData(2024))  # none recorded yet

    cooperatives.set_year_figures(officers, tea, YearFiguresData(2024, workers=12, female_workers=9), LAN,
                                  expected=hers.version)
    with pytest.raises(ChangedSinceLoaded) as refused:
        cooperatives.set_year_figures(officers, tea, YearFiguresData(2024, workers=30, female_workers=2), ADMIN,
                                      expected=mine.version)

    assert refused.value.message.startswith("Bản ghi này vừa được người khác (lan) sửa lúc ")
    newest = cooperatives.load_year(officers, tea, 2024)
    assert (newest.data.workers, newest.data.female_workers) == (12, 9)
    saved = cooperatives.set_year_figures(officers, tea, YearFiguresData(2024, workers=12, female_workers=10), ADMIN,
                                          expected=newest.version)  # after reloading, the correction goes through
    assert saved == cooperatives.load_year(officers, tea, 2024).version > newest.version
    with pytest.raises(ChangedSinceLoaded):  # and the other officer's form, loaded before it, is refused
        cooperatives.set_year_figures(officers, tea, YearFiguresData(2024, workers=1), LAN, expected=newest.version)
    assert [(year.year, year.female_workers) for year in cooperatives.year_figures(officers, tea)] == [(2024, 10)]
    # another year is another record: its form expects none
    cooperatives.set_year_figures(officers, tea, YearFiguresData(2023, workers=8), LAN, expected=0)


def _attendance(officers):  # type: ignore[no-untyped-def]
    course = trainings.create(officers, TrainingData(title="Kế toán HTX", unit_code="06046", topic="governance",
                                                     starts_on=date(2024, 5, 2)), actor=ADMIN)
    hoa = people.create(officers, PersonData(full_name="Nông Thị Hoa", unit_code="06046"), actor=ADMIN)
    mai = people.create(officers, PersonData(full_name="Hoàng Thị Mai", unit_code="06046"), actor=ADMIN)
    trainings.add_attendees(officers, course, [hoa, mai], ADMIN)
    return course, hoa, mai


def _shown(officers, course, person):  # type: ignore[no-untyped-def]
    return next(row for row in trainings.attendees(officers, course) if row.person_id == person)


def test_attendance_changed_by_another_officer_since_the_list_was_read_is_not_overwritten(officers):
    course, hoa, _mai = _attendance(officers)
    shown = _shown(officers, course, hoa)  # both officers' lists show Hoa attending, not completed

    trainings.set_completed(officers, course, hoa, True, LAN, expected=shown.version)
    with pytest.raises(ChangedSinceLoaded) as refused:  # the other officer unticks "Tham dự" on her old list
        trainings.set_attendance(officers, AttendanceData(course, hoa, attended=False), ADMIN, expected=shown.version)
    assert refused.value.changed_by == "lan"
    with pytest.raises(ChangedSinceLoaded):
        trainings.set_completed(officers, course, hoa, False, ADMIN, expected=shown.version)
    with pytest.raises(ChangedSinceLoaded):
        trainings.remove_attendance(officers, course, hoa, ADMIN, expected=shown.version)
    now = _shown(officers, course, hoa)
    assert (now.attended, now.completed) == (True, True)

    trainings.remove_attendance(officers, course, hoa, LAN, expected=now.version)
    with pytest.raises(ChangedSinceLoaded) as refused:  # taken off the list meanwhile: not put back by a tick
        trainings.set_completed(officers, course, hoa, False, ADMIN, expected=now.version)
    assert refused.value.changed_by == "lan"
    assert [row.full_name for row in trainings.attendees(officers, course)] == ["Hoàng Thị Mai"]
    trainings.set_attendance(officers, AttendanceData(course, hoa), ADMIN, expected=0)  # she is put back knowingly
    assert len(trainings.attendees(officers, course)) == 2


def test_everyone_completed_is_refused_when_the_list_changed_since_it_was_read(officers):
    course, hoa, mai = _attendance(officers)
    seen = {row.person_id: row.version for row in trainings.attendees(officers, course)}

    trainings.set_completed(officers, course, mai, True, LAN, expected=seen[mai])
    with pytest.raises(ChangedSinceLoaded):  # "Bỏ hoàn thành cho tất cả" would have undone Lan's tick unseen
        trainings.set_completed_for_all(officers, course, False, ADMIN, expected=seen)
    assert [row.completed for row in trainings.attendees(officers, course)] == [True, False]  # Mai, Hoa

    seen = {row.person_id: row.version for row in trainings.attendees(officers, course)}
    nga = people.create(officers, PersonData(full_name="Lý Thị Nga", unit_code="06046"), actor=ADMIN)
    trainings.add_attendees(officers, course, [nga], LAN)
    with pytest.raises(ChangedSinceLoaded):  # someone added since: not in the list the officer saw
        trainings.set_completed_for_all(officers, course, True, ADMIN, expected=seen)
    seen = {row.person_id: row.version for row in trainings.attendees(officers, course)}
    trainings.remove_attendance(officers, course, hoa, LAN, expected=seen[hoa])
    with pytest.raises(ChangedSinceLoaded):  # someone taken off since
        trainings.set_completed_for_all(officers, course, True, ADMIN, expected=seen)
    assert sum(row.completed for row in trainings.attendees(officers, course)) == 1

    seen = {row.person_id: row.version for row in trainings.attendees(officers, course)}
    assert trainings.set_completed_for_all(officers, course, True, ADMIN, expected=seen) == 1


def test_a_milestone_recorded_or_cleared_by_another_officer_since_shown_is_not_overwritten(officers):
    from htx_desktop.plans import milestones

    code = "women_entrepreneurs_association"
    milestones.record(officers, code, "06046", date(2024, 10, 20), None, LAN, expected=0)
    with pytest.raises(ChangedSinceLoaded) as refused:  # this officer's dialog opened before: none was recorded
        milestones.record(officers, code, "06046", date(2024, 10, 1), "Quyết định 35", ADMIN, expected=0)
    assert refused.value.changed_by == "lan"
    shown = milestones.recorded(officers, code, "06046")
    assert (shown.done_on, shown.note) == (date(2024, 10, 20), None)

    milestones.clear(officers, code, "06046", LAN, expected=shown.version)
    with pytest.raises(ChangedSinceLoaded):  # cleared meanwhile: not recorded again unseen
        milestones.record(officers, code, "06046", date(2024, 10, 20), "Quyết định 35", ADMIN, expected=shown.version)
    with pytest.raises(ChangedSinceLoaded):
        milestones.clear(officers, code, "06046", ADMIN, expected=shown.version)
    assert milestones.recorded(officers, code, "06046") is None
    milestones.record(officers, code, "06046", date(2024, 10, 20), "Quyết định 35", ADMIN, expected=0)
    assert milestones.recorded(officers, code, "06046").note == "Quyết định 35"


def test_a_post_changed_by_another_officer_since_shown_is_not_ended_over_it(officers):
    from htx_desktop.domain.records import PostData

    tea = cooperatives.create(officers, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    hoa = people.create(officers, PersonData(full_name="Nông Thị Hoa", unit_code="06046"), actor=ADMIN)
    post = cooperatives.add_post(officers, PostData(hoa, tea, "director", date(2020, 1, 1)), ADMIN)
    shown = cooperatives.posts_of(officers, tea)[0]

    cooperatives.end_post(officers, post, date(2024, 3, 5), LAN, expected=shown.version)
    with pytest.raises(ChangedSinceLoaded) as refused:
        cooperatives.end_post(officers, post, date(2024, 12, 31), ADMIN, expected=shown.version)
    assert refused.value.changed_by == "lan"
    newest = cooperatives.posts_of(officers, tea)[0]
    assert newest.ended_on == date(2024, 3, 5)
    cooperatives.end_post(officers, post, date(2024, 12, 31), ADMIN, expected=newest.version)
    assert cooperatives.posts_of(officers, tea)[0].ended_on == date(2024, 12, 31)


def test_an_issuer_saved_by_another_administrator_since_shown_is_not_overwritten(officers):
    from dataclasses import replace

    from htx_desktop.errors import ChangedSinceShown
    from htx_desktop.reports import settings

    shown = settings.issuer(officers)  # both administrators' screens show the default
    settings.save_issuer(officers, replace(shown, signer="Hoàng Thị Thu"), ADMIN, shown=shown)
    with pytest.raises(ChangedSinceShown) as refused:
        settings.save_issuer(officers, replace(shown, signer="Nông Văn Bình"), ADMIN, shown=shown)

    assert refused.value.message == "Cơ quan ban hành vừa được người quản trị khác sửa; tải lại để xem bản mới nhất."
    newest = settings.issuer(officers)
    assert newest.signer == "Hoàng Thị Thu"
    with pytest.raises(ChangedSinceShown):  # switching the kind over it is refused too
        settings.save_issuer(officers, settings.issuer(officers, "committee"), ADMIN, shown=shown)
    settings.save_issuer(officers, replace(newest, signer="Nông Văn Bình"), ADMIN, shown=newest)
    assert settings.issuer(officers).signer == "Nông Văn Bình"


def _race(location: str, jobs: list) -> list[BaseException | None]:  # type: ignore[type-arg]
    """Run each job in its own thread, on its own connection to the database, all released at once."""
    start = threading.Barrier(len(jobs))
    outcomes: list[BaseException | None] = [None] * len(jobs)

    def run(index: int) -> None:
        database = open_database(location)
        try:
            start.wait()
            jobs[index](database)
        except BaseException as error:  # noqa: BLE001 (the outcome is what the test checks)
            outcomes[index] = error
        finally:
            database.dispose()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_two_writers_saving_the_same_record_at_once_one_wins_and_one_is_told(officers):
    cooperative_id = cooperatives.create(officers, CooperativeData(name="HTX Miến Dong", unit_code="06046"),
                                         actor=ADMIN)
    loaded = cooperatives.load(officers, cooperative_id)

    def save(actor: Actor):  # type: ignore[no-untyped-def]
        return lambda database: cooperatives.update(
            database, cooperative_id, CooperativeData(name=names[actor.username], unit_code="06046"), actor,
            expected=loaded.version)

    for round_ in range(5):  # several rounds, so the two really overlap at least sometimes
        loaded = cooperatives.load(officers, cooperative_id)
        names = {"admin": f"HTX Miến Dong Bình Liêu {round_}", "lan": f"HTX Miến Dong Tràng Định {round_}"}
        outcomes = _race(officers.url, [save(ADMIN), save(LAN)])

        refused = [outcome for outcome in outcomes if outcome is not None]
        assert len(refused) == 1 and isinstance(refused[0], ChangedSinceLoaded), outcomes
        winner = ["admin", "lan"][outcomes.index(None)]
        assert refused[0].changed_by == winner
        assert cooperatives.get(officers, cooperative_id).name == names[winner]


def test_two_writers_saving_different_records_at_once_both_save(officers):
    first = cooperatives.create(officers, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    second = cooperatives.create(officers, CooperativeData(name="HTX Hồi", unit_code="06046"), actor=ADMIN)
    versions = {first: cooperatives.load(officers, first).version, second: cooperatives.load(officers, second).version}

    def rename(record, name, actor):  # type: ignore[no-untyped-def]
        return lambda database: cooperatives.update(database, record, CooperativeData(name=name, unit_code="06046"),
                                                    actor, expected=versions[record])

    outcomes = _race(officers.url, [rename(first, "HTX Chè Shan Tuyết", ADMIN), rename(second, "HTX Hồi Văn Quan", LAN)])

    assert outcomes == [None, None]
    assert cooperatives.get(officers, first).name == "HTX Chè Shan Tuyết"
    assert cooperatives.get(officers, second).name == "HTX Hồi Văn Quan"


def test_a_user_changed_by_another_administrator_since_shown_is_not_overwritten(officers):
    from htx_desktop.errors import HtxError

    shown = next(user for user in users.list_users(officers) if user.username == "lan")
    users.update(officers, shown.id, UserRole.VIEWER, True, actor=ADMIN, shown=shown)  # the other administrator

    with pytest.raises(HtxError) as refused:
        users.update(officers, shown.id, UserRole.DATA_ENTRY, False, actor=ADMIN, shown=shown)

    assert refused.value.message == "Người dùng “lan” vừa được người quản trị khác sửa; tải lại để xem bản mới nhất."
    now = next(user for user in users.list_users(officers) if user.username == "lan")
    assert (now.role, now.active) == (UserRole.VIEWER.value, True)


def test_two_writers_entering_the_same_new_year_at_once_one_wins_and_one_is_told(officers):
    tea = cooperatives.create(officers, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)

    def enter(actor: Actor, workers: int):  # type: ignore[no-untyped-def]
        return lambda database: cooperatives.set_year_figures(
            database, tea, YearFiguresData(year, workers=workers), actor, expected=0)

    for year in range(2019, 2024):  # a new year each round: both forms saw none
        outcomes = _race(officers.url, [enter(ADMIN, 10), enter(LAN, 20)])

        refused = [outcome for outcome in outcomes if outcome is not None]
        assert len(refused) == 1 and isinstance(refused[0], ChangedSinceLoaded), outcomes
        winner = outcomes.index(None)
        assert refused[0].changed_by == ["admin", "lan"][winner]
        assert cooperatives.load_year(officers, tea, year).data.workers == [10, 20][winner]


def test_two_writers_ticking_the_same_attendee_at_once_one_wins_and_one_is_told(officers):
    course, hoa, _mai = _attendance(officers)

    def tick(actor: Actor, attended: bool):  # type: ignore[no-untyped-def]
        return lambda database: trainings.set_attendance(
            database, AttendanceData(course, hoa, attended=attended, completed=attended), actor, expected=shown.version)

    for _round in range(5):
        shown = _shown(officers, course, hoa)
        outcomes = _race(officers.url, [tick(ADMIN, not shown.completed), tick(LAN, not shown.completed)])

        refused = [outcome for outcome in outcomes if outcome is not None]
        assert len(refused) == 1 and isinstance(refused[0], ChangedSinceLoaded), outcomes
        assert _shown(officers, course, hoa).completed is (not shown.completed)
