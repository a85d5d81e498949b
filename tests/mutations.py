"""Damage a file's bytes the ways storage and transport do, for the fuzzing tests (hypothesis)."""

from __future__ import annotations

from hypothesis import strategies as st


def mutate_bytes(data: st.DataObject, original: bytes) -> bytes:
    """One to four flips, cuts, insertions, deletions or overwritten bytes, drawn from `data`."""
    raw = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        if not raw:
            break
        where = data.draw(st.integers(0, len(raw) - 1), label="where")
        how = data.draw(st.sampled_from(["flip", "cut", "insert", "delete", "byte"]), label="how")
        if how == "flip":
            raw[where] ^= 1 << data.draw(st.integers(0, 7))
        elif how == "cut":
            del raw[where:]
        elif how == "insert":
            raw[where:where] = data.draw(st.binary(min_size=1, max_size=40))
        elif how == "delete":
            del raw[where:where + data.draw(st.integers(1, 40))]
        else:
            raw[where] = data.draw(st.integers(0, 255))
    return bytes(raw)
