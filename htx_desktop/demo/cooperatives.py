"""Demo cooperatives (HTX) and groups (THT): the register, annual figures, OCOP products,
support given by the union and job reports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from htx_desktop.demo import vocabulary as v
from htx_desktop.demo.common import FIGURE_YEARS, Commune, Context, Picker, lower_first, upper_first
from htx_desktop.storage.models import Cooperative, CooperativeYear, JobReport, OcopProduct, SupportAction
from htx_desktop.storage.models.cooperatives import year_uuid
from htx_desktop.text import search_key

_FARM = {"Nông nghiệp", "Chăn nuôi", "Lâm nghiệp", "Dược liệu", "Thủy sản"}
_MAKING = _FARM | {"Chế biến nông sản", "Dệt thổ cẩm", "Thủ công mỹ nghệ"}
_CRAFT = {"Dệt thổ cẩm", "Thủ công mỹ nghệ"}
# Pattern -> sectors it suits (None: any). The product is capitalised right after "HTX"/"THT".
_COOP_PATTERNS: dict[str, set[str] | None] = {
    "Hợp tác xã {product} {place}": None,
    "HTX {product} {place}": None,
    "HTX Nông nghiệp {product} {place}": _FARM,
    "HTX Nông nghiệp và dịch vụ {place}": {"Nông nghiệp", "Chăn nuôi", "Dịch vụ thương mại"},
    "HTX Dịch vụ tổng hợp {place}": {"Dịch vụ thương mại"},
    "HTX Sản xuất và kinh doanh {product} {place}": _MAKING,
    "HTX Sản xuất, chế biến {product} {place}": _FARM | {"Chế biến nông sản"},
    "HTX Phụ nữ {product} {place}": None,
}
_GROUP_PATTERNS: dict[str, set[str] | None] = {
    pattern: (_MAKING if "sản xuất" in pattern else None) for pattern in v.GROUP_NAME_PATTERNS
}
assert set(_COOP_PATTERNS) == set(v.COOPERATIVE_NAME_PATTERNS)
_SECTORS = Picker(v.COOPERATIVE_SECTORS, (30, 15, 6, 12, 6, 8, 10, 4, 3, 6))
# Founding years: a trickle since 1997, more from 2013, most since the union's 2023 programme.
_YEARS = list(range(1997, 2026))
_FOUNDING = Picker(_YEARS, [1 if y < 2013 else 2 if y < 2020 else 4 if y < 2023 else 10 for y in _YEARS])
_CLASSES = ("good", "fair", "average", "weak")
# Later support; founding advice and strengthening are given where they fit (see below).
_SUPPORT = Picker(
    [kind for kind in v.SUPPORT_DESCRIPTIONS if kind not in ("founding_advice", "strengthening")],
    (25, 20, 8, 10, 6, 4, 6, 10, 4),  # loan, fair, e-commerce, trademark, traceability, area code, ...
)
_SUPPORT_GIVERS = ("Hội LHPN xã", "Hội LHPN tỉnh", "Liên minh HTX tỉnh", "UBND xã")


@dataclass
class CoopInfo:
    """What later tables need to know about a generated cooperative."""

    id: uuid.UUID
    commune: Commune
    group: bool
    sector: str
    product: str
    founded_on: date
    status: str
    dissolved_on: date | None
    union_support_on: date | None
    quality: int  # index into _CLASSES
    female_workers: dict[int, int] = field(default_factory=dict)


def _pattern(ctx: Context, patterns: dict[str, set[str] | None], sector: str) -> str:
    fitting = [p for p, sectors in patterns.items() if sectors is None or sector in sectors]
    return ctx.rng.choice(fitting)


def _name(ctx: Context, commune: Commune, group: bool, sector: str, product: str) -> tuple[str, str]:
    """A name from the vocabulary's patterns, and the village or commune named in it."""
    pattern = _pattern(ctx, _GROUP_PATTERNS if group else _COOP_PATTERNS, sector)
    place = ctx.rng.choice(commune.villages) if group or ctx.chance(0.7) else commune.place
    if place.startswith("Bản "):  # "bản Bản Piềng" reads wrong
        pattern = pattern.replace("thôn {place}", "{place}").replace("bản {place}", "{place}")
    if pattern.split(" {product}")[0] in ("HTX", "Hợp tác xã", "THT"):
        product = upper_first(product)
    return pattern.format(product=product, place=place), place


