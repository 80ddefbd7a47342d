"""The web page in a real browser: headless Chromium from Debian's packages, driven by
Selenium through the system's chromedriver (nothing is downloaded). It loads the list,
searches, opens an item, finds a members-only item hidden, signs in with Slack against the
twin's OpenID Connect pages and then sees it. A screenshot is kept in test-artifacts/.

Skipped without Chromium, unless LEERNET_REQUIRE_BROWSER=1 (CI): then that fails."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import BOB
from tests.knowledge.helpers import items, share

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"


def _missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.exists(path) or shutil.which(Path(path).name)):
            return f"{path} is not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture
def browser() -> Iterator:
    missing = _missing()
    if missing:
        if os.environ.get("LEERNET_REQUIRE_BROWSER") == "1":
            pytest.fail(f"LEERNET_REQUIRE_BROWSER=1 but {missing}")
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--window-size=412,915"):  # a phone's width
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _click_and_load(driver, by: str, value: str) -> None:
    """Click what leads to another page, and wait until that page has replaced this one."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(by, value).click()
    WebDriverWait(driver, 30).until(expected_conditions.staleness_of(page))


def _listed(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#items .title")]


def test_read_search_open_and_sign_in_with_slack_in_a_browser(network, browser):
    from selenium.webdriver.common.by import By

    guide = network.twin.upload_file(BOB, "Stagegids.pdf", b"%PDF-1.4 gids")
    share(network, BOB, title="Stagiairs begeleiden", visibility="public",
          text="Eén *mentor* per stagiair werkt beter dan een groep.", file=[guide])
    network.twin.wait_for("views.update")  # the file is copied: the form says so
    share(network, BOB, title="Afspraken met de mentoren", visibility="network",
          text="Alleen voor het netwerk: de mentoren spreken maandelijks af.")
    public, members_only = (item.id for item in items(network))

    browser.get(network.url + "/kennis")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Kennisbibliotheek"
    viewport = browser.find_element(By.CSS_SELECTOR, 'meta[name="viewport"]')
    assert "width=device-width" in viewport.get_attribute("content")
    assert _listed(browser) == ["Stagiairs begeleiden"]  # the members' item is hidden

    box = browser.find_element(By.ID, "q")
    box.send_keys("mentoren")  # another word form: "mentor"
    _click_and_load(browser, By.ID, "search")
    assert "q=mentoren" in browser.current_url
    assert _listed(browser) == ["Stagiairs begeleiden"]
    marked = browser.find_elements(By.CSS_SELECTOR, "#items mark")
    assert [m.text.lower() for m in marked] == ["mentor"]

    _click_and_load(browser, By.LINK_TEXT, "Stagiairs begeleiden")
    assert browser.current_url.endswith(f"/kennis/{public}")
    assert browser.find_element(By.CSS_SELECTOR, "#item strong").text == "mentor"
    download = browser.find_element(By.CSS_SELECTOR, "#item .file a")
    assert download.text == "Stagegids.pdf"
    assert download.get_attribute("href") == f"{network.url}/kennis/{public}/bestand"

    browser.get(f"{network.url}/kennis/{members_only}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Niet gevonden"

    network.twin.openid.sign_in_browser(BOB)  # Bob is signed in to Slack in this browser
    _click_and_load(browser, By.ID, "signin")
    # Slack's page allowed at once and sent us back: to the page we came from, signed in
    assert browser.current_url == f"{network.url}/kennis/{members_only}"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Afspraken met de mentoren"
    _click_and_load(browser, By.LINK_TEXT, "← Terug naar de bibliotheek")
    assert sorted(_listed(browser)) == ["Afspraken met de mentoren", "Stagiairs begeleiden"]
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "kennis-signed-in.png"))

    _click_and_load(browser, By.ID, "signout")
    assert _listed(browser) == ["Stagiairs begeleiden"]
    assert browser.find_elements(By.ID, "signin")
