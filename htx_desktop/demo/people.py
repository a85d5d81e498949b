"""Demo people (mostly women, of the province's ethnic groups, named as each group names its
members) and the management posts they hold in cooperatives."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from htx_desktop.demo import vocabulary as v
from htx_desktop.demo.common import Commune, Context, Picker
from htx_desktop.demo.cooperatives import CoopInfo, address, phone
from htx_desktop.storage.models import Person, Post
from htx_desktop.text import search_key


def _zipf(items: tuple[str, ...], exponent: float) -> Picker:
    """Lists ordered by frequency: the first name far more common than the last."""
    return Picker(items, [1 / (rank + 1) ** exponent for rank in range(len(items))])


#: Ethnic group -> (surnames, women's given names, men's middle names, men's given names).
_NAMING: dict[str, tuple[Picker, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Kinh": (_zipf(v.KINH_SURNAMES, 1.1), v.FEMALE_GIVEN_NAMES, v.MALE_MIDDLE_NAMES, v.MALE_GIVEN_NAMES),
    "Tày": (_zipf(v.TAY_NUNG_SURNAMES, 0.6), v.FEMALE_GIVEN_NAMES, v.MALE_MIDDLE_NAMES, v.MALE_GIVEN_NAMES),
    "Mông": (_zipf(v.HMONG_SURNAMES, 0.5), v.HMONG_FEMALE_GIVEN, v.HMONG_MALE_MIDDLE_NAMES, v.HMONG_MALE_GIVEN),
    "Dao": (_zipf(v.DAO_SURNAMES, 0.6), v.DAO_FEMALE_GIVEN, ("Văn", "Seo", "Tiến"), v.MALE_GIVEN_NAMES),
    "Thái": (_zipf(v.THAI_SURNAMES, 0.6), v.THAI_FEMALE_GIVEN, ("Văn",), v.MALE_GIVEN_NAMES),
}
#: Smaller groups named like their neighbours in the vocabulary (Kinh-like or Tày/Nùng-like).
_NAMED_LIKE = {"Nùng": "Tày", "Sán Chay": "Tày", "Giáy": "Tày", "Bố Y": "Tày", "Pu Péo": "Tày",
               "Cờ Lao": "Tày", "La Chí": "Tày", "Lô Lô": "Tày", "Pà Thẻn": "Dao",
               "Hoa": "Kinh", "Mường": "Kinh", "Sán Dìu": "Kinh"}
_ETHNICITIES = Picker([name for name, _ in v.ETHNICITIES], [weight for _, weight in v.ETHNICITIES])
_URBAN_ETHNICITIES = Picker(
    [name for name, _ in v.ETHNICITIES],
    [weight * (4 if name == "Kinh" else 1) for name, weight in v.ETHNICITIES],
)
_FEMALE_MIDDLE_OTHERS = tuple(name for name in v.FEMALE_MIDDLE_NAMES if name != "Thị")
_MALE_MIDDLE_MAIN = "Văn"
_PRIORITY = Picker(
    ("poor", "near_poor", "ethnic_minority", "disability", "laid_off", "returnee",
     "violence_survivor", "unsafe_migrant", "trafficking_survivor"),
    (30, 25, 25, 6, 6, 3, 2, 2, 1),
)


@dataclass
class Pool:
    """The people of one commune, as later tables draw on them."""

    ids: list[uuid.UUID] = field(default_factory=list)
    women: list[uuid.UUID] = field(default_factory=list)
    men: list[uuid.UUID] = field(default_factory=list)
    cadres: list[uuid.UUID] = field(default_factory=list)
    managers: list[uuid.UUID] = field(default_factory=list)  # women holding a post


def full_name(ctx: Context, ethnicity: str, female: bool, birth_year: int) -> str:
    rng = ctx.rng
    surnames, women_given, men_middle, men_given = _NAMING[_NAMED_LIKE.get(ethnicity, ethnicity)]
    surname = surnames(rng)
    if female:
        kinh_like = ethnicity in ("Kinh", "Hoa", "Mường", "Sán Dìu") or _NAMED_LIKE.get(ethnicity) == "Tày"
        thi = 0.75 if birth_year < 1980 else 0.45
        if kinh_like and ethnicity != "Kinh":
            thi += 0.15
        middle = "Thị" if not kinh_like or rng.random() < thi else rng.choice(_FEMALE_MIDDLE_OTHERS)
        given = rng.choice(women_given)
        if given == surname:  # "Lành Thị Lành" happens, but rarely
            given = rng.choice(women_given)
    else:
        if men_middle is v.MALE_MIDDLE_NAMES:
            middle = _MALE_MIDDLE_MAIN if rng.random() < 0.5 else rng.choice(men_middle)
        else:
            middle = rng.choice(men_middle)
        given = rng.choice(men_given)
    if middle == given:
        middle = "Thị" if female else "Văn"
    return f"{surname} {middle} {given}"


def national_id(ctx: Context, female: bool, birth_year: int, used: set[str]) -> str:
    """CCCD: province (3 digits), sex and century, year of birth (2 digits), 6 random digits."""
    century_code = (0 if birth_year < 2000 else 2) + (1 if female else 0)
    prefix = f"{int(ctx.province_code):03d}{century_code}{birth_year % 100:02d}"
    while True:
        number = f"{prefix}{ctx.rng.randrange(1_000_000):06d}"
        if number not in used:
            used.add(number)
            return number


def people(ctx: Context, communes: list[Commune]) -> dict[str, Pool]:
    ctx.begin(Person)
    rng = ctx.rng
    pools: dict[str, Pool] = {}
    used_ids: set[str] = set()
    newest = min(2005, ctx.today.year - 16)
    for commune in communes:
        pool = pools[commune.code] = Pool()
        ethnicities = _URBAN_ETHNICITIES if commune.ward else _ETHNICITIES
        for _ in range(commune.quota["people"]):
            female = rng.random() < 0.85
            ethnicity = ethnicities(rng)
            birth_year = int(rng.triangular(1955, newest + 1, 1980))
            name = full_name(ctx, ethnicity, female, birth_year)
            roll = rng.random()
            cadre = "commune" if roll < 0.035 else "province" if roll < 0.038 else None
            groups: list[str] = []
            if rng.random() < 0.15:
                for _ in range(rng.choice((1, 1, 1, 2))):
                    group = _PRIORITY(rng)
                    if group == "ethnic_minority" and ethnicity == "Kinh":
                        group = "poor"
                    groups.append(group)
            person_id = ctx.uuid()
            pool.ids.append(person_id)
            (pool.women if female else pool.men).append(person_id)
            if cadre:
                pool.cadres.append(person_id)
            ctx.add(commune.code, {
                "id": person_id,
                "full_name": name,
                "name_key": search_key(name),
                "birth_year": birth_year,
                "sex": "female" if female else "male",
                "ethnicity": ethnicity,
                "phone": phone(ctx) if rng.random() < 0.8 else None,
                "national_id": national_id(ctx, female, birth_year, used_ids) if rng.random() < 0.7 else None,
                "unit_code": commune.code,
                "address": address(ctx, commune),
                "cadre_level": cadre,
                "priority_groups": ",".join(sorted(set(groups))),
                "notes": None,
            })
    ctx.finish()
    return pools


class _Holders:
    """Hands out people of a commune as post holders, each once while any are left."""

    def __init__(self, ctx: Context, pool: Pool) -> None:
        self.rng = ctx.rng
        self.pool = pool
        self.women = pool.women[:]
        self.men = pool.men[:]
        self.rng.shuffle(self.women)
        self.rng.shuffle(self.men)

    def take(self, female: bool) -> tuple[uuid.UUID, bool]:
        left = self.women if female else self.men
        if not left:
            left, female = (self.men, False) if female else (self.women, True)
        if left:
            return left.pop(), female
        everyone = self.pool.ids
        person = self.rng.choice(everyone)
        return person, person in self.pool.women


def _roles(ctx: Context, group: bool) -> list[str]:
    rng = ctx.rng
    if group:
        roles = ["group_leader", "chief_accountant"] + ["board_member"] * rng.randint(1, 2)
        return roles + (["supervisor"] if rng.random() < 0.3 else [])
    roles = ["board_chair", "director", "supervisor_head", "chief_accountant"]
    roles += ["board_member"] * rng.choice((0, 1, 1, 2))
    if rng.random() < 0.2:
        roles.append("deputy_director")
    return roles[:7]


def posts(ctx: Context, coops: list[CoopInfo], pools: dict[str, Pool]) -> None:
    ctx.begin(Post)
    rng, today = ctx.rng, ctx.today
    holders = {code: _Holders(ctx, pool) for code, pool in pools.items()}
    female_share = {"board_chair": 0.8, "director": 0.8, "group_leader": 0.85, "chief_accountant": 0.85}
    for coop in coops:
        pool, hand = pools[coop.commune.code], holders[coop.commune.code]
        roles = _roles(ctx, coop.group)
        ending = coop.dissolved_on
        chair: tuple[uuid.UUID, bool] | None = None
        handovers = 0
        for role in roles:
            start = coop.founded_on
            # Some posts changed hands: a first holder, then the one holding it now.
            if len(roles) + handovers < 7 and role in ("board_chair", "director", "group_leader", "chief_accountant") \
                    and rng.random() < 0.15 and (ending or today) - start > timedelta(days=730):
                handover = ctx.day(start + timedelta(days=365), (ending or today) - timedelta(days=180))
                earlier, female = hand.take(rng.random() < female_share.get(role, 0.7))
                _add_post(ctx, coop, earlier, role, start, handover - timedelta(days=1))
                if female:
                    pool.managers.append(earlier)
                start, handovers = handover, handovers + 1
            if role == "director" and chair is not None and rng.random() < 0.5:
                holder, female = chair  # small HTX: the board chair is also director
            else:
                holder, female = hand.take(rng.random() < female_share.get(role, 0.7))
            if role == "board_chair":
                chair = (holder, female)
            _add_post(ctx, coop, holder, role, start, ending)
            if female:
                pool.managers.append(holder)
    ctx.finish()


def _add_post(ctx: Context, coop: CoopInfo, person: uuid.UUID, role: str, start: date, end: date | None) -> None:
    ctx.add(coop.commune.code, {
        "person_id": person,
        "cooperative_id": coop.id,
        "role": role,
        "started_on": start,
        "ended_on": end,
    })
