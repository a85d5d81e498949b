"""The attendance list of a training, in the core: adding people and a cooperative's managers,
completion for one and for all, taking someone off the list; and the topics in the plans' words."""

from __future__ import annotations

from datetime import date

import pytest

from htx_desktop.domain.enums import TrainingTopic
from htx_desktop.errors import HtxError, NotFound
from htx_desktop.messages import label
from htx_desktop.security.access import Actor
from htx_desktop.services import cooperatives, people, trainings
from actors import ADMIN
from plan_records import coop, course, manage, person

def names(db, training_id) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(row.full_name for row in trainings.attendees(db, training_id))


def completed(db, training_id) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(row.full_name for row in trainings.attendees(db, training_id) if row.completed)


def test_adding_people_counts_the_new_and_those_already_on_the_list(db):
    training = course(db, "governance", date(2025, 6, 10))
    lan, mai = person(db, "Nguyễn Thị Lan"), person(db, "Hoàng Thị Mai")
    assert trainings.add_attendees(db, training, [lan], ADMIN) == (1, 0)
    assert trainings.add_attendees(db, training, [lan, mai, mai], ADMIN) == (1, 1)
    assert names(db, training) == ["Hoàng Thị Mai", "Nguyễn Thị Lan"]


def test_a_cooperatives_managers_are_the_people_holding_a_post_there_today(db):
    today = date.today()  # when the test runs (the suite may start before midnight and reach here after)
    training = course(db, "governance", date(2025, 6, 10))
    cooperative = coop(db, "HTX Chè Bản Piềng", woman_manager=False)
    chair, director, former, future = (person(db, name) for name in ("Chủ tịch Lan", "Giám đốc Mai", "Cũ Đào", "Sắp tới Hoa"))
    accountant = person(db, "Kế toán Tùng", sex="male")
    manage(db, cooperative, chair, "board_chair", start=date(2024, 3, 1))
    manage(db, cooperative, director, "director")
    manage(db, cooperative, accountant, "chief_accountant", start=date(2024, 3, 1), end=today)  # ends today: still holds it
    manage(db, cooperative, former, "supervisor", start=date(2024, 3, 1), end=date(2024, 12, 31))
    manage(db, cooperative, chair, "board_member", start=date(2024, 3, 1))  # two posts, one person
    with db.system_transaction() as session:  # a post starting tomorrow (the form refuses future dates)
        from htx_desktop.storage.models import Post

        session.add(Post(person_id=future, cooperative_id=cooperative, role="supervisor",
                         started_on=date.fromordinal(today.toordinal() + 1)))
    other = coop(db, "HTX Dệt Thổ Cẩm")  # its chair is not on the list

    assert trainings.add_cooperative_managers(db, training, cooperative, ADMIN) == (3, 0)
    assert names(db, training) == ["Chủ tịch Lan", "Giám đốc Mai", "Kế toán Tùng"]

    trainings.remove_attendance(db, training, director, ADMIN)
    assert trainings.add_cooperative_managers(db, training, cooperative, ADMIN) == (1, 2)  # back after removal
    assert trainings.add_cooperative_managers(db, training, other, ADMIN) == (1, 0)
    assert len(names(db, training)) == 4


def test_managers_of_a_deleted_person_or_cooperative_are_not_added(db):
    training = course(db, "governance", date(2025, 6, 10))
    cooperative = coop(db, "HTX Miến Dong", woman_manager=False)
    gone = person(db, "Đã xóa Hạnh")
    manage(db, cooperative, gone, "director")
    people.delete(db, gone, ADMIN)
    assert trainings.add_cooperative_managers(db, training, cooperative, ADMIN) == (0, 0)
    cooperatives.delete(db, cooperative, ADMIN)
    with pytest.raises(NotFound):
        trainings.add_cooperative_managers(db, training, cooperative, ADMIN)


def test_completion_for_one_and_for_all_and_back(db):
    training = course(db, "digital", date(2025, 6, 10))
    ids = [person(db, f"Học viên {n:02}") for n in range(1, 6)]
    trainings.add_attendees(db, training, ids, ADMIN)
    trainings.set_completed(db, training, ids[0], True, ADMIN)
    assert completed(db, training) == ["Học viên 01"]
    assert trainings.set_completed_for_all(db, training, True, ADMIN) == 4
    assert len(completed(db, training)) == 5
    trainings.set_completed(db, training, ids[2], False, ADMIN)
    assert "Học viên 03" not in completed(db, training)
    assert trainings.set_completed_for_all(db, training, False, ADMIN) == 4
    assert completed(db, training) == []
    assert all(row.attended for row in trainings.attendees(db, training))


