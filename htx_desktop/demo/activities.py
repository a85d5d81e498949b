"""Demo trainings and who attended them, outreach events, commendations and funding entries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from htx_desktop.demo import vocabulary as v
from htx_desktop.demo.common import AGRI_ENV_MERGED, DISTRICTS_ABOLISHED, Commune, Context, Picker
from htx_desktop.demo.cooperatives import CoopInfo
from htx_desktop.demo.people import Pool
from htx_desktop.storage.models import Attendance, Commendation, FundingEntry, OutreachEvent, Training
from htx_desktop.storage.models.trainings import attendance_uuid
from htx_desktop.text import search_key

FIRST_DAY = date(2023, 1, 1)
LAST_TRAINING_DAY = date(2026, 11, 30)
_TOPICS = Picker(list(v.TRAINING_TITLES_BY_TOPIC), (18, 16, 14, 12, 18, 10, 12))
_ONLINE = {"digital": 0.25, "ecommerce": 0.25, "law": 0.2, "governance": 0.1, "outreach": 0.1}
_TARGETS = {
    "governance": (("women_managers", 7), ("mixed", 3)),
    "digital": (("women_managers", 3), ("members_workers", 4), ("mixed", 3)),
    "ecommerce": (("women_managers", 3), ("members_workers", 4), ("mixed", 3)),
    "law": (("women_managers", 3), ("union_cadres", 2), ("mixed", 5)),
    "production": (("members_workers", 8), ("mixed", 2)),
    "outreach": (("union_cadres", 7), ("mixed", 3)),
    "vocational": (("members_workers", 1),),
}
_FUNDING = Picker([code for code, _ in v.FUNDING_SOURCES], (30, 35, 20, 5, 10))
_TRAINING_FUNDING = Picker([code for code, _ in v.FUNDING_SOURCES if code != "credit"], (30, 40, 20, 10))
_ORGANISER_WEIGHTS = dict(zip(v.ORGANISERS, (30, 12, 15, 3, 8, 6, 6, 5, 5, 4, 6)))
_COMMENDATION_WEIGHTS = dict(zip(v.COMMENDATION_TITLES, (30, 15, 20, 10, 8, 5, 3, 2, 4)))
_FUNDING_PURPOSES = (
    "Hỗ trợ HTX tham gia hội chợ, triển lãm",
    "In tài liệu tuyên truyền về kinh tế tập thể",
    "Hỗ trợ thành lập tổ hợp tác do phụ nữ quản lý",
    "Tổ chức diễn đàn phụ nữ khởi nghiệp",
    "Hỗ trợ xây dựng mô hình HTX điểm",
    "Khảo sát, đánh giá hoạt động HTX, tổ hợp tác",
    "Hỗ trợ thiết kế bao bì, nhãn mác sản phẩm",
)


def fits(text: str, day: date) -> bool:
    """Whether a body, place or title named in a record existed on that day."""
    if "huyện" in text and day >= DISTRICTS_ABOLISHED:
        return False
    if "Kinh tế xã" in text and day < DISTRICTS_ABOLISHED:
        return False
    if "Nông nghiệp và Môi trường" in text and day < AGRI_ENV_MERGED:
        return False
    if "Phát triển nông thôn" in text and day >= AGRI_ENV_MERGED:
        return False
    if "113/2024" in text and day < date(2024, 10, 1):
        return False
    return not ("năm 2023" in text and day < date(2023, 7, 1))


def _pick(ctx: Context, weights: dict[str, int], day: date) -> str:
    fitting = [text for text in weights if fits(text, day)]
    return ctx.rng.choices(fitting, [weights[text] for text in fitting])[0]


@dataclass
class TrainingInfo:
    id: uuid.UUID
    title: str
    target: str
    starts_on: date
    ends_on: date
    funding: str


def trainings(ctx: Context, communes: list[Commune]) -> dict[str, list[TrainingInfo]]:
    ctx.begin(Training)
    rng = ctx.rng
    made: dict[str, list[TrainingInfo]] = {}
    places = [p for p in v.TRAINING_PLACES if p != "Trực tuyến"]
    for commune in communes:
        found = made[commune.code] = []
        for _ in range(commune.quota["trainings"]):
            topic = _TOPICS(rng)
            starts = ctx.day(FIRST_DAY, LAST_TRAINING_DAY)
            titles = [t for t in v.TRAINING_TITLES_BY_TOPIC[topic] if fits(t, starts)]
            title = rng.choice(titles)
            if topic == "vocational":
                ends = starts + timedelta(days=rng.randint(30, 90))
            else:
                ends = starts + timedelta(days=rng.choice((0, 0, 1, 1, 2)))
            online = rng.random() < _ONLINE.get(topic, 0.0)
            place = "Trực tuyến" if online else rng.choice([p for p in places if fits(p, starts)])
            targets = _TARGETS[topic]
            target = rng.choices([t for t, _ in targets], [w for _, w in targets])[0]
            funding = ("national_target_programme" if topic == "vocational" and rng.random() < 0.7
                       else _TRAINING_FUNDING(rng))  # a course is not paid for on credit
            info = TrainingInfo(ctx.uuid(), title, target, starts, ends, funding)
            found.append(info)
            ctx.add(commune.code, {
                "id": info.id,
                "title": title,
                "title_key": search_key(title),
                "topic": topic,
                "format": "online" if online else "in_person",
                "starts_on": starts,
                "ends_on": ends,
                "place": place,
                "organiser": _pick(ctx, _ORGANISER_WEIGHTS, starts),
                "funding_source": funding,
                "target_group": target,
                "unit_code": commune.code,
                "notes": None,
            })
    ctx.finish()
    return made


def attendances(
    ctx: Context, communes: list[Commune], held: dict[str, list[TrainingInfo]], pools: dict[str, Pool]
) -> None:
    """People of the training's commune, no one twice; managers and cadres first where aimed at."""
    ctx.begin(Attendance)
    rng, today, add = ctx.rng, ctx.today, ctx.add
    for commune in communes:
        pool = pools[commune.code]
        everyone = pool.ids
        preferred = {
            "women_managers": list(dict.fromkeys(pool.managers)),
            "union_cadres": pool.cadres,
        }
        average = commune.quota["attendances"] / max(1, commune.quota["trainings"])
        for training in held[commune.code]:
            if training.starts_on > today or not everyone:
                continue  # not held yet
            size = min(len(everyone), max(5, int(rng.gauss(average, average * 0.25))))
            first = preferred.get(training.target, [])
            chosen = rng.sample(first, min(len(first), int(size * 0.8)))
            taken = set(chosen)
            if len(chosen) < size:
                extra = rng.sample(everyone, min(len(everyone), size + len(chosen)))
                chosen += [p for p in extra if p not in taken][: size - len(chosen)]
            finished = training.ends_on <= today
            for person in chosen:
                attended = rng.random() < 0.96
                add(commune.code, {
                    "id": attendance_uuid(training.id, person),
                    "training_id": training.id,
                    "person_id": person,
                    "attended": attended,
                    "completed": attended and finished and rng.random() < 0.9,
                })
    ctx.finish()


