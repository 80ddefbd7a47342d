"""Who sees what on the web page: each role tries the list, a search, a filter and every
item's page; no item they may not see reaches any page (an item page answers 404, as for an
item that does not exist)."""

import pytest

from tests.conftest import ANN, BOB
from tests.slack_helpers import choose_language
from tests.web.helpers import CAROL, OLGA, OTHER_TEAM, Browser, library, listed_ids

EVERYONE = {"Gent public", "Brugge public"}
GENT = {"Gent network", "Gent workspace", "Brugge workspace"} | EVERYONE
BRUGGE = {"Brugge network", "Brugge workspace", "Gent workspace"} | EVERYONE

ROLES = {
    "anonymous": (None, None, EVERYONE),
    "member of Gent": (BOB, None, GENT),
    "member of Brugge": (CAROL, None, BRUGGE),
    "another workspace": (OLGA, OTHER_TEAM, EVERYONE),
    # the same user id as Ann, in another workspace: someone else
    "Ann's id elsewhere": (ANN, OTHER_TEAM, EVERYONE),
}


def _pages(browser: Browser, ids: dict[str, int]) -> list[str]:
    network_ids = {1, 2}
    return [browser.get(path).body for path in (
        "/kennis", "/knowledge", "/kennis?q=stagiair", "/kennis?q=Gent",
        "/kennis?kind=best_practice", "/kennis?theme=stage",
        *[f"/kennis?network={n}" for n in network_ids],
        *[f"/kennis?network={n}&q=stagiairs" for n in network_ids])]


@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_sees_exactly_what_it_sees_in_slack_and_nothing_else(network, role):
    ids = library(network)
    user, team, allowed = ROLES[role]
    browser = Browser(network)
    if user is not None:
        browser.sign_in(user, team)
    hidden = set(ids) - allowed
    pages = _pages(browser, ids)
    for body in pages:
        assert listed_ids(body) <= {ids[title] for title in allowed}
        for title in hidden:
            assert title not in body, (role, title)
    assert listed_ids(pages[0]) == {ids[title] for title in allowed}
    assert listed_ids(pages[2]) == {ids[title] for title in allowed}  # the search
    for title, item_id in ids.items():
        for prefix in ("/kennis", "/knowledge"):
            page = browser.get(f"{prefix}/{item_id}")
            if title in allowed:
                assert page.status == 200 and title in page.body, (role, title)
            else:
                assert page.status == 404, (role, title, page.status)
                assert title not in page.body
    # the answer for an item they may not see is the one for an item that never existed
    gone = browser.get("/kennis/999999")
    assert gone.status == 404
    if hidden:
        refused_id = ids[sorted(hidden)[0]]
        refused = browser.get(f"/kennis/{refused_id}")
        assert refused.body.replace(f"/kennis/{refused_id}", "/kennis/999999").replace(
            f"%2Fkennis%2F{refused_id}", "%2Fkennis%2F999999") == gone.body


def test_a_network_without_items_the_reader_may_see_is_not_among_the_filters(network):
    from tests.knowledge.helpers import share
    from tests.slack_helpers import add_member, create_network

    library(network)
    network.twin.add_channel("CLEUVEN1", "leernet-leuven", members=["UFACIL01", CAROL])
    create_network(network, channel="CLEUVEN1", name="Leuven")
    add_member(network, CAROL, "CLEUVEN1")
    share(network, CAROL, channel="CLEUVEN1", title="Alleen Leuven")
    anonymous = Browser(network).get("/kennis").body
    assert "Zorg &amp; Welzijn Gent" in anonymous  # it has a public item
    assert "Leuven" not in anonymous
    bob = Browser(network)
    bob.sign_in(BOB)
    assert "Leuven" not in bob.get("/kennis").body
    carol = Browser(network)
    carol.sign_in(CAROL)
    assert "Leuven" in carol.get("/kennis").body


def test_an_item_removed_in_slack_is_gone_from_the_page_at_once(network):
    from handlers.slack import ids as action_ids
    from tests.knowledge.helpers import click, items, search

    ids = library(network)
    item_id = ids["Gent public"]
    assert Browser(network).get(f"/kennis/{item_id}").status == 200
    answer = search(network, BOB, "Gent public")
    shown = click(network, BOB, action_ids.KNOWLEDGE_SHOW, answer, item_id)
    assert f"{network.url}/kennis/{item_id}|" in str(shown["blocks"])  # its page's link
    click(network, BOB, action_ids.KNOWLEDGE_REMOVE, shown, item_id,
          block_id=f"knowledge_item:{item_id}")
    assert item_id not in {item.id for item in items(network)}
    browser = Browser(network)
    assert browser.get(f"/kennis/{item_id}").status == 404
    assert "Gent public" not in browser.get("/kennis?q=gent").body


def test_the_page_is_dutch_english_on_request_and_in_the_signed_in_person_s_language(network):
    library(network)
    browser = Browser(network)
    assert "Kennisbibliotheek" in browser.get("/kennis").body
    english = browser.get("/kennis?lang=en").body
    assert "Knowledge library" in english and 'href="/kennis/' in english
    assert "lang=en" in english.split('id="items"')[1]  # links keep the language
    ann = Browser(network)
    ann.sign_in(ANN)  # she chose English in Slack
    assert "Knowledge library" in ann.get("/kennis").body
    assert "Kennisbibliotheek" in ann.get("/kennis?lang=nl").body
    bob = Browser(network)
    bob.sign_in(BOB)
    assert "Kennisbibliotheek" in bob.get("/kennis").body
    choose_language(network, BOB, "en")  # in Slack, while signed in on the page
    assert "Knowledge library" in bob.get("/kennis").body
