"""The web page under attack: forged sign-outs (CSRF), changed and expired cookies, sign-ins
that do not come back right, hostile query strings and paths (never a 500), and HTML in what
people typed (shown as text, never run)."""

import time
from datetime import timedelta
from urllib.parse import quote

import pytest
from itsdangerous import TimestampSigner

from handlers.web.session import SESSION_COOKIE, Cookies
from slack_twin.local_stack import SIGNING_SECRET
from tests.conftest import BOB
from tests.knowledge.helpers import items, share
from tests.web.helpers import Browser, library, listed_ids


def _signed_in(body: str) -> bool:
    return 'id="signout"' in body


# --- CSRF -------------------------------------------------------------------------------------

def test_signing_out_needs_the_session_s_own_token(network):
    bob, other = Browser(network), Browser(network)
    bob.sign_in(BOB)
    other.sign_in(BOB)
    for form in ({}, {"csrf": ""}, {"csrf": "x" * 32}, {"csrf": other.csrf()}):
        refused = bob.post("/kennis/afmelden", form)
        assert refused.status == 403, form
        assert _signed_in(bob.get("/kennis").body)
    assert Browser(network).post("/kennis/afmelden", {"csrf": bob.csrf()}).status == 403
    done = bob.post("/kennis/afmelden", {"csrf": bob.csrf()})
    assert (done.status, done.header("Location")) == (303, "/kennis")
    assert SESSION_COOKIE not in bob.cookies
    assert not _signed_in(bob.get("/kennis").body)


def test_a_get_to_sign_out_changes_nothing(network):
    bob = Browser(network)
    bob.sign_in(BOB)
    assert bob.get("/kennis/afmelden").status == 404
    assert _signed_in(bob.get("/kennis").body)


# --- cookies ----------------------------------------------------------------------------------

def test_the_session_cookie_is_httponly_samesite_and_secure_only_over_https(network):
    reply = Browser(network).sign_in(BOB)
    (cookie,) = [c for c in reply.cookies_set() if c.startswith(SESSION_COOKIE + "=")]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Max-Age=43200" in cookie
    assert "Secure" not in cookie  # the stack's public URL is http
    secure = Cookies(SIGNING_SECRET, timedelta(hours=1), secure=True).sign_in("T", "U", "nl")
    assert "; Secure" in secure and "HttpOnly" in secure
    page = Browser(network).get("/kennis")
    assert page.header("Content-Security-Policy").startswith("default-src 'none';")
    assert "script-src" not in page.header("Content-Security-Policy")  # no scripts at all
    assert page.header("Cache-Control") == "no-store"
    assert Browser(network).get("/kennis/leernet.css").header("Cache-Control") == "max-age=3600"


def test_a_changed_or_foreign_cookie_counts_as_not_signed_in(network):
    ids = library(network)
    members_only = f"/kennis/{ids['Gent network']}"
    bob = Browser(network)
    bob.sign_in(BOB)
    assert bob.get(members_only).status == 200
    real = bob.cookies[SESSION_COOKIE]
    payload, _, signature = real.partition(".")
    forged = [
        real[:-2] + ("AA" if real[-2:] != "AA" else "BB"),  # the signature changed
        payload[::-1] + "." + signature,
        Cookies("another secret", timedelta(hours=1), False).sign_in(
            "T0TWIN", BOB, "nl").split(";")[0].split("=", 1)[1],  # signed with another key
        "", "%00", "x" * 5000, '"\\"', "é",
    ]
    for value in forged:
        browser = Browser(network, {SESSION_COOKIE: value})
        page = browser.get(members_only)
        assert page.status == 404, value
        assert not _signed_in(browser.get("/kennis").body)


