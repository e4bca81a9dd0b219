"""A real browser (Debian chromium, headless, through chromedriver) logs in to the
session's Superset, opens every Mamori dashboard, waits until every chart has
rendered without an error, sets the native filters the way a person does (the time
range popover, the select boxes, the Apply button) and checks the numbers against
ClickHouse, follows a drill-down link to the review worklist, watches the data-age
marker turn to a warning when a refresh is stopped, and saves a PNG per dashboard with
a filter applied under test-artifacts/dashboards/. The browser may resolve nothing but
127.0.0.1."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from mamori.dashboards.superset_client import ADMIN_USER
from mamori.devstack.clickhouse import ClickHouseServer
from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.superset import SupersetServer
from mamori.resources import DASHBOARDS_DIR

pytestmark = [pytest.mark.browser, pytest.mark.superset, pytest.mark.clickhouse]

ARTIFACTS = REPO_ROOT / "test-artifacts" / "dashboards"
CHROMEDRIVER = "/usr/bin/chromedriver"
_RENDERED = "canvas, svg, table"
_ERROR = '[data-test="alert-title"], .ant-alert-error, [role="alert"].ant-alert-error'


def _dashboards() -> list[tuple[str, str, int]]:
    """(slug, title, number of charts) of every dashboard in the bundle."""
    out = []
    for path in sorted((DASHBOARDS_DIR / "dashboards").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text("utf-8"))
        charts = sum(
            1 for v in doc["position"].values() if isinstance(v, dict) and v.get("type") == "CHART"
        )
        out.append((doc["slug"], doc["dashboard_title"], charts))
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not (shutil.which("chromium") and Path(CHROMEDRIVER).exists()):
        pytest.fail("chromium/chromedriver missing: run `scripts/bootstrap.sh browser`")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1600,1500",
        "--lang=ja",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
        # Nothing but loopback resolves: no telemetry, fonts or tiles from outside.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    ):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "ja,en"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _login(driver: Any, superset: SupersetServer) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(f"{superset.url}/login/")
    WebDriverWait(driver, 30).until(
        lambda d: "/login" not in d.current_url or d.find_elements(By.ID, "username")
    )
    if "/login" not in driver.current_url:
        return  # the session is still logged in
    driver.find_element(By.ID, "username").send_keys(ADMIN_USER)
    driver.find_element(By.ID, "password").send_keys(superset.admin_password)
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 30).until(lambda d: "/login" not in d.current_url)


def _page_state(driver: Any, *, console: bool = True) -> str:
    """What the page shows, for a failure message: address, title, the start of its
    text and the browser's own errors (a blank dashboard says nothing otherwise)."""
    from selenium.webdriver.common.by import By

    try:
        body = driver.find_element(By.TAG_NAME, "body").text[:300].replace("\n", " | ")
        # Reading the console drains it: only a failure does, not the reload below.
        logs = driver.get_log("browser") if console else []
        severe = [e["message"][:200] for e in logs if e["level"] == "SEVERE"]
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "failure.png"))
    except Exception as exc:  # noqa: BLE001 - the state is only reported
        return f"(page state unavailable: {exc!r})"
    return f"url {driver.current_url}, title {driver.title!r}, text {body!r}, errors {severe}"


def _wait_rendered(driver: Any, expected: int, timeout: float = 150.0) -> list[str]:
    """Block until ``expected`` charts each show a canvas/svg/table; returns errors seen.

    The wait is long because it is only paid on a slow machine: the first dashboard of
    a cold Superset (its bundles, its first queries) has taken over a minute on CI. A
    page still blank, with no spinner, half-way through is loaded again once, as a
    person would; what it showed is kept in the failure message if it stays blank."""
    from selenium.webdriver.common.by import By

    start = time.monotonic()
    deadline = start + timeout
    reloaded = ""
    while True:
        holders = driver.find_elements(
            By.CSS_SELECTOR,
            '[data-test="dashboard-component-chart-holder"][class*="dashboard-chart-id-"]',
        )
        errors = [
            h.text.split("\n")[0] for h in holders if h.find_elements(By.CSS_SELECTOR, _ERROR)
        ]
        if errors:
            return errors
        loading = driver.find_elements(By.CSS_SELECTOR, '[data-test="loading-indicator"], .loading')
        rendered = [h for h in holders if h.find_elements(By.CSS_SELECTOR, _RENDERED)]
        if len(holders) == expected and len(rendered) == expected and not loading:
            return []
        now = time.monotonic()
        if now > deadline:
            missing = [h.text.split("\n")[0] for h in holders if h not in rendered]
            raise AssertionError(
                f"{len(rendered)}/{expected} charts rendered after {timeout:.0f}s; "
                f"holders {len(holders)}, loading {len(loading)}, not rendered: {missing}; "
                f"page: {_page_state(driver)}{reloaded}"
            )
        if not holders and not loading and not reloaded and now - start > timeout / 2:
            reloaded = f"; blank after {now - start:.0f}s, reloaded once: {_page_state(driver, console=False)}"
            driver.refresh()
        time.sleep(0.5)


