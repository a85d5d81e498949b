"""Who issues this installation's reports, and the free texts last written for each kind.

The issuer is the Women's Union of the unit (under the union of the level above) or the unit's
People's Committee, with the signer's authority, title and name, as Decree 30/2020/NĐ-CP puts
them on a document. Until an administrator saves one, it is derived from the installation's unit.
Free texts (achievements, difficulties, proposals) are saved with the report kind when a report
is made, and offered again next time.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.errors import ChangedSinceShown, HtxError
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.plans.catalogue import province_of
from htx_desktop.security.access import Actor, Permission
from htx_desktop.services import units
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import Installation, ReportSetting

UNION = "union"
COMMITTEE = "committee"
ISSUER_KINDS = (UNION, COMMITTEE)

#: The free-text parts each kind of report has, in the order they are printed.
TEXT_PARTS: dict[str, tuple[str, ...]] = {
    "progress": ("achievements", "difficulties", "proposals"),
    "review": ("achievements", "difficulties", "proposals"),
}

MESSAGES.update(
    {
        "reports.issuer_name_required": (
            "Tên cơ quan ban hành không được để trống.",
            "The issuing body's name is required.",
        ),
        "reports.issuer_changed": (
            "Cơ quan ban hành vừa được người quản trị khác sửa; tải lại để xem bản mới nhất.",
            "The issuing body was just changed by another administrator; reload to see the newest.",
        ),
        "reports.issuer_kind": (
            "Cơ quan ban hành phải là Hội LHPN hoặc UBND.",
            "The issuing body must be the Women's Union or the People's Committee.",
        ),
    }
)


@dataclass(frozen=True)
class Issuer:
    kind: str  # UNION or COMMITTEE
    parent: str  # the body above, printed over the name ("HỘI LHPN TỈNH LẠNG SƠN"); "" for none
    name: str  # "HỘI LHPN XÃ TRÀNG ĐỊNH", "UBND XÃ TRÀNG ĐỊNH"
    symbol: str  # after "BC-" in the number: "HPN", "UBND"
    place: str  # before the date: "Tràng Định"
    authority: str  # "TM. BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"
    title: str  # the signer's title: "CHỦ TỊCH"
    signer: str  # the signer's name
    recipients: str  # "Nơi nhận", one per line ("Lưu: VT." is always added)

    def recipient_lines(self) -> list[str]:
        return [line.strip(" -;.") for line in self.recipients.splitlines() if line.strip(" -;.")]


def _lower_first(name: str) -> str:
    """"Tỉnh Lạng Sơn" → "tỉnh Lạng Sơn", as a name reads inside a sentence."""
    return name[:1].lower() + name[1:]


def default_issuer(session: Session, kind: str = UNION) -> Issuer:
    installation = session.get(Installation, 1)
    if installation is None:
        raise HtxError(tr("db_not_initialised", path="?"))
    unit = units.get_unit(session, installation.unit_code)
    province_code = province_of(session, unit.code)
    province = units.get_unit(session, province_code).name if province_code and province_code != unit.code else ""
    place = units.bare_name(unit.name)
    if kind == COMMITTEE:
        upper = f"UBND {_lower_first(province)}" if province else ""
        return Issuer(COMMITTEE, "", f"UBND {unit.name.upper()}", "UBND", place, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                      "", upper)
    if province:
        parent, upper = f"HỘI LHPN {province.upper()}", f"Hội LHPN {_lower_first(province)}"
    else:
        parent, upper = "TRUNG ƯƠNG HỘI LHPN VIỆT NAM", "Trung ương Hội LHPN Việt Nam"
    return Issuer(UNION, parent, f"HỘI LHPN {unit.name.upper()}", "HPN", place, "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "",
                  f"{upper}\nĐảng ủy, UBND {_lower_first(unit.name)}")


def _values(session: Session, prefix: str) -> dict[str, str]:
    rows = session.execute(select(ReportSetting.key, ReportSetting.value).where(ReportSetting.key.startswith(prefix)))
    return {key[len(prefix):]: value for key, value in rows}


def _store(session: Session, prefix: str, values: dict[str, str]) -> None:
    for key, value in values.items():
        row = session.get(ReportSetting, prefix + key)
        if row is None:
            session.add(ReportSetting(key=prefix + key, value=value))
        else:
            row.value = value


def issuer(database: Database, kind: str | None = None) -> Issuer:
    """The saved issuer; or, for another `kind` than the saved one (or none saved), the default."""
    with database.read() as session:
        return _issuer(session, kind)


def _issuer(session: Session, kind: str | None = None) -> Issuer:
    saved = _values(session, "issuer.")
    chosen = kind or saved.get("kind", UNION)
    default = default_issuer(session, chosen)
    if saved.get("kind") != chosen:
        return default
    return replace(default, **{f.name: saved[f.name] for f in fields(Issuer) if f.name in saved})


def save_issuer(database: Database, chosen: Issuer, actor: Actor, shown: Issuer | None = None) -> None:
    """`shown`: the saved issuer as the settings screen showed it (`issuer()`); if another
    administrator saved a different one since, nothing is written. (Settings keep no version:
    the values themselves are compared, the installation's row locked while they are.)"""
    if chosen.kind not in ISSUER_KINDS:
        raise HtxError(tr("reports.issuer_kind"))
    if not chosen.name.strip():
        raise HtxError(tr("reports.issuer_name_required"))
    values = {f.name: " ".join(getattr(chosen, f.name).split()) for f in fields(Issuer) if f.name != "recipients"}
    values["recipients"] = "\n".join(chosen.recipient_lines())
    with database.transaction(actor, Permission.ADMINISTER) as session:
        if shown is not None:
            session.get(Installation, 1, with_for_update=True, populate_existing=True)
            if _issuer(session) != shown:
                raise ChangedSinceShown(tr("reports.issuer_changed"))
        _store(session, "issuer.", values)


def texts(database: Database, kind: str) -> dict[str, str]:
    """The free texts last saved for this kind of report ("" for each part never written)."""
    with database.read() as session:
        saved = _values(session, f"text.{kind}.")
    return {part: saved.get(part, "") for part in TEXT_PARTS.get(kind, ())}


def save_texts(database: Database, kind: str, values: dict[str, str], actor: Actor) -> None:
    parts = TEXT_PARTS.get(kind, ())
    with database.transaction(actor, Permission.RECORDS) as session:
        _store(session, f"text.{kind}.", {part: values.get(part, "").strip() for part in parts})
