"""``arsip serve`` in a real headless Chromium (the system's, driven through its chromedriver).

The tests skip when no Chromium or chromedriver is installed, except under ``CI=true``,
where a missing browser is a failure (``scripts/test`` installs it). Screenshots of the
results and document pages are saved in each test's temporary directory; with
``ARSIP_README_SCREENSHOT=1`` the results page is also saved as ``docs/serve.png``.
"""

from __future__ import annotations

import os
import shutil

import pytest

from .conftest import ROOT
from .serve_support import HOSTILE_TITLE, RADIO_POSTS, build_archive, running_server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def _require_browser():
    """Skip without a browser, or fail under CI, where the browser must be installed."""
    missing = [name for name, path in (("chromium", CHROMIUM), ("chromedriver", CHROMEDRIVER)) if not path]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium")
    if missing:
        message = f"browser tests need {', '.join(missing)} (scripts/test installs them)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    _require_browser()
    with running_server(build_archive(tmp_path_factory.mktemp("browser"))) as server:
        yield server.url.rstrip("/")


@pytest.fixture(scope="module")
def driver(site):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=id"):
        options.add_argument(argument)
    # An explicit chromedriver: Selenium Manager is never asked to download one.
    browser = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    yield browser
    browser.quit()


def navigate(driver, action) -> None:
    """Do ``action`` (a click, a submit) and wait until the next page has loaded."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    old_page = driver.find_element(By.TAG_NAME, "html")

    def next_page_loaded(driver) -> bool:
        try:
            old_page.is_enabled()
            return False
        except StaleElementReferenceException:
            return driver.execute_script("return document.readyState") == "complete"
        except WebDriverException:  # caught in the middle of the navigation: look again
            return False

    action()
    WebDriverWait(driver, 10).until(next_page_loaded)


def find(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, selector)


def find_all(driver, selector: str) -> list:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def search_for(driver, site: str, words: str) -> None:
    """Open the home page, type ``words`` in the search box and press Enter."""
    from selenium.webdriver.common.keys import Keys

    driver.get(site + "/")
    navigate(driver, lambda: find(driver, "#q").send_keys(words + Keys.ENTER))


def assert_no_alert(driver) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text


def test_search_facets_and_date_range(driver, site, tmp_path):
    search_for(driver, site, "radio")
    assert find(driver, "#total").text == f"1–10 dari {RADIO_POSTS + 1} dokumen"
    assert len(find_all(driver, ".hit")) == 10
    assert "radio" in driver.current_url and find(driver, "#q").get_attribute("value") == "radio"
    driver.save_screenshot(str(tmp_path / "results.png"))
    if os.environ.get("ARSIP_README_SCREENSHOT"):
        search_for(driver, site, "media buruh")
        driver.save_screenshot(str(ROOT / "docs" / "serve.png"))
        search_for(driver, site, "radio")

    facet = next(link for link in find_all(driver, "#facet-category a") if link.text == "Pelatihan Jurnalistik")
    navigate(driver, facet.click)
    assert find(driver, "#total").text == "1–8 dari 8 dokumen"
    assert all("Pelatihan Jurnalistik" in hit.text for hit in find_all(driver, ".hit .meta"))
    assert "Pelatihan Jurnalistik" in find(driver, "#filters").text

    find(driver, "#from").send_keys("2013")
    find(driver, "#to").send_keys("Desember 2014")
    navigate(driver, find(driver, "#apply").click)
    dates = [time.get_attribute("datetime") for time in find_all(driver, ".hit time")]
    assert dates and all("2013" <= date[:4] <= "2014" for date in dates)
    assert find(driver, "#total").text == f"1–{len(dates)} dari {len(dates)} dokumen"
    assert "from=2013" in driver.current_url and "category=pelatihan-jurnalistik" in driver.current_url

    find(driver, "#from").clear()
    find(driver, "#from").send_keys("kemarin")
    navigate(driver, find(driver, "#apply").click)
    assert "not a date" in find(driver, "#error").text


def test_pages_document_and_back_button(driver, site, tmp_path):
    search_for(driver, site, "radio desa")
    first_page = [hit.text for hit in find_all(driver, ".hit h3")]
    navigate(driver, find(driver, "#next").click)
    assert find(driver, "#total").text.startswith("11–20 dari")
    second_page = [hit.text for hit in find_all(driver, ".hit h3")]
    assert not set(first_page) & set(second_page)
    navigate(driver, find(driver, "#previous").click)
    assert [hit.text for hit in find_all(driver, ".hit h3")] == first_page
    navigate(driver, find(driver, "#next").click)

    title = find(driver, ".hit h3 a")
    expected = title.text
    navigate(driver, title.click)
    assert find(driver, "h1.doc-title").text == expected
    assert "Radio Komunitas" in find(driver, ".metadata").text or "Pelatihan Jurnalistik" in find(driver, ".metadata").text
    driver.save_screenshot(str(tmp_path / "document.png"))

    navigate(driver, driver.back)
    assert find(driver, "#total").text.startswith("11–20 dari")
    assert [hit.text for hit in find_all(driver, ".hit h3")] == second_page
    assert find(driver, "#q").get_attribute("value") == "radio desa"


def test_a_script_title_is_text_and_runs_nothing(driver, site, tmp_path):
    search_for(driver, site, "naskah siaran")
    titles = [hit.text for hit in find_all(driver, ".hit h3")]
    assert HOSTILE_TITLE in titles
    assert_no_alert(driver)
    link = next(link for link in find_all(driver, ".hit h3 a") if link.text == HOSTILE_TITLE)
    navigate(driver, link.click)
    assert find(driver, "h1.doc-title").text == HOSTILE_TITLE
    assert '"><img src=x onerror=alert(2)>' in find(driver, ".metadata").text
    assert "<b onmouseover=alert(3)>tebal</b>" in find(driver, ".fields").get_attribute("textContent")
    assert "<script>alert(4)</script>" in find(driver, ".text").text
    assert_no_alert(driver)
    driver.save_screenshot(str(tmp_path / "hostile.png"))


def test_english_switch(driver, site):
    search_for(driver, site, "radio")
    navigate(driver, find(driver, "#language").click)
    assert find(driver, "html").get_attribute("lang") == "en"
    assert "lang=en" in driver.current_url
    assert find(driver, "#total").text == f"1–10 of {RADIO_POSTS + 1} documents"
    assert find(driver, "#search-button").text == "Search"
    from selenium.webdriver.common.keys import Keys

    find(driver, "#q").clear()
    navigate(driver, lambda: find(driver, "#q").send_keys("buruh" + Keys.ENTER))
    assert "lang=en" in driver.current_url and find(driver, "#total").text.endswith("documents")
    navigate(driver, find(driver, "#language").click)
    assert find(driver, "html").get_attribute("lang") == "id" and find(driver, "#search-button").text == "Cari"
