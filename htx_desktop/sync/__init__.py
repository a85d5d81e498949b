"""Signed, encrypted sync files between installations, their receipts, and key cards (Qt-free).

The format is written down in docs/sync-format.md. What a screen calls lives in
`sync.service` (export, preview, import, history), `sync.receipts`, `sync.conflicts` and
`sync.keyring` (key cards, trust, revocation, peers, upstream unit).
"""

from htx_desktop.sync import texts as _texts  # noqa: F401  (registers the messages)