def address(ctx: Context, commune: Commune, village: str | None = None) -> str:
    """"Thôn Nà Lầm, xã Tràng Định, tỉnh Lạng Sơn"; in a phường, a "khối" instead of a village."""
    if commune.ward:
        local = f"Khối {ctx.rng.randint(1, 15)}"
    else:
        if village is None or village not in commune.villages:
            village = ctx.rng.choice(commune.villages)
        local = village if village.startswith("Bản ") else f"Thôn {village}"
    return f"{local}, {lower_first(commune.name)}, {lower_first(ctx.province_name)}"


def phone(ctx: Context) -> str:
    return f"{ctx.rng.choice(v.PHONE_PREFIXES)}{ctx.rng.randrange(10_000_000):07d}"


def cooperatives(ctx: Context, communes: list[Commune]) -> list[CoopInfo]:
    ctx.begin(Cooperative)
    rng, today = ctx.rng, ctx.today
    made: list[CoopInfo] = []
    tax_codes: set[str] = set()
    province = search_key(ctx.province_name).removeprefix("tinh ").removeprefix("thanh pho ")
    abbreviation = "".join(word[0] for word in province.split()).upper()  # "Lạng Sơn" -> "LS"
    for commune in communes:
        names: set[str] = set()
        for number in range(commune.quota["cooperatives"]):
            group = rng.random() < 0.4
            sector = _SECTORS(rng)
            product = rng.choice(v.PRODUCTS_BY_SECTOR[sector])
            name, place = _name(ctx, commune, group, sector, product)
            for _ in range(8):
                if name not in names:
                    break
                product = rng.choice(v.PRODUCTS_BY_SECTOR[sector])
                name, place = _name(ctx, commune, group, sector, product)
            if name in names:
                name = f"{name} số {number + 2}"
            names.add(name)
            founded = min(date(_FOUNDING(rng), 1, 1) + timedelta(days=rng.randrange(365)), today)
            status, dissolved = "active", None
            roll = rng.random()
            last_dissolution = min(today, date(2026, 6, 30))
            if roll < 0.07 and founded + timedelta(days=400) < last_dissolution:
                status, dissolved = "dissolved", ctx.day(founded + timedelta(days=365), last_dissolution)
            elif roll < 0.14 and founded.year < 2025:
                status = "suspended"
            recent = founded.year >= 2023
            supported = ctx.chance(0.85 if recent else 0.3 if founded.year >= 2018 else 0.1)
            support_on = None
            if supported:
                if recent:
                    support_on = max(founded - timedelta(days=rng.randrange(90)), date(2023, 1, 1))
                else:
                    support_on = ctx.day(max(founded, date(2018, 1, 1)), today - timedelta(days=30))
            quality = rng.choices(range(4), (25, 40, 25, 10))[0]
            if status == "suspended":
                quality = max(quality, 2)
            info = CoopInfo(
                ctx.uuid(), commune, group, sector, product, founded, status, dissolved, support_on, quality
            )
            made.append(info)
            tax_code = None
            if not group:
                while tax_code is None or tax_code in tax_codes:
                    tax_code = f"{int(ctx.province_code):02d}{rng.randrange(100_000_000):08d}"
                tax_codes.add(tax_code)
                registration = f"{int(ctx.province_code):02d}{rng.randint(1, 11):02d}G{rng.randrange(1, 10**6):06d}"
                capital = ctx.money(50_000_000, 3_000_000_000)
            else:
                registration = f"{rng.randint(1, 60):02d}/{founded.year}/HĐHT" if ctx.chance(0.6) else None
                capital = ctx.money(10_000_000, 300_000_000) if ctx.chance(0.6) else None
            farm = sector in _FARM
            traceable = farm and ctx.chance(0.3 if recent else 0.15)
            area_code = f"VN-{abbreviation}OR-{rng.randrange(1, 2000):04d}" if traceable and ctx.chance(0.6) else None
            ctx.add(commune.code, {
                "id": info.id,
                "kind": "group" if group else "cooperative",
                "name": name,
                "name_key": search_key(name),
                "registration_no": registration,
                "tax_code": tax_code,
                "unit_code": commune.code,
                "address": address(ctx, commune, place if rng.random() < 0.8 else None),
                "sector": sector,
                "founded_on": founded,
                "union_supported": supported,
                "union_support_on": support_on,
                "status": status,
                "dissolved_on": dissolved,
                "charter_capital": capital,
                "phone": phone(ctx) if ctx.chance(0.7) else None,
                "ecommerce": ctx.chance(0.35 if recent else 0.15),
                "digital_tools": ctx.chance(0.45),
                "value_chain": ctx.chance(0.25 if farm else 0.08),
                "traditional_craft": ctx.chance(0.7 if sector in _CRAFT else 0.03),
                "trademark": ctx.chance(0.05 if group else 0.25),
                "traceability": traceable,
                "growing_area_code": area_code,
                "agri_insurance": farm and ctx.chance(0.06),
                "notes": None,
            })
    ctx.finish()
    return made


