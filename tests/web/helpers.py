"""A browser's side of the web page over plain HTTP: a cookie jar, no redirects followed, and
"Sign in with Slack" against the twin's OpenID Connect pages."""

import http.client
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from slack_twin.local_stack import LocalStack
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.knowledge.helpers import items, share
from tests.slack_helpers import add_member, create_network

CAROL, OLGA = "UCAROL01", "UOLGA001"
BRUGGE = "CBRUGGE1"
OTHER_TEAM = "T0OTHER"


@dataclass
class Reply:
    status: int
    body: str
    headers: list[tuple[str, str]]

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def cookies_set(self) -> list[str]:
        return [v for k, v in self.headers if k.lower() == "set-cookie"]


@dataclass
class Browser:
    """One browser: its cookies for the bot's address."""

    stack: LocalStack
    cookies: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Reply:
        parts = urlsplit(self.stack.url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        sent = dict(headers or {})
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=sent)
            answer = connection.getresponse()
            reply = Reply(answer.status, answer.read().decode("utf-8", "replace"),
                          answer.getheaders())
        finally:
            connection.close()
        for cookie in reply.cookies_set():
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if "Max-Age=0" in cookie:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return reply

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def post(self, path: str, form: dict[str, str]) -> Reply:
        return self.request("POST", path, urlencode(form).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def start_signin(self, back: str = "/kennis") -> str:
        """Click "Aanmelden met Slack": the URL of Slack's sign-in page it sends us to."""
        reply = self.get(f"/kennis/aanmelden?{urlencode({'next': back})}")
        assert reply.status == 302, (reply.status, reply.body[:300])
        location = reply.header("Location")
        assert location and location.startswith(self.stack.twin.openid_authorize_url)
        return location

    def come_back(self, redirect: str) -> Reply:
        """Slack sends the browser back to the bot."""
        assert redirect.startswith(self.stack.url), redirect
        return self.get(redirect.removeprefix(self.stack.url))

    def sign_in(self, user_id: str, team_id: str | None = None,
                back: str = "/kennis") -> Reply:
        slack_page = self.start_signin(back)
        reply = self.come_back(self.stack.twin.openid.authorize(slack_page, user_id, team_id))
        assert reply.status == 303, (reply.status, reply.body[:300])
        return reply

    def csrf(self) -> str:
        found = re.search(r'name="csrf" value="([^"]+)"', self.get("/kennis").body)
        assert found, "no sign-out form"
        return found.group(1)


def listed_ids(body: str) -> set[int]:
    return {int(found) for found in re.findall(r'<li class="item" data-id="(\d+)"', body)}


def library(stack: LocalStack) -> dict[str, int]:
    """Two networks (Gent with Bob and Ann, Brugge with Carol) sharing one item of each
    visibility; every text has "stagiair". Returns {title: id}."""
    stack.twin.add_user(CAROL, "carol")
    stack.twin.add_channel(BRUGGE, "leernet-brugge", members=[FACILITATOR, CAROL])
    create_network(stack, channel=BRUGGE, name="Brugge")
    add_member(stack, CAROL, BRUGGE)
    for visibility in ("network", "workspace", "public"):
        share(stack, BOB, title=f"Gent {visibility}", visibility=visibility,
              text=f"Stagiairs in Gent, {visibility}.")
        share(stack, CAROL, channel=BRUGGE, title=f"Brugge {visibility}",
              visibility=visibility, text=f"Stagiairs in Brugge, {visibility}.")
    stack.twin.add_team(OTHER_TEAM)
    stack.twin.add_user(OLGA, "olga", team_id=OTHER_TEAM)
    return {item.title: item.id for item in items(stack)}


__all__ = ["ANN", "BOB", "CAROL", "CHANNEL", "OLGA", "OTHER_TEAM", "Browser", "library",
           "listed_ids"]