def test_completing_means_attending(db):
    from htx_desktop.domain.records import AttendanceData

    training = course(db, "law", date(2025, 6, 10))
    absent, present = person(db, "Vắng mặt Lý"), person(db, "Có mặt Xuân")
    trainings.set_attendance(db, AttendanceData(training, absent, attended=False), ADMIN)
    trainings.add_attendees(db, training, [present], ADMIN)
    trainings.set_completed_for_all(db, training, True, ADMIN)
    rows = {row.full_name: row for row in trainings.attendees(db, training)}
    assert rows["Vắng mặt Lý"].attended and rows["Vắng mặt Lý"].completed


def test_completion_of_someone_not_on_the_list_is_refused(db):
    training = course(db, "law", date(2025, 6, 10))
    stranger = person(db, "Người ngoài Thơm")
    with pytest.raises(NotFound):
        trainings.set_completed(db, training, stranger, True, ADMIN)
    trainings.add_attendees(db, training, [stranger], ADMIN)
    trainings.remove_attendance(db, training, stranger, ADMIN)
    with pytest.raises(NotFound):
        trainings.set_completed(db, training, stranger, True, ADMIN)
    assert trainings.set_completed_for_all(db, training, True, ADMIN) == 0  # removed people stay removed
    assert trainings.add_attendees(db, training, [stranger], ADMIN) == (1, 0)
    assert completed(db, training) == []  # back on the list, not completed


def test_a_viewer_changes_no_attendance(db):
    training = course(db, "law", date(2025, 6, 10))
    lan = person(db, "Nguyễn Thị Lan")
    viewer = Actor("xem", "viewer")
    with pytest.raises(HtxError, match="xem"):
        trainings.add_attendees(db, training, [lan], viewer)
    trainings.add_attendees(db, training, [lan], ADMIN)
    with pytest.raises(HtxError, match="xem"):
        trainings.set_completed_for_all(db, training, True, viewer)
    assert completed(db, training) == []


#: Each training content the plans name, in their words, and the topic that records it.
#: The words of each topic, with the words of the seed plan around them (Tràng Định: the district's
#: 2023 plan; Nam Định: the province's plan of May 2023), so the labels stay in the plans' own words.
PLAN_CONTENTS = {
    "quản trị, điều hành": (TrainingTopic.GOVERNANCE, "Tràng Định: được đào tạo, bồi dưỡng, nâng cao năng lực "
                            "quản trị, điều hành phù hợp với hoạt động sản xuất kinh doanh của HTX"),
    "công nghệ thông tin": (TrainingTopic.DIGITAL, "Tràng Định: ứng dụng công nghệ thông tin trong quản trị kinh "
                            "doanh, điều hành HTX"),
    "công nghệ số": (TrainingTopic.DIGITAL, "Nam Định: được bồi dưỡng, nâng cao nhận thức, kỹ năng công nghệ số"),
    "thương mại điện tử": (TrainingTopic.ECOMMERCE, "Tràng Định: với các sàn giao dịch thương mại điện tử/kênh/chợ "
                           "mua sắm trực tuyến"),
    "pháp luật về KTTT, HTX": (TrainingTopic.LAW, "Tràng Định: phổ biến quy định pháp luật về KTTT, HTX và các lĩnh "
                               "vực có liên quan"),
    "chuyển giao khoa học kỹ thuật": (TrainingTopic.PRODUCTION, "Nam Định: Tư vấn đào tạo nghề, chuyển giao khoa "
                                      "học kỹ thuật cho thành viên, lao động nữ"),
    "khởi nghiệp": (TrainingTopic.STARTUP, "Tràng Định: tinh thần hợp tác, khởi nghiệp sáng tạo của hội viên, "
                    "phụ nữ"),
    "kỹ năng tuyên truyền, vận động": (TrainingTopic.OUTREACH, "Tràng Định: cán bộ Hội các cấp được nâng cao kỹ "
                                       "năng tuyên truyền, vận động, hỗ trợ hội viên"),
    "đào tạo nghề dưới 3 tháng": (TrainingTopic.VOCATIONAL, "Tràng Định: tổ chức các lớp đào tạo nghề dưới 3 tháng "
                                  "cho lao động nữ"),
    "thăm quan, học tập kinh nghiệm": (TrainingTopic.STUDY_TOUR, "Tràng Định: Tổ chức và hỗ trợ tổ chức các hoạt "
                                       "động thăm quan, học tập kinh nghiệm"),
}


def test_topic_labels_use_the_plans_own_words():
    for words, (topic, _sentence) in PLAN_CONTENTS.items():
        assert words.lower() in label(topic).lower(), (words, label(topic))
    assert {topic for topic, _sentence in PLAN_CONTENTS.values()} | {TrainingTopic.OTHER} == set(TrainingTopic)


def test_the_words_of_the_topics_are_quoted_from_the_seed_plans():
    assert [words for words, (_topic, sentence) in PLAN_CONTENTS.items() if words not in sentence] == []