def _years_of(coop: CoopInfo) -> list[int]:
    """Figure years the cooperative existed in (a year it dissolved in: only if after June)."""
    years = [year for year in FIGURE_YEARS if coop.founded_on.year <= year]
    end = coop.dissolved_on
    if end is not None:
        years = [year for year in years if year < end.year or (year == end.year and end.month > 6)]
    return years


def year_figures(ctx: Context, coops: list[CoopInfo]) -> None:
    ctx.begin(CooperativeYear)
    rng = ctx.rng
    for coop in coops:
        members = rng.randint(3, 25) if coop.group else int(7 * (150 / 7) ** rng.random())
        # Three in four cooperatives employ mostly women; the rest fewer.
        share = rng.uniform(0.56, 0.95) if rng.random() < 0.78 else rng.uniform(0.25, 0.5)
        per_member = ctx.money(5_000_000, 40_000_000) if coop.group else ctx.money(20_000_000, 150_000_000)
        revenue = int(round(members * per_member, -6))
        quality = coop.quality
        for year in _years_of(coop):
            workers = members if coop.group else max(2, int(members * rng.uniform(0.4, 1.4)))
            female_members = min(members, round(members * (share + rng.uniform(-0.05, 0.05))))
            female_workers = min(workers, round(workers * (share + rng.uniform(-0.04, 0.04))))
            coop.female_workers[year] = female_workers
            quality = min(3, max(0, quality + rng.choice((-1, 0, 0, 0, 1))))
            ctx.add(coop.commune.code, {
                "id": year_uuid(coop.id, year),
                "cooperative_id": coop.id,
                "year": year,
                "members": members,
                "female_members": female_members,
                "workers": workers,
                "female_workers": female_workers,
                "revenue": revenue,
                "profit": int(round(revenue * rng.uniform(-0.06, 0.15), -5)),
                "classification": None if coop.group and rng.random() < 0.8 else _CLASSES[quality],
            })
            members = max(2 if coop.group else 5, round(members * rng.uniform(0.95, 1.15)))
            revenue = int(round(revenue * rng.uniform(0.85, 1.3), -6))
        coop.quality = quality
    ctx.finish()