_POSTS = (
    "Giới thiệu sản phẩm OCOP của HTX do phụ nữ quản lý",
    "Gương phụ nữ làm kinh tế tập thể giỏi",
    "Hướng dẫn thủ tục thành lập tổ hợp tác",
    "Phụ nữ vùng cao bán hàng trên sàn thương mại điện tử",
)
_AUDIENCES = ("Hội viên phụ nữ", "Thành viên HTX, tổ hợp tác", "Cán bộ Hội cơ sở", "Phụ nữ dân tộc thiểu số",
              "Phụ nữ khởi nghiệp")


def _outreach_kind(title: str) -> str:
    """The form of an outreach event, from its title."""
    if title.startswith("Hội thi"):
        return "contest"
    if title.startswith(("Diễn đàn", "Đối thoại", "Tọa đàm", "Sinh hoạt chuyên đề")):
        return "talk"
    if "chi hội" in title or "hội viên" in title:
        return "meeting"
    return "other"


def outreach_events(ctx: Context, communes: list[Commune]) -> None:
    ctx.begin(OutreachEvent)
    rng = ctx.rng
    for commune in communes:
        for _ in range(rng.randint(6, 14)):
            held_on = ctx.day(FIRST_DAY, ctx.today)
            chance = rng.random()
            if chance < 0.15:  # a post on the union's page
                title = rng.choice(_POSTS)
                ctx.add(commune.code, {
                    "title": title, "title_key": search_key(title), "held_on": held_on, "unit_code": commune.code,
                    "kind": "social_post", "platform": rng.choice(("facebook", "zalo")), "format": "online",
                    "place": None, "audience": rng.choice(_AUDIENCES), "participants": None,
                    "female_participants": None, "notes": None,
                })
                continue
            title = rng.choice([t for t in v.OUTREACH_TITLES if fits(t, held_on)])
            kind = "reportage" if chance < 0.2 else _outreach_kind(title)
            if kind == "reportage":
                title = f"Phóng sự: {title}"
            online = rng.random() < 0.1
            if online:
                place = "Trực tuyến"
            elif "chợ phiên" in title:
                place = f"Chợ {commune.place}"
            elif title.startswith("Tham quan"):
                place = "Trụ sở HTX"
            else:
                place = rng.choice(("Hội trường UBND xã", f"Nhà văn hóa thôn {rng.choice(commune.villages)}"))
            participants = rng.randint(20, 150)
            ctx.add(commune.code, {
                "title": title,
                "title_key": search_key(title),
                "held_on": held_on,
                "unit_code": commune.code,
                "kind": kind,
                "platform": None,
                "format": "online" if online else "in_person",
                "place": place,
                "audience": rng.choice(_AUDIENCES),
                "participants": participants,
                "female_participants": round(participants * rng.uniform(0.75, 1.0)),
                "notes": None,
            })
    ctx.finish()


