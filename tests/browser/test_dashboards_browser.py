"""A real browser (Debian chromium, headless, through chromedriver) logs in to the
session's Superset, opens every Mamori dashboard, waits until every chart has
rendered without an error, and saves a PNG per dashboard under
test-artifacts/dashboards/. The browser may resolve nothing but 127.0.0.1."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from mamori.dashboards.superset_client import ADMIN_USER
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
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(f"{superset.url}/login/")
    WebDriverWait(driver, 30).until(ec.presence_of_element_located((By.ID, "username")))
    driver.find_element(By.ID, "username").send_keys(ADMIN_USER)
    driver.find_element(By.ID, "password").send_keys(superset.admin_password)
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 30).until(lambda d: "/login" not in d.current_url)


def _wait_rendered(driver: Any, expected: int, timeout: float = 60.0) -> list[str]:
    """Block until ``expected`` charts each show a canvas/svg/table; returns errors seen."""
    from selenium.webdriver.common.by import By

    deadline = time.monotonic() + timeout
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
        if time.monotonic() > deadline:
            missing = [h.text.split("\n")[0] for h in holders if h not in rendered]
            raise AssertionError(
                f"{len(rendered)}/{expected} charts rendered after {timeout:.0f}s; "
                f"holders {len(holders)}, loading {len(loading)}, not rendered: {missing}"
            )
        time.sleep(0.5)


def test_every_dashboard_renders(superset_dashboards: SupersetServer, browser: Any) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    _login(browser, superset_dashboards)
    dashboards = _dashboards()
    assert len(dashboards) == 5
    for slug, title, charts in dashboards:
        browser.get(f"{superset_dashboards.url}/superset/dashboard/{slug}/")
        errors = _wait_rendered(browser, charts)
        assert not errors, f"{title}: chart errors {errors}"
        assert title.split()[0] in browser.page_source
        # Charts animate in; let them settle so the picture shows the final state.
        time.sleep(1.5)
        height = browser.execute_script("return document.body.scrollHeight")
        browser.set_window_size(1600, max(1200, min(int(height) + 100, 4000)))
        time.sleep(0.5)
        png = ARTIFACTS / f"{slug}.png"
        browser.save_screenshot(str(png))
        assert png.stat().st_size > 20_000
    # The telemetry pixel must not have left the machine: CSP refuses it first.
    logs = browser.get_log("browser")
    assert not any("ERR_NAME_NOT_RESOLVED" in e["message"] for e in logs), logs