def test_an_expired_session_counts_as_not_signed_in(network):
    ids = library(network)

    class LongAgo(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time()) - 13 * 3600  # the stack's sessions last 12 hours

    cookies = Cookies(SIGNING_SECRET, timedelta(hours=12), False)
    cookies._signer.signer = LongAgo  # type: ignore[misc]
    old = cookies.sign_in("T0TWIN", BOB, "nl").split(";")[0].split("=", 1)[1]
    fresh = Cookies(SIGNING_SECRET, timedelta(hours=12), False).sign_in(
        "T0TWIN", BOB, "nl").split(";")[0].split("=", 1)[1]
    members_only = f"/kennis/{ids['Gent network']}"
    assert Browser(network, {SESSION_COOKIE: fresh}).get(members_only).status == 200
    assert Browser(network, {SESSION_COOKIE: old}).get(members_only).status == 404


# --- signing in -------------------------------------------------------------------------------

def test_a_sign_in_only_finishes_once_in_the_browser_that_started_it(network):
    ids = library(network)
    members_only = f"/kennis/{ids['Gent network']}"
    bob = Browser(network)
    back = network.twin.openid.authorize(bob.start_signin(members_only), BOB)
    stranger = Browser(network)  # the link, opened elsewhere: no sign-in cookie
    assert stranger.come_back(back).status == 400
    assert stranger.get(members_only).status == 404
    done = bob.come_back(back)
    assert (done.status, done.header("Location")) == (303, members_only)
    assert bob.get(members_only).status == 200
    bob.start_signin()  # a new sign-in cookie; the old code and state are used up
    assert bob.come_back(back).status == 400


def test_slack_refusing_or_a_wrong_state_or_code_signs_nobody_in(network):
    bob = Browser(network)
    cancelled = network.twin.openid.authorize(bob.start_signin(), BOB, allow=False)
    assert bob.come_back(cancelled).status == 400
    page = bob.start_signin()
    back = network.twin.openid.authorize(page, BOB)
    wrong_state = back.replace("state=", "state=x")
    assert bob.come_back(wrong_state).status == 400
    bob.start_signin()
    state = bob.start_signin().split("state=")[1].split("&")[0]
    assert bob.get(f"/kennis/aanmelden/terug?state={state}&code=nonsense").status == 400
    assert not _signed_in(bob.get("/kennis").body)


def test_after_signing_in_the_browser_only_goes_back_to_our_own_pages(network):
    for back in ("https://evil.example/", "//evil.example", "/kennis/../slack/install",
                 "javascript:alert(1)", "/kennis/1\r\nSet-Cookie: x=1"):
        bob = Browser(network)
        reply = bob.sign_in(BOB, back=back)
        assert reply.header("Location") == "/kennis", back


# --- hostile input ----------------------------------------------------------------------------

HOSTILE = [
    "/kennis?q=%22%27%3C%3E*NEAR(a%20b)%20OR%20-x%20%22",
    "/kennis?q=%00%00", "/kennis?q=%ff%fe%ed", "/kennis?q=%ED%A0%80",
    "/kennis?q=" + "stagiair%20" * 3000, "/kennis?q=" + "a" * 20000,
    "/kennis?network=99999999999999999999", "/kennis?network=-1", "/kennis?network=%00",
    "/kennis?network=2147483648", "/kennis?network=%C2%B2",
    "/kennis?kind=%3Cscript%3E", "/kennis?kind=", "/kennis?theme=%00", "/kennis?theme=%25",
    "/kennis?theme=_", "/kennis?theme=" + "x" * 5000, "/kennis?lang=xx", "/kennis?lang=%00",
    "/kennis?q=a&q=b&network=1&network=x", "/kennis?%zz=%zz&&&==", "/kennis?" + "&" * 5000,
    "/kennis/0", "/kennis/2147483648", "/kennis/99999999999999999999", "/kennis/abc",
    "/kennis/%00", "/kennis/1%00", "/kennis/-1", "/kennis/1.5", "/knowledge/1/../2",
    "/kennis//1", "/kennis/%C2%B2", "/kennis/aanmelden/terug", "/kennis/aanmelden/terug?code=x",
    "/kennis/aanmelden/terug?state=%00&code=%00", "/kennis/aanmelden?next=%00",
    "/kennis/" + quote("<script>alert(1)</script>"), "/kennisx", "/kennis/leernet.css/x",
]


