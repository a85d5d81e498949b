"""The lazy list model: first rows at once, the rest on demand, checked by Qt's model tester."""

import pytest

from htx_desktop.demo.generator import generate
from htx_desktop.gui import table_model
from htx_desktop.gui.common import Session
from htx_desktop.gui.screens import people_page
from htx_desktop.services.listing import ListFilters
from actors import ADMIN


@pytest.mark.slow
def test_a_large_people_list_answers_its_first_rows_without_loading_the_whole_table(qtbot, db, monkeypatch):
    generate(db, "district", actor=ADMIN)  # 30,000 people
    pending = []
    monkeypatch.setattr(table_model, "run_in_background", lambda work, done, error=None, owner=None: pending.append((work, done)))
    page = people_page(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(page)
    page.show()  # the list is read when first shown
    model = page.model
    assert model.rowCount() == model.PAGE and not model.fully_loaded
    first = model.data(model.index(0, 0))
    assert first and model.cached_rows() == model.PAGE  # one page read, not 30,000 rows
    assert page.count_label.text() == "100 người (đang tải thêm…)"
    work, done = pending.pop()
    done(work())  # the background load of all ids arrives
    assert model.rowCount() > 25_000 and model.fully_loaded
    assert model.data(model.index(model.rowCount() - 1, 0))
    assert model.cached_rows() <= 2 * model.PAGE
    assert model.data(model.index(0, 0)) == first


def test_the_list_model_passes_qt_model_tests_and_sorts_and_filters(qtbot, qtmodeltester, db):
    generate(db, "commune", actor=ADMIN)
    page = people_page(db, Session("viewer", "viewer", "06046", "Xã Tràng Định"))
    qtbot.addWidget(page)
    page.show()
    model = page.model
    qtbot.waitUntil(lambda: model.fully_loaded)
    qtmodeltester.check(model)
    model.sort(1)  # birth year
    qtbot.waitUntil(lambda: model.fully_loaded)
    years = [model.row_at(row).birth_year for row in range(model.rowCount())]
    assert years == sorted(years, key=lambda y: (y is None, y))
    model.set_filters(ListFilters(text="thi", kind="male"))
    qtbot.waitUntil(lambda: model.fully_loaded)
    assert all(model.row_at(row).sex == "male" for row in range(model.rowCount()))