def _charts_on(slug: str) -> int:
    return next(n for s, _, n in _dashboards() if s == slug)


def _jst_today() -> date:
    return (datetime.now(UTC) + timedelta(hours=9)).date()


def _quarter_start(d: date) -> date:
    return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


def _default_range() -> tuple[date, date]:
    """The dashboards' default time range: the previous and the current quarter (JST)."""
    this = _quarter_start(_jst_today())
    previous = _quarter_start(this - timedelta(days=1))
    following = _quarter_start(this + timedelta(days=95))
    return previous, following


def _wait_for(check: Callable[[], Any], timeout: float = 90.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = check()
            if last:
                return last
        except Exception as exc:  # noqa: BLE001 - the page is re-rendering; try again
            last = exc
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}: last {last!r}")


def _click(find: Callable[[], Any], what: str) -> None:
    """Click the element ``find`` returns once it takes the click: Ant Design's popovers
    and dropdowns are in the DOM before their opening animation makes them
    interactable, so a failed click (not interactable, stale, covered) is tried again."""

    def clicked() -> bool:
        find().click()
        return True

    _wait_for(clicked, what=f"a click on {what}")


def _chart(driver: Any, name: str) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(
        By.CSS_SELECTOR, f'[data-test="chart-grid-component"][data-test-chart-name="{name}"]'
    )


def _big_number(driver: Any, name: str) -> int:
    from selenium.webdriver.common.by import By

    text = _chart(driver, name).find_element(By.CSS_SELECTOR, ".header-line").text
    return int(text.replace(",", "").strip())


def _table_rows(driver: Any, name: str) -> list[list[str]]:
    from selenium.webdriver.common.by import By

    rows = _chart(driver, name).find_elements(By.CSS_SELECTOR, "table tbody tr")
    return [[td.text for td in r.find_elements(By.CSS_SELECTOR, "td")] for r in rows]


def _set_time_range(driver: Any, start: date, end: date) -> None:
    """Open the time-range filter, switch to the advanced range, type both dates."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _click(
        lambda: driver.find_element(By.CSS_SELECTOR, '[data-test="time-range-trigger"]'),
        "the time-range trigger",
    )
    popover = _wait_for(
        lambda: driver.find_element(By.CSS_SELECTOR, ".time-range-popover"), what="time popover"
    )
    kind = popover.find_element(By.CSS_SELECTOR, ".ant-select-selection-item")
    if kind.get_attribute("title") != "高度な":
        _click(
            lambda: popover.find_element(By.CSS_SELECTOR, ".ant-select-selector"),
            "the range kind",
        )
        _click(
            lambda: driver.find_element(By.CSS_SELECTOR, '.ant-select-item-option[title="高度な"]'),
            "the advanced range option",
        )
    inputs = _wait_for(
        lambda: popover.find_elements(By.CSS_SELECTOR, "input.ant-input"), what="range inputs"
    )
    for box, value in zip(inputs, (start, end), strict=True):
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(Keys.DELETE)
        box.send_keys(value.isoformat())
    _wait_for(
        lambda: f"{start.isoformat()} ≤ col < {end.isoformat()}" in popover.text,
        what="the evaluated range",
    )
    _click(
        lambda: popover.find_element(
            By.CSS_SELECTOR, '[data-test="date-filter-control__apply-button"]'
        ),
        "the range's Apply button",
    )


def _select(driver: Any, filter_id: str, option: str) -> list[str]:
    """Pick ``option`` in a select filter; returns every option the list offered."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element(By.CSS_SELECTOR, f'[data-test="{filter_id}"]')
    _click(lambda: box.find_element(By.CSS_SELECTOR, ".ant-select-selector"), filter_id)
    item = _wait_for(
        lambda: driver.find_element(By.CSS_SELECTOR, f'.ant-select-item-option[title="{option}"]'),
        what=f"option {option}",
    )
    offered = _wait_for(
        lambda: [
            e.get_attribute("title")
            for e in box.find_elements(By.CSS_SELECTOR, ".ant-select-item-option")
        ],
        what=f"the options of {filter_id}",
    )
    _click(lambda: item, f"option {option}")
    box.find_element(By.CSS_SELECTOR, "input").send_keys(Keys.ESCAPE)
    return offered