def ocop_products(ctx: Context, coops: list[CoopInfo]) -> None:
    ctx.begin(OcopProduct)
    rng = ctx.rng
    first = date(2019, 1, 1)  # the OCOP programme's first certificates
    for coop in coops:
        sector = coop.sector
        if sector == "Dịch vụ thương mại" or rng.random() >= (0.04 if coop.group else 0.16):
            continue
        low = max(coop.founded_on + timedelta(days=180), first)
        high = min(coop.dissolved_on or ctx.today, ctx.today)
        if low > high:
            continue
        products = [coop.product, rng.choice(v.PRODUCTS_BY_SECTOR[sector])]
        for product in dict.fromkeys(products[: rng.choice((1, 1, 1, 2))]):
            place = rng.choice(coop.commune.villages + (coop.commune.place,))
            ctx.add(coop.commune.code, {
                "cooperative_id": coop.id,
                "name": f"{upper_first(product)} {place}",
                "stars": rng.choices((3, 4, 5), (72, 25, 3))[0],
                "certified_on": ctx.day(low, high),
                "decision_no": f"{rng.randint(100, 3500)}/QĐ-UBND",
            })
    ctx.finish()


def support_actions(ctx: Context, coops: list[CoopInfo]) -> None:
    ctx.begin(SupportAction)
    rng = ctx.rng
    amounts = {
        "loan": (30_000_000, 500_000_000), "trade_fair": (2_000_000, 15_000_000), "ecommerce": (1_000_000, 10_000_000),
        "trademark": (10_000_000, 50_000_000), "traceability": (5_000_000, 20_000_000),
        "digital": (3_000_000, 20_000_000), "graduate_salary": (30_000_000, 60_000_000),
    }
    for coop in coops:
        kinds: list[tuple[str, date | None]] = []
        if coop.union_support_on is not None and coop.founded_on.year >= 2023:
            kinds.append(("founding_advice", coop.union_support_on))
        extra = rng.randint(0, 3) if coop.union_support_on else (1 if rng.random() < 0.3 else 0)
        kinds += [(_SUPPORT(rng), None) for _ in range(extra)]
        if coop.quality == 3 or coop.status == "suspended":
            kinds.append(("strengthening", None))
        high = min(coop.dissolved_on or ctx.today, ctx.today)
        low = max(coop.founded_on, date(2023, 1, 1))
        for kind, given in kinds:
            if given is None and low > high:
                continue
            span = amounts.get(kind)
            ctx.add(coop.commune.code, {
                "cooperative_id": coop.id,
                "kind": kind,
                "given_on": given or ctx.day(low, high),
                "amount": ctx.money(*span) if span and (kind == "loan" or rng.random() < 0.8) else None,
                "loan_source": rng.choice(v.LOAN_SOURCES) if kind == "loan" else None,
                "given_by": rng.choice(_SUPPORT_GIVERS),
                "description": _description(ctx, kind, coop.group),
            })
    ctx.finish()


def _description(ctx: Context, kind: str, group: bool) -> str:
    texts = v.SUPPORT_DESCRIPTIONS[kind]
    if kind == "founding_advice":  # founding a group, or an HTX (possibly from a group)
        texts = tuple(t for t in texts if ("thành lập tổ hợp tác" in t) == group)
    return ctx.rng.choice(texts)


def job_reports(ctx: Context, coops: list[CoopInfo]) -> None:
    ctx.begin(JobReport)
    rng = ctx.rng
    for coop in coops:
        if rng.random() >= 0.5:
            continue
        previous: int | None = None
        for year, female in sorted(coop.female_workers.items()):
            reported = min(date(year, 12, rng.randint(5, 28)), ctx.today)
            if year == coop.founded_on.year:
                new = female  # every job of a new cooperative is new
            else:
                new = max(0, female - (female if previous is None else previous)) + rng.randint(0, 2)
            new = min(new, female)
            ctx.add(coop.commune.code, {
                "cooperative_id": coop.id,
                "year": year,
                "reported_on": reported,
                "new_female_jobs": new,
                "stable_female_jobs": female - new,
                "notes": None,
            })
            previous = female
    ctx.finish()