def _level(title: str) -> tuple[str, str]:
    """Level of a commendation and the suffix of its decision number, from its title."""
    if "UBND xã" in title:
        return "commune", "/QĐ-UBND"
    if "huyện" in title:
        return "district", "/QĐ-UBND"
    if "UBND tỉnh" in title:
        return "province", "/QĐ-UBND"
    if "LHPN tỉnh" in title:
        return "province", "-QĐ/HPN"
    if "HTX tỉnh" in title:
        return "province", "/QĐ-LMHTX"
    if "Bộ" in title:
        return "central", "/QĐ-BNNMT"
    return "central", "-QĐ/ĐCT"


def commendations(ctx: Context, communes: list[Commune], coops: list[CoopInfo], pools: dict[str, Pool]) -> None:
    ctx.begin(Commendation)
    rng = ctx.rng
    active: dict[str, list[CoopInfo]] = {}
    for coop in coops:
        if coop.status == "active":
            active.setdefault(coop.commune.code, []).append(coop)
    for commune in communes:
        pool, local = pools[commune.code], active.get(commune.code, [])
        people = pool.managers or pool.ids
        for _ in range(rng.randint(3, 8)):
            given = ctx.day(FIRST_DAY, ctx.today)
            title = _pick(ctx, _COMMENDATION_WEIGHTS, given)
            person, coop, recipient = None, None, "union_branch"
            chance = rng.random()
            if local and not title.startswith("Kỷ niệm chương") and chance < 0.5:
                chosen = rng.choice(local)
                coop, given = chosen.id, max(given, chosen.founded_on + timedelta(days=180))
                recipient = "group" if chosen.group else "cooperative"
                if given > ctx.today or not fits(title, given):
                    continue
            elif people and chance < 0.9:
                person, recipient = rng.choice(people), "person"
            elif title.startswith("Kỷ niệm chương"):
                continue  # a medal goes to a person
            level, suffix = _level(title)
            ctx.add(commune.code, {
                "recipient_kind": recipient,
                "title": title,
                "level": level,
                "given_on": given,
                "decision_no": f"{rng.randint(10, 2500)}{suffix}",
                "unit_code": commune.code,
                "person_id": person,
                "cooperative_id": coop,
            })
    ctx.finish()


def funding_entries(ctx: Context, communes: list[Commune], held: dict[str, list[TrainingInfo]]) -> None:
    ctx.begin(FundingEntry)
    rng = ctx.rng
    for commune in communes:
        past = [t for t in held[commune.code] if t.starts_on <= ctx.today]
        for _ in range(rng.randint(5, 12)):
            if past and rng.random() < 0.5:
                training = rng.choice(past)
                values = {
                    "spent_on": training.starts_on,
                    "source": training.funding,
                    "amount": ctx.money(5_000_000, 120_000_000, 100_000),
                    "purpose": f"Tổ chức lớp: {training.title}"[:300],
                    "training_id": training.id,
                }
            else:
                values = {
                    "spent_on": ctx.day(FIRST_DAY, ctx.today),
                    "source": _FUNDING(rng),
                    "amount": ctx.money(3_000_000, 150_000_000, 100_000),
                    "purpose": rng.choice(_FUNDING_PURPOSES),
                    "training_id": None,
                }
            values["unit_code"] = commune.code
            values["purpose_key"] = search_key(values["purpose"])
            ctx.add(commune.code, values)
    ctx.finish()