def _apply_filters(driver: Any) -> None:
    from selenium.webdriver.common.by import By

    button = driver.find_element(By.CSS_SELECTOR, '[data-test="filter-bar__apply-button"]')
    _wait_for(button.is_enabled, what="an enabled Apply button")
    _click(lambda: button, "the filter bar's Apply button")


def _screenshot(driver: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    time.sleep(1.5)  # charts animate in
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1600, max(1200, min(int(height) + 100, 4000)))
    time.sleep(0.5)
    png = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(png))
    driver.set_window_size(1600, 1500)
    assert png.stat().st_size > 20_000
    return png


@pytest.fixture(scope="module")
def clickhouse(clickhouse_server: ClickHouseServer, superset_database: str) -> dict[str, Any]:
    """Reader and admin clients of the session's dashboard database."""
    import clickhouse_connect

    def connect(user: str) -> Any:
        return clickhouse_connect.get_client(
            host="127.0.0.1",
            port=clickhouse_server.http_port,
            username=user,
            password=clickhouse_server.passwords[user],
            database=superset_database,
        )

    return {"reader": connect("mamori_reader"), "admin": connect("mamori_admin")}


def test_every_dashboard_renders_and_filters(
    superset_dashboards: SupersetServer, browser: Any
) -> None:
    """Every dashboard renders; then its time range is narrowed to the last four weeks
    through the filter bar and the filtered dashboard is saved as a PNG."""
    _login(browser, superset_dashboards)
    dashboards = _dashboards()
    assert len(dashboards) == 5
    end = _jst_today() + timedelta(days=1)
    for slug, title, charts in dashboards:
        browser.get(f"{superset_dashboards.url}/superset/dashboard/{slug}/")
        errors = _wait_rendered(browser, charts)
        assert not errors, f"{title}: chart errors {errors}"
        assert title.split()[0] in browser.page_source
        _set_time_range(browser, end - timedelta(days=28), end)
        _apply_filters(browser)
        time.sleep(1.0)
        errors = _wait_rendered(browser, charts)
        assert not errors, f"{title} (filtered): chart errors {errors}"
        _screenshot(browser, f"{slug}-filtered")
    # The telemetry pixel must not have left the machine: CSP refuses it first.
    logs = browser.get_log("browser")
    assert not any("ERR_NAME_NOT_RESOLVED" in e["message"] for e in logs), logs


TOTAL = "指標数（合計）"
HIGH = "高重大度の指標"
CUSTOMERS = "顧客数（指標のある顧客）"
BY_CATEGORY = "カテゴリ別の顧客数（→ 再発レビュー）"
WORKLIST = "レビュー対象の顧客（注視・警告・審査）"
DATA_AGE = "データの鮮度 data age"


def test_filters_set_by_hand_give_the_clickhouse_numbers(
    superset_dashboards: SupersetServer, browser: Any, clickhouse: dict[str, Any]
) -> None:
    reader = clickhouse["reader"]

    def raw(select: str, where: str, start: date, end: date) -> int:
        sql = (
            f"SELECT {select} FROM indicators FINAL WHERE {where}"
            " AND toDate(anchor_at, 'Asia/Tokyo') >= {s:Date} AND toDate(anchor_at, 'Asia/Tokyo') < {e:Date}"
        )
        return int(reader.query(sql, parameters={"s": start, "e": end}).result_rows[0][0])

    _login(browser, superset_dashboards)
    browser.get(f"{superset_dashboards.url}/superset/dashboard/mamori-trends/")
    assert not _wait_rendered(browser, _charts_on("mamori-trends"))
    q_start, q_end = _default_range()
    before = {
        TOTAL: raw("uniqExact(indicator_id)", "1", q_start, q_end),
        HIGH: raw("uniqExact(indicator_id)", "severity = 'high'", q_start, q_end),
        CUSTOMERS: raw("uniqExact(customer_key)", "1", q_start, q_end),
    }
    for name, expected in before.items():
        _wait_for(
            lambda n=name, e=expected: _big_number(browser, n) == e, what=f"{name} = {expected}"
        )

    # A person narrows to the last four weeks, e-mail, and abusive language.
    end = _jst_today() + timedelta(days=1)
    start = end - timedelta(days=28)
    _set_time_range(browser, start, end)
    _select(browser, "NATIVE_FILTER-trends-channel", "メール email")
    offered = _select(browser, "NATIVE_FILTER-trends-category", "B · 暴言・侮辱・人格否定")
    axes = [o.split(" · ")[0] for o in offered if o]
    assert axes == sorted(axes) and {"A", "B"} <= set(axes), offered  # grouped by axis
    _apply_filters(browser)

    category = "category = 'abusive_language'"
    after = {
        # the indicator counts have no channel (an indicator may move channel): not in scope
        TOTAL: raw("uniqExact(indicator_id)", category, start, end),
        HIGH: raw("uniqExact(indicator_id)", f"{category} AND severity = 'high'", start, end),
        CUSTOMERS: raw("uniqExact(customer_key)", f"{category} AND channel = 'email'", start, end),
    }
    assert all(after[n] != before[n] for n in after), (before, after)
    for name, expected in after.items():
        _wait_for(
            lambda n=name, e=expected: _big_number(browser, n) == e, what=f"{name} = {expected}"
        )
    rows = _wait_for(lambda: _table_rows(browser, BY_CATEGORY), what="customers by category")
    assert [r[0] for r in rows] == ["B · 暴言・侮辱・人格否定"]
    assert int(rows[0][1]) == after[CUSTOMERS]
    _screenshot(browser, "mamori-trends-by-hand")


