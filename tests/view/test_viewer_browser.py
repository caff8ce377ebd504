"""The viewer in headless Chromium (Playwright driving Debian's /usr/bin/chromium).

Skipped, with the reason, only where Chromium or Playwright cannot be found;
``scripts/ensure-chromium.sh`` (run by ``make test``) installs Chromium.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.view import viewdata
from kg.view.viewer import render_html
from viewer_support import CHROMIUM_ARGS, XSS_FIXTURE, build_into, corpus_sample, find_chromium

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed "
                               "(pip install playwright; Chromium itself comes from apt)")
CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not found (install it with "
                                "scripts/ensure-chromium.sh or apt-get install chromium)")
READY = 'body[data-ready="1"]'


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory) -> Path:
    return build_into(corpus_sample(), tmp_path_factory.mktemp("corpus"))


class Page:
    """A page with its console errors, network requests and dialogs recorded."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

        def on_dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()
        self.page.on("dialog", on_dialog)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector(READY, state="attached", timeout=60000)

    def js(self, expr: str, arg=None):
        # The page's CSP forbids eval, so pass functions, which Playwright calls directly.
        return self.page.evaluate(expr, arg)

    def close(self):
        self.page.close()


def _external(urls):
    return [u for u in urls if not u.startswith(("file:", "data:", "blob:"))]


def test_overview_offline_and_counts(browser, corpus_out, tmp_path):
    dest = tmp_path / "graph.html"
    stats = render_html(corpus_out, dest)
    pg = Page(browser, dest)
    try:
        counts = pg.js("() => [kgView.nodes.length, kgView.edges.length, kgView.readyMs]")
        assert counts[:2] == [stats.nodes, stats.edges]
        assert counts[2] > 0
        assert pg.js("() => kgView.network.physics.options.enabled") is False   # settled, stopped
        assert pg.errors == [] and _external(pg.requests) == []
    finally:
        pg.close()


def test_search_focuses_node(browser, corpus_out, tmp_path):
    ex = viewdata.load_exports(corpus_out)
    unit = max(ex.units.values(), key=lambda u: u["task_count"])
    dest = tmp_path / "graph.html"
    render_html(corpus_out, dest)
    pg = Page(browser, dest)
    try:
        query = unit["unit"][1:5]            # any part of the name
        pg.page.fill("#search", query)
        items = pg.page.locator("#results li")
        assert items.count() >= 1
        ids = pg.js("() => Array.from(document.querySelectorAll('#results li')).map(l => l.dataset.id)")
        assert unit["unit_id"] in ids
        pg.page.locator(f'#results li[data-id="{unit["unit_id"]}"]').click()
        assert pg.js("() => kgView.network.getSelectedNodes()") == [unit["unit_id"]]
        assert pg.js("() => kgView.focused") == unit["unit_id"]
        assert unit["unit"] in pg.page.inner_text("#details")
        # an alias finds the unit too
        alias = next((a for u in ex.units.values() for a in u["aliases"]), None)
        if alias:
            assert pg.js("q => kgView.search(q).length > 0", alias)
        assert pg.errors == []
    finally:
        pg.close()


def test_click_shows_details_and_expands_document(browser, corpus_out, tmp_path):
    ex = viewdata.load_exports(corpus_out)
    did, d = max(ex.documents.items(), key=lambda kv: kv[1]["assignments"])
    dest = tmp_path / "graph.html"
    render_html(corpus_out, dest)
    pg = Page(browser, dest)
    try:
        before = pg.js("() => kgView.nodes.length")
        pos = pg.js("id => { const p = kgView.network.getPositions([id])[id];"
                    " return kgView.network.canvasToDOM(p); }", did)
        box = pg.page.locator("#net").bounding_box()
        pg.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
        assert d["title"] in pg.page.inner_text("#details")
        n_tasks = len({a["task_id"] for a in ex.assignments if a["doc_id"] == did})
        assert pg.js("() => kgView.nodes.length") == before + n_tasks
        assert pg.js("() => kgView.nodes.get({filter: n => n.type === 'task'}).length") == n_tasks
        # a task's details: full text, units with roles, file:line
        tid = next(a["task_id"] for a in ex.assignments if a["doc_id"] == did)
        pg.js("id => kgView.showDetails(id)", tid)
        text = pg.page.inner_text("#details")
        t = ex.tasks[tid]
        assert t["text"].split("\n")[0][:20] in text
        assert f'{t["source"]["file"]}:{t["source"]["first_line"]}' in text
        # collapse brings the overview back
        pg.js("id => kgView.collapse(id)", did)
        assert pg.js("() => kgView.nodes.length") == before
        assert pg.errors == []
    finally:
        pg.close()


def test_unit_view_selects_unit(browser, corpus_out, tmp_path):
    ex = viewdata.load_exports(corpus_out)
    uid, u = max(ex.units.items(), key=lambda kv: kv[1]["task_count"])
    dest = tmp_path / "unit.html"
    stats = render_html(corpus_out, dest, unit=u["unit"])
    pg = Page(browser, dest)
    try:
        assert pg.js("() => kgView.nodes.length") == stats.nodes
        assert uid in pg.js("() => kgView.network.getSelectedNodes()")
        assert f'{u["task_count"]}' in pg.page.inner_text("#details")
        assert pg.errors == [] and _external(pg.requests) == []
    finally:
        pg.close()


def test_xss_fixture_shows_text_not_script(browser, tmp_path):
    out = build_into([XSS_FIXTURE], tmp_path / "xss")
    dest = tmp_path / "xss.html"
    render_html(out, dest)
    pg = Page(browser, dest)
    try:
        tid = pg.js("() => Object.keys(JSON.parse(document.getElementById('kg-data').textContent).tasks)"
                    ".find(k => JSON.parse(document.getElementById('kg-data').textContent).tasks[k].text.includes('alert(1)'))")
        assert tid
        pg.js("id => kgView.focusNode(id)", tid)
        pg.page.fill("#search", "alert")
        pg.page.wait_for_timeout(300)
        assert "<script>alert(1)</script>" in pg.page.inner_text("#details")
        assert "<img src=x onerror=alert(2)>" in pg.page.inner_text("#results")
        assert pg.page.locator("#details script, #results script, #details img, #results img").count() == 0
        assert pg.dialogs == [] and pg.errors == []
    finally:
        pg.close()


def test_filters_hide_by_type_and_role(browser, corpus_out, tmp_path):
    dest = tmp_path / "graph.html"
    render_html(corpus_out, dest)
    pg = Page(browser, dest)
    try:
        n_units = pg.js("() => kgView.nodes.get({filter: n => n.type === 'unit'}).length")
        assert n_units > 0
        pg.page.locator('#type-filters input[data-key="unit"]').uncheck()
        assert pg.js("() => kgView.nodes.get({filter: n => n.type === 'unit' && n.hidden}).length") == n_units
        pg.page.locator('#type-filters input[data-key="unit"]').check()
        assert pg.js("() => kgView.nodes.get({filter: n => n.hidden}).length") == 0
        n_resp = pg.js("() => kgView.edges.get({filter: e => e.role === 'responsible'}).length")
        pg.page.locator('#role-filters input[data-key="responsible"]').uncheck()
        assert pg.js("() => kgView.edges.get({filter: e => e.role === 'responsible' && e.hidden}).length") == n_resp
        doc = pg.js("() => document.querySelector('#doc-filter option:nth-child(2)').value")
        pg.page.select_option("#doc-filter", doc)
        visible = pg.js("() => kgView.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
        assert doc in visible and len(visible) < pg.js("() => kgView.nodes.length")
        assert pg.errors == []
    finally:
        pg.close()
