"""The routes of the web page, as one WSGI application bot/web.py hands every path under
/kennis and /knowledge to:

    GET  /kennis                  the library: filters (network, kind, theme) and search
    GET  /kennis/<id>             one item (404 for an item the reader may not see)
    GET  /kennis/<id>/bestand     the copy of its file, as a download (404 the same way)
    GET  /kennis/leernet.css      the style sheet
    GET  /kennis/aanmelden        "Sign in with Slack": off to Slack's sign-in page
    GET  /kennis/aanmelden/terug  back from Slack: signed in, back to the page
    POST /kennis/afmelden         sign out (a form with the sign-in's CSRF token)

Every page is the same for what it shows and who reads it: anyone sees the public items, a
person signed in exactly what they see in Slack (storage.knowledge.visible_to). Query values
that make no sense are ignored, never an error."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from urllib.parse import parse_qsl, quote, urlencode

from jinja2 import Environment, PackageLoader
from markupsafe import Markup
from slack_sdk.oauth.state_store import OAuthStateStore

from bot.catalog import Lang, t
from bot.domain.errors import NotFound
from bot.domain.identity import Actor
from bot.domain.knowledge import MAX_QUERY, MAX_THEME, item_themes
from bot.text import clean, lang_for, whole_number
from handlers.slack.deps import Deps
from handlers.web.mrkdwn import snippet_html, to_html
from handlers.web.paths import (
    CALLBACK_PATH,
    LIBRARY_PATH,
    PREFIXES,
    SIGNIN_PATH,
    SIGNOUT_PATH,
    STYLE_PATH,
    chart_path,
    file_path,
    item_path,
)
from handlers.web.session import Cookies, SignedIn, SignInState, same_token
from handlers.web.signin import SignIn
from storage.models import KnowledgeKind

_ITEM = re.compile(r"/(?:kennis|knowledge)/([0-9]{1,12})")
_FILE = re.compile(r"/(?:kennis|knowledge)/([0-9]{1,12})/(?:bestand|file)")
# A closing report's chart, numbered from 1 (the same check as its item's page).
_CHART = re.compile(r"/(?:kennis|knowledge)/([0-9]{1,12})/(?:grafiek|chart)/([0-9]{1,3})\.png")
_BACK = re.compile(r"/(?:kennis|knowledge)(?:/[0-9]{1,12})?")
MAX_FORM = 4096
LISTED_TEXT = 240  # characters of an item's text in the list

_HEADERS = [
    ("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; "
     "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
]
HTML = ("Content-Type", "text/html; charset=utf-8")


def handles(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + "/") for prefix in PREFIXES)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    reader: SignedIn | None
    lang: Lang
    explicit_lang: bool  # ?lang= was given: links keep it
    set_cookies: list[str] = field(default_factory=list)

    @property
    def actor(self) -> Actor | None:
        return Actor(self.reader.team_id, self.reader.user_id) if self.reader else None

    def url(self, path: str, **params: object) -> str:
        """A link to one of our pages, keeping an explicit language."""
        kept = {k: str(v) for k, v in params.items() if v not in (None, "")}
        if self.explicit_lang:
            kept["lang"] = self.lang
        return path + ("?" + urlencode(kept) if kept else "")


@dataclass(frozen=True)
class Filters:
    q: str
    network: int | None
    kind: str | None
    theme: str | None

    def params(self, **changes: object) -> dict[str, object]:
        now = {"q": self.q, "network": self.network, "kind": self.kind, "theme": self.theme}
        return {**now, **changes}


def _query(environ: dict) -> dict[str, str]:
    raw = environ.get("QUERY_STRING", "")[:4 * MAX_QUERY]
    pairs = parse_qsl(raw, keep_blank_values=True, encoding="utf-8", errors="replace")
    found: dict[str, str] = {}
    for key, value in pairs:
        found.setdefault(key, clean(value))
    return found


def _filters(query: dict[str, str]) -> Filters:
    network = whole_number(query.get("network", ""))
    kind = query.get("kind")
    theme = " ".join(query.get("theme", "").split())
    return Filters(q=query.get("q", "")[:MAX_QUERY], network=network,
                   kind=kind if kind in {k.value for k in KnowledgeKind} else None,
                   theme=theme if theme and len(theme) <= MAX_THEME else None)


class WebPages:
    def __init__(self, deps: Deps, states: OAuthStateStore) -> None:
        self.deps = deps
        settings = deps.settings
        self.cookies = Cookies(settings.signing_secret or "", settings.web_session,
                               secure=(settings.public_url or "").startswith("https://"))
        self.signin = SignIn(settings, states)
        self.templates = Environment(loader=PackageLoader("handlers.web", "templates"),
                                     autoescape=True, trim_blocks=True, lstrip_blocks=True)
        self.templates.filters.update(mrkdwn=to_html, snippet=snippet_html)
        self.style = (files("handlers.web") / "static" / "leernet.css").read_bytes()

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        request = self._request(environ)
        status, headers, body = self._route(request, environ)
        headers = [*headers, *[("Set-Cookie", c) for c in request.set_cookies], *_HEADERS]
        if not any(name == "Cache-Control" for name, _ in headers):
            headers.append(("Cache-Control", "no-store"))  # a page depends on who reads it
        start_response(status, headers)
        return [body]

    def _request(self, environ: dict) -> Request:
        """Who reads (a valid sign-in cookie, or nobody) and in which language: ?lang=, else
        the signed-in person's as Slack has it now (their choice, their networks'), else
        their Slack locale at sign-in, else Dutch (LEERNET_LANGUAGE)."""
        query = _query(environ)
        reader = self.cookies.signed_in(environ)
        asked = query.get("lang")
        explicit = asked in ("nl", "en")
        if explicit:
            lang: Lang = lang_for(asked)
        elif reader is not None:
            known = self.deps.services.languages.reader(reader.team_id, reader.user_id).known()
            lang = known or reader.lang
        else:
            lang = lang_for(self.deps.settings.language)
        return Request(environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", ""),
                       query, reader, lang, explicit)

    def _route(self, request: Request, environ: dict) -> tuple[str, list, bytes]:
        path, method = request.path.rstrip("/") or "/", request.method
        if method == "POST" and path == SIGNOUT_PATH:
            return self._sign_out(request, environ)
        if method not in ("GET", "HEAD"):
            return self._message(request, "405 Method Not Allowed", "web.not_found")
        if path in PREFIXES:
            return self._library(request)
        if path == STYLE_PATH:
            return "200 OK", [("Content-Type", "text/css; charset=utf-8"),
                              ("Cache-Control", "max-age=3600")], self.style
        if path == SIGNIN_PATH and self.deps.settings.signin:
            return self._start_signin(request)
        if path == CALLBACK_PATH and self.deps.settings.signin:
            return self._finish_signin(request, environ)
        found = _ITEM.fullmatch(path)
        if found:
            return self._item(request, found.group(1))
        found = _FILE.fullmatch(path)
        if found:
            return self._file(request, found.group(1))
        chart = _CHART.fullmatch(path)
        if chart:
            return self._chart(request, chart.group(1), chart.group(2))
        return self._message(request, "404 Not Found", "web.not_found")

    # --- pages -------------------------------------------------------------------------------

    def _render(self, request: Request, status: str, template: str,
                **values: object) -> tuple[str, list, bytes]:
        lang = request.lang
        other: Lang = "en" if lang == "nl" else "nl"
        switch = {**request.query, "lang": other}
        page = self.templates.get_template(template).render(
            t=lambda key, **v: t(key, lang, **v), lang=lang, reader=request.reader,
            url=request.url, explicit_lang=request.explicit_lang, signin=self.deps.settings.signin,
            signin_url=request.url(SIGNIN_PATH, next=request.path.rstrip("/") or None),
            signout_url=SIGNOUT_PATH, style_url=STYLE_PATH,
            switch_url=request.path + "?" + urlencode(switch), **values)
        return status, [HTML], page.encode("utf-8")

    def _message(self, request: Request, status: str, key: str) -> tuple[str, list, bytes]:
        return self._render(request, status, "message.html", title=t(f"{key}.title",
                                                                       request.lang),
                            text=t(f"{key}.text", request.lang))

    def _library(self, request: Request) -> tuple[str, list, bytes]:
        filters = _filters(request.query)
        shelf = self.deps.services.knowledge.shelf(request.actor, filters.q, filters.network,
                                                   filters.kind, filters.theme)
        names = dict(shelf.networks)

        def link(**changes: object) -> str:
            return request.url(LIBRARY_PATH, **filters.params(**changes))

        rows = [{"item": hit.item, "url": request.url(item_path(hit.item.id)),
                 "network": names.get(hit.item.network_id, ""),
                 "snippet": hit.snippet,
                 "excerpt": _excerpt(hit.item.text)} for hit in shelf.hits]
        kinds = [(kind.value, t(f"knowledge.kind.{kind.value}", request.lang))
                 for kind in KnowledgeKind]
        return self._render(request, "200 OK", "library.html", shelf=shelf, rows=rows,
                            filters=filters, link=link, kinds=kinds, names=names,
                            terms=" ".join(shelf.terms))

    def _item(self, request: Request, raw_id: str) -> tuple[str, list, bytes]:
        item_id = whole_number(raw_id)
        if item_id is None:
            return self._message(request, "404 Not Found", "web.not_found")
        try:
            page = self.deps.services.knowledge.page(item_id, request.actor)
        except NotFound:  # the same answer whether it is gone or not theirs
            return self._message(request, "404 Not Found", "web.not_found")
        attached = page.attached
        charts = ([(chart_path(page.item.id, position), title) for position, title in
                   self.deps.services.closing_report.charts_of_item(page.item.id)]
                  if page.item.kind == KnowledgeKind.CLOSING_REPORT else [])
        return self._render(request, "200 OK", "item.html", item=page.item, charts=charts,
                            network=page.network_name, themes=item_themes(page.item),
                            file=attached.file if attached else None,
                            file_url=(request.url(file_path(page.item.id))
                                      if attached and attached.copied else None),
                            back=request.url(LIBRARY_PATH),
                            theme_url=lambda theme: request.url(LIBRARY_PATH, theme=theme))

    def _file(self, request: Request, raw_id: str) -> tuple[str, list, bytes]:
        """The copy of an item's file, for whoever may see the item (404 otherwise, as for
        the item): always a download under our type for its extension, never shown inline
        (nosniff and the page's Content-Security-Policy come with every answer)."""
        item_id = whole_number(raw_id)
        try:
            if item_id is None:
                raise NotFound("knowledge.error.gone")
            found = self.deps.services.knowledge.download(item_id, request.actor)
        except NotFound:
            return self._message(request, "404 Not Found", "web.not_found")
        return "200 OK", [("Content-Type", found.mimetype),
                          ("Content-Disposition", attachment(found.name)),
                          ("Content-Length", str(len(found.content)))], found.content

    def _chart(self, request: Request, raw_id: str, raw_position: str) -> tuple[str, list, bytes]:
        item_id, position = whole_number(raw_id), whole_number(raw_position)
        if item_id is None or position is None:
            return self._message(request, "404 Not Found", "web.not_found")
        try:
            png = self.deps.services.closing_report.chart(item_id, position, request.actor)
        except NotFound:  # the same answer whether it is gone or not theirs
            return self._message(request, "404 Not Found", "web.not_found")
        return "200 OK", [("Content-Type", "image/png")], png

    # --- signing in and out ----------------------------------------------------------------

    def _start_signin(self, request: Request) -> tuple[str, list, bytes]:
        back = request.query.get("next", "")
        url, state = self.signin.start(back if _BACK.fullmatch(back) else LIBRARY_PATH)
        request.set_cookies.append(self.cookies.start_signin(state))
        return "302 Found", [("Location", url), HTML], b""

    def _finish_signin(self, request: Request, environ: dict) -> tuple[str, list, bytes]:
        kept: SignInState | None = self.cookies.signin_state(environ)
        request.set_cookies.append(self.cookies.end_signin())
        person = None
        if "error" not in request.query:
            person = self.signin.finish(kept, request.query.get("state", ""),
                                        request.query.get("code", ""))
        if person is None or kept is None:
            return self._message(request, "400 Bad Request", "web.signin_failed")
        request.set_cookies.append(self.cookies.sign_in(person.team_id, person.user_id,
                                                        lang_for(person.locale)))
        return "303 See Other", [("Location", kept.back), HTML], b""

    def _sign_out(self, request: Request, environ: dict) -> tuple[str, list, bytes]:
        form = _form(environ)
        if request.reader is None or not same_token(request.reader.csrf, form.get("csrf")):
            return self._message(request, "403 Forbidden", "web.expired")
        request.set_cookies.append(self.cookies.sign_out())
        return "303 See Other", [("Location", LIBRARY_PATH), HTML], b""


def _form(environ: dict) -> dict[str, str]:
    length = environ.get("CONTENT_LENGTH") or "0"
    if not (length.isdigit() and int(length) <= MAX_FORM):
        return {}
    raw = environ["wsgi.input"].read(int(length)).decode("utf-8", "replace")
    return dict(parse_qsl(raw, keep_blank_values=True))


def attachment(name: str) -> str:
    """Content-Disposition for a download: an ASCII fallback name and the name itself
    (RFC 6266 / 5987)."""
    fallback = "".join(c if c.isascii() and c.isprintable() and c not in '"\\;' else "_"
                       for c in name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _excerpt(text: str) -> Markup:
    """The start of an item's text for the list, as safe HTML."""
    short = text if len(text) <= LISTED_TEXT else text[:LISTED_TEXT].rsplit(" ", 1)[0] + " …"
    return to_html(short)
