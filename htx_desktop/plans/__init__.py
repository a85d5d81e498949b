"""Plans, their targets, and progress against them: Qt-free, used by the CLI and the GUI.

- `templates`: the two seed plans (Tràng Định, Nam Định), built into every database;
- `indicators` (with `queries`): how each indicator is computed from the records;
- `catalogue`: listing plans and choosing the default one; `editing`: an aggregator's own plans;
- `progress`: achievement against the targets, per unit, per commune and per year.
"""

from htx_desktop.plans import texts as _texts  # noqa: F401  (adds this area's messages)