def test_drill_down_from_a_category_lands_on_the_filtered_worklist(
    superset_dashboards: SupersetServer, browser: Any, clickhouse: dict[str, Any]
) -> None:
    from selenium.webdriver.common.by import By

    _login(browser, superset_dashboards)
    browser.get(f"{superset_dashboards.url}/superset/dashboard/mamori-trends/")
    assert not _wait_rendered(browser, _charts_on("mamori-trends"))
    label = "B · 暴言・侮辱・人格否定"
    link = _wait_for(
        lambda: next(
            row.find_element(By.CSS_SELECTOR, 'a[href*="mamori-recurrence-review"]')
            for row in _chart(browser, BY_CATEGORY).find_elements(By.CSS_SELECTOR, "tbody tr")
            if row.text.startswith(label)
        ),
        what="the drill-down link",
    )
    link.click()
    _wait_for(
        lambda: "mamori-recurrence-review" in browser.current_url, what="the review dashboard"
    )
    assert not _wait_rendered(browser, _charts_on("mamori-recurrence-review"))
    q_start, q_end = _default_range()
    expected = {
        r[0]
        for r in clickhouse["reader"]
        .query(
            "SELECT DISTINCT customer_key FROM indicators FINAL WHERE category = 'abusive_language'"
            " AND customer_key IN (SELECT customer_key FROM recurrence_review)"
            " AND toDate(anchor_at, 'Asia/Tokyo') >= {s:Date} AND toDate(anchor_at, 'Asia/Tokyo') < {e:Date}",
            parameters={"s": q_start, "e": q_end},
        )
        .result_rows
    }
    assert expected
    rows = _wait_for(
        lambda: [r for r in _table_rows(browser, WORKLIST) if r] or None, what="worklist rows"
    )
    customers = {c for r in rows for c in r if c.startswith("cust-")}
    assert customers == expected, rows
    for r in rows:
        key = next(c for c in r if c.startswith("cust-"))
        assert f"mamori review {key}" in r, r  # how to open the review pack
        assert "暴言・侮辱・人格否定" in r, r  # only the drilled category
    # the filter bar shows the drilled value
    box = browser.find_element(By.CSS_SELECTOR, '[data-test="NATIVE_FILTER-review-category"]')
    assert label in box.text
    _screenshot(browser, "mamori-recurrence-review-drilled")


def test_data_age_turns_to_a_warning_when_the_refresh_stops(
    superset_dashboards: SupersetServer,
    browser: Any,
    clickhouse: dict[str, Any],
    superset_database: str,
) -> None:
    from selenium.webdriver.common.by import By

    _login(browser, superset_dashboards)
    url = f"{superset_dashboards.url}/superset/dashboard/mamori-trends/"
    browser.get(url)
    assert not _wait_rendered(browser, _charts_on("mamori-trends"))
    marker = _wait_for(lambda: _chart(browser, DATA_AGE).text, what="data age")
    assert "正常 OK" in marker and "⚠" not in marker, marker
    view = f"{superset_database}.indicators_daily_counts_mv"
    clickhouse["admin"].command(f"SYSTEM STOP VIEW {view}")
    try:
        time.sleep(11)  # the chart's own cache timeout (10 s)
        browser.get(url)
        assert not _wait_rendered(browser, _charts_on("mamori-trends"))
        marker = _wait_for(
            lambda: "停止" in _chart(browser, DATA_AGE).text and _chart(browser, DATA_AGE).text,
            what="the stopped marker",
        )
        assert "⚠ 停止 stopped" in marker and "indicators_daily_counts_mv" in marker, marker
        _chart(browser, DATA_AGE).find_element(By.CSS_SELECTOR, "table")
        _screenshot(browser, "mamori-trends-refresh-stopped")
    finally:
        clickhouse["admin"].command(f"SYSTEM START VIEW {view}")