def test_hostile_query_strings_and_paths_never_break_a_page(network):
    library(network)
    for user in (None, BOB):
        browser = Browser(network)
        if user:
            browser.sign_in(user)
        for path in HOSTILE:
            reply = browser.get(path)
            assert reply.status < 500, (path, reply.status, reply.body[:300])
            assert "<script>alert" not in reply.body, path
        for method in ("PUT", "DELETE", "PATCH", "POST"):
            assert browser.request(method, "/kennis").status in (403, 405)
        big = browser.request("POST", "/kennis/afmelden", b"csrf=" + b"x" * 100000,
                              {"Content-Type": "application/x-www-form-urlencoded"})
        assert big.status == 403


def test_filters_narrow_the_list_and_combine_with_a_search(network):
    ids = library(network)
    anonymous = Browser(network)
    assert listed_ids(anonymous.get("/kennis?network=1").body) == {ids["Gent public"]}
    assert listed_ids(anonymous.get("/kennis?network=2&q=stagiair").body) == {
        ids["Brugge public"]}
    assert listed_ids(anonymous.get("/kennis?kind=obstacle").body) == set()
    assert listed_ids(anonymous.get("/kennis?theme=STAGE").body) == {
        ids["Gent public"], ids["Brugge public"]}
    assert listed_ids(anonymous.get("/kennis?theme=stag").body) == set()


# --- what people typed -----------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/kennis", "/kennis?q=mentor", "/kennis/{id}"])
def test_typed_html_is_shown_as_text_and_mrkdwn_as_safe_html(network, path):
    share(network, BOB, visibility="public", title='<script>alert("t")</script> Mentor',
          text='Een *mentor* _per_ ~groep~ `code` <img src=x onerror=alert(1)> & "quotes"\n'
               '<a href="javascript:alert(2)">klik</a> </p></div><script>alert(3)</script>',
          new_themes='"><script>alert(4)</script>', link='https://example.org/"onmouseover=x')
    (item,) = items(network)
    body = Browser(network).get(path.format(id=item.id)).body
    assert "<script>alert" not in body and "<img" not in body and "<a href=\"javascript" not in body
    assert "&lt;script&gt;alert(" in body
    if path.endswith("{id}"):
        assert "<strong>mentor</strong> <em>per</em> <del>groep</del> <code>code</code>" in body
        assert "&lt;img src=x onerror=alert(1)&gt; &amp; &#34;quotes&#34;" in body
        assert 'href="https://example.org/&#34;onmouseover=x"' in body


def test_without_a_public_url_there_are_no_links_and_no_sign_in(database_url):
    from handlers.slack import ids as action_ids
    from slack_twin.local_stack import LocalStack
    from tests.conftest import CHANNEL, FACILITATOR
    from tests.knowledge.helpers import click, search
    from tests.slack_helpers import add_member, create_network

    with LocalStack(database_url, migrate=False, public=False) as stack:
        stack.twin.add_user(FACILITATOR, "fien")
        stack.twin.add_user(BOB, "bob")
        stack.twin.add_channel(CHANNEL, "leernet-gent", members=[FACILITATOR, BOB])
        create_network(stack)
        add_member(stack, BOB)
        share(stack, BOB, visibility="public")
        (item,) = items(stack)
        browser = Browser(stack)
        page = browser.get("/kennis")
        assert listed_ids(page.body) == {item.id} and 'id="signin"' not in page.body
        assert browser.get("/kennis/aanmelden").status == 404
        shown = click(stack, BOB, action_ids.KNOWLEDGE_SHOW, search(stack, BOB), item.id)
        assert "/kennis/" not in str(shown["blocks"])
