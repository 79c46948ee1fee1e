"""Every Qt model passes Qt's model tester, empty and filled."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from recall_desk.catalog.checklog import CheckLog
from recall_desk.catalog.service import Catalog
from recall_desk.ui.models import HIT_ROLE, CheckLogFilter, CheckLogModel, SearchResultsModel


def test_search_results_model(qtmodeltester: ModelTester, catalog: Catalog) -> None:
    model = SearchResultsModel()
    qtmodeltester.check(model)
    hits = catalog.search("anker")
    assert len(hits) >= 10
    model.set_hits(hits)
    qtmodeltester.check(model)
    assert model.rowCount() == len(hits)
    assert model.columnCount() == 6
    first = model.index(0, 0)
    assert model.data(first, HIT_ROLE) is hits[0]
    recall = model.index(0, 3).data()
    assert recall.startswith(("CPSC", "Anker", "Audio-Technica"))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    dates = [proxy.index(r, 4).data() for r in range(proxy.rowCount())]
    assert dates == sorted(dates, reverse=True)
    model.set_hits([])
    qtmodeltester.check(model)


def test_check_log_model_and_filter(qtmodeltester: ModelTester, catalog: Catalog) -> None:
    log = CheckLog(catalog.engine)
    for query in ("A1112", "A3102", "XYZ999", "A1366"):
        log.record(catalog.check(query), station="Counter 9")
    model = CheckLogModel()
    qtmodeltester.check(model)
    model.set_entries(log.entries())
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.index(0, 2).data() == "A1366"  # newest first
    proxy = CheckLogFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_outcome("affected")
    assert proxy.rowCount() == 2
    qtmodeltester.check(proxy)
    proxy.setFilterFixedString("a1112")
    assert proxy.rowCount() == 1
    proxy.set_outcome("")
    proxy.setFilterFixedString("")
    assert proxy.rowCount() == 4
