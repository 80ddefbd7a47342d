"""A file with a knowledge item, through signed HTTP against the twin: shared through the
form's file field and copied from Slack once, shown on the item and served by the web page
to those who may see the item only (a download, never a page), refused when its type is off
the list or it is too large (nothing stored), replaced or removed by an edit, and gone at
once with its item, by a removal or an erasure."""

import json

from bot.domain.knowledge_files import MAX_FILE_BYTES
from handlers.slack import ids
from slack_twin.local_stack import BOT_TOKEN
from storage.models import KnowledgeFile
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.knowledge.helpers import ITEM_VALUES, click, items, search
from tests.slack_helpers import open_modal, rows
from tests.web.helpers import Browser

PDF = b"%PDF-1.4\n" + b"stagiairs " * 300 + b"\n%%EOF"
NOTICE_WAIT = 10.0


def _share_file(stack, user: str, upload: dict, **changes) -> dict:
    """Share through `/leernet deel` with a file; return the modal as it ends (after the
    copy, the notice that replaced the "one moment" one)."""
    view = open_modal(stack, user, "deel")
    (field,) = [b for b in view["blocks"] if b.get("block_id") == "file"]
    assert field["element"]["type"] == "file_input" and field["optional"] is True
    updates = len(stack.twin.calls_to("views.update"))
    answer = stack.driver.submit_view(user, view, {**ITEM_VALUES, "file": [upload], **changes})
    assert answer.json["response_action"] == "update", answer.body
    assert "kopieert het bestand" in str(answer.json["view"]) or "copying" in str(
        answer.json["view"])
    stack.twin.wait_for("views.update", count=updates + 1, timeout=NOTICE_WAIT)
    return stack.twin.views[view["id"]]


def _files(stack) -> list[KnowledgeFile]:
    return rows(stack, KnowledgeFile)


def _shown(stack, user: str, item_id: int) -> dict:
    return click(stack, user, "knowledge_show", search(stack, user, "stagiair"), item_id)


def test_a_file_shared_with_an_item_is_kept_shown_and_served_to_its_readers_only(network):
    upload = network.twin.upload_file(BOB, "Stagegids 2026.pdf", PDF)
    notice = _share_file(network, BOB, upload)
    assert "Bewaard in de bibliotheek" in str(notice["blocks"])
    (item,) = items(network)
    (kept,) = _files(network)
    assert (kept.item_id, kept.slack_file_id, kept.name, kept.mimetype, kept.size) == (
        item.id, upload["id"], "Stagegids 2026.pdf", "application/pdf", len(PDF))
    assert kept.content == PDF and kept.permalink == upload["permalink"]
    (info,) = network.twin.calls_to("files.info")
    assert info.ok and info.args["file"] == upload["id"]
    (fetched,) = network.twin.calls_to("file_download")
    assert fetched.response["ok"] and fetched.token == BOT_TOKEN

    facts = str(_shown(network, ANN, item.id)["blocks"])
    assert f"<{upload['permalink']}|Stagegids 2026.pdf>" in facts
    assert f"/kennis/{item.id}/bestand|" in facts  # the web page's copy, for who may see it

    anonymous = Browser(network)
    assert anonymous.get(f"/kennis/{item.id}/bestand").status == 404  # a network item
    assert "Stagegids" not in anonymous.get(f"/kennis/{item.id}/bestand").body
    member = Browser(network)
    member.sign_in(ANN)
    page = member.get(f"/kennis/{item.id}")
    assert f'href="/kennis/{item.id}/bestand"' in page.body and "Stagegids 2026.pdf" in page.body
    served = member.get(f"/kennis/{item.id}/bestand")
    assert served.status == 200 and served.body.encode() == PDF
    assert served.header("Content-Type") == "application/pdf"
    assert served.header("Content-Disposition") == (
        'attachment; filename="Stagegids 2026.pdf"; '
        "filename*=UTF-8''Stagegids%202026.pdf")
    assert served.header("X-Content-Type-Options") == "nosniff"
    assert "default-src 'none'" in (served.header("Content-Security-Policy") or "")
    assert served.header("Cache-Control") == "no-store"


def test_a_public_item_s_file_is_served_to_anyone_always_as_a_download(network):
    # A text file that holds HTML: served as text, as an attachment, never as a page.
    script = b"<html><script>alert(document.cookie)</script></html>"
    upload = network.twin.upload_file(BOB, "notes.txt", script)
    _share_file(network, BOB, upload, visibility="public")
    (item,) = items(network)
    served = Browser(network).get(f"/knowledge/{item.id}/file")
    assert served.status == 200 and served.body.encode() == script
    assert served.header("Content-Type") == "text/plain"
    assert (served.header("Content-Disposition") or "").startswith("attachment;")
    assert served.header("X-Content-Type-Options") == "nosniff"


def test_a_file_off_the_list_or_too_large_is_refused_next_to_the_field(network):
    view = open_modal(network, BOB, "deel")
    (field,) = [b for b in view["blocks"] if b.get("block_id") == "file"]
    assert "html" not in field["element"]["filetypes"] and "svg" not in field["element"][
        "filetypes"]
    # The picker offers only the listed extensions; a name that lies about its type is
    # refused by Leernet (Slack calls filetypes a convenience).
    disguised = network.twin.upload_file(BOB, "gids.pdf", b"<svg onload=alert(1)>",
                                         mimetype="image/svg+xml")
    answer = network.driver.submit_view(BOB, view, {**ITEM_VALUES, "file": [disguised]})
    assert answer.json["response_action"] == "errors"
    assert set(answer.json["errors"]) == {"file"}
    assert "Dit soort bestand kan niet" in answer.json["errors"]["file"]
    big = network.twin.upload_file(BOB, "groot.pdf", b"%" * (MAX_FILE_BYTES + 1),
                                   mimetype="application/pdf")
    answer = network.driver.submit_view(BOB, view, {**ITEM_VALUES, "file": [big]})
    assert answer.json["errors"] == {"file": "Dit bestand is te groot: hoogstens 5 MB."}
    assert items(network) == [] and _files(network) == []  # nothing half-written
    assert network.twin.calls_to("files.info") == []
    fixed = network.driver.submit_view(BOB, view, {**ITEM_VALUES, "file": None})
    assert fixed.json["response_action"] == "update"
    assert len(items(network)) == 1 and _files(network) == []  # a file is optional


def test_without_files_read_the_item_keeps_the_slack_link_and_the_author_is_told(network):
    granted = {"channels:manage", "channels:read", "chat:write", "commands", "files:write",
               "groups:read", "groups:write", "im:history", "im:write", "pins:write",
               "users:read"}  # the manifest before files:read
    network.twin.set_scopes(BOT_TOKEN, granted)
    upload = network.twin.upload_file(BOB, "gids.docx", b"PK\x03\x04 docx")
    notice = _share_file(network, BOB, upload)
    told = str(notice["blocks"])
    assert "Bewaard in de bibliotheek" in told and "kon Leernet niet van Slack kopiëren" in told
    (refused,) = network.twin.calls_to("files.info")
    assert refused.response == {"ok": False, "error": "missing_scope", "needed": "files:read",
                                "provided": ",".join(sorted(granted))}
    (item,) = items(network)
    (kept,) = _files(network)
    assert kept.content is None and kept.permalink == upload["permalink"]
    facts = str(_shown(network, ANN, item.id)["blocks"])
    assert f"<{upload['permalink']}|gids.docx>" in facts and "/bestand" not in facts
    member = Browser(network)
    member.sign_in(BOB)
    assert "alleen in Slack" in member.get(f"/kennis/{item.id}").body
    assert member.get(f"/kennis/{item.id}/bestand").status == 404


def test_an_edit_replaces_or_removes_the_file_and_removing_the_item_deletes_it(network):
    _share_file(network, BOB, network.twin.upload_file(BOB, "oud.pdf", PDF))
    (item,) = items(network)
    shown = _shown(network, BOB, item.id)
    opened = len(network.twin.calls_to("views.open"))
    network.driver.click(BOB, ids.KNOWLEDGE_EDIT, message=shown, channel_id=CHANNEL,
                         block_id=f"knowledge_item:{item.id}")
    view = network.twin.wait_for("views.open", count=opened + 1)[-1].response["view"]
    (field,) = [b for b in view["blocks"] if b.get("block_id") == "file"]
    assert "oud.pdf" in field["hint"]["text"]
    kept = network.driver.submit_view(BOB, view, {"title": "Zonder nieuw bestand"})
    assert kept.json["response_action"] == "update"
    assert [f.name for f in _files(network)] == ["oud.pdf"]  # left empty: kept

    opened = len(network.twin.calls_to("views.open"))
    network.driver.click(BOB, ids.KNOWLEDGE_EDIT, message=shown, channel_id=CHANNEL,
                         block_id=f"knowledge_item:{item.id}")
    view = network.twin.wait_for("views.open", count=opened + 1)[-1].response["view"]
    updates = len(network.twin.calls_to("views.update"))
    new = network.twin.upload_file(BOB, "nieuw.png", b"\x89PNG\r\n\x1a\n")
    network.driver.submit_view(BOB, view, {"file": [new]})
    network.twin.wait_for("views.update", count=updates + 1, timeout=NOTICE_WAIT)
    (replaced,) = _files(network)
    assert (replaced.name, replaced.mimetype, replaced.content) == (
        "nieuw.png", "image/png", b"\x89PNG\r\n\x1a\n")

    opened = len(network.twin.calls_to("views.open"))
    network.driver.click(BOB, ids.KNOWLEDGE_EDIT, message=shown, channel_id=CHANNEL,
                         block_id=f"knowledge_item:{item.id}")
    view = network.twin.wait_for("views.open", count=opened + 1)[-1].response["view"]
    network.driver.submit_view(BOB, view, {"remove_file": ["remove"]})
    assert _files(network) == [] and len(items(network)) == 1

    _share_file(network, BOB, network.twin.upload_file(BOB, "weg.pdf", PDF), title="Weg")
    gone = next(i for i in items(network) if i.title == "Weg")
    shown = click(network, FACILITATOR, "knowledge_show", search(network, FACILITATOR, "weg"),
                  gone.id)
    click(network, FACILITATOR, "knowledge_remove", shown, gone.id,
          block_id=f"knowledge_item:{gone.id}")
    assert _files(network) == []
    member = Browser(network)
    member.sign_in(BOB)
    assert member.get(f"/kennis/{gone.id}/bestand").status == 404


def test_her_data_names_her_item_s_file_and_erasing_her_takes_it(network):
    _share_file(network, ANN, network.twin.upload_file(ANN, "ann.pdf", PDF))
    _share_file(network, BOB, network.twin.upload_file(BOB, "bob.pdf", PDF), title="Van Bob")
    overview = network.driver.command(ANN, "my-data", CHANNEL).json
    network.driver.click(ANN, ids.MYDATA_EXPORT, message=overview, channel_id=CHANNEL)
    network.twin.wait_for("files.completeUploadExternal", timeout=NOTICE_WAIT)
    (export,) = [f for f in network.twin.files(network.twin.dm_channel(ANN))
                 if f["name"].endswith(".json")]
    (place,) = json.loads(export["content"])["networks"]
    assert [(i["title"], i["file"]) for i in place["library_items"]] == [
        ("Stagiairs begeleiden", "ann.pdf")]
    network.driver.click(ANN, ids.MYDATA_ERASE, message=overview, channel_id=CHANNEL,
                         value=str(items(network)[0].network_id))
    network.twin.wait_for("response_url", lambda c: "is erased" in c.args.get("text", ""),
                          timeout=NOTICE_WAIT)
    assert [f.name for f in _files(network)] == ["bob.pdf"]


def test_a_file_s_name_is_kept_without_paths_quotes_or_control_characters():
    from bot.domain.knowledge_files import safe_name
    from handlers.web.pages import attachment

    assert safe_name('../../etc/pa"ss\r\nwd.pdf') == "pa_ss__wd.pdf"
    assert safe_name("C:\\Users\\bob\\gids.pdf") == "gids.pdf"
    long = safe_name("x" * 300 + ".docx")
    assert len(long) == 255 and long.endswith(".docx")
    assert attachment("Één gids;.pdf") == (
        "attachment; filename=\"__n gids_.pdf\"; filename*=UTF-8''%C3%89%C3%A9n%20gids%3B.pdf")


def test_a_file_name_with_a_right_to_left_override_does_not_pass_a_word_file_off_as_a_pdf(
        network):
    """'rapport<U+202E>fdp.doc' shows as 'rapportcod.pdf' in Slack, on the web page and in
    the download's name: the bidirectional control is dropped like a control character."""
    spoofed = "rapport\u202efdp.doc"
    upload = network.twin.upload_file(BOB, spoofed, b"\xd0\xcf\x11\xe0 macro " * 40,
                                       mimetype="application/msword")
    _share_file(network, BOB, upload)
    (item,) = items(network)
    (kept,) = _files(network)
    assert kept.name == "rapport_fdp.doc" and kept.mimetype == "application/msword"
    assert "\u202e" not in str(_shown(network, ANN, item.id)["blocks"])
    member = Browser(network)
    member.sign_in(ANN)
    assert "\u202e" not in member.get(f"/kennis/{item.id}").body
    served = member.get(f"/kennis/{item.id}/bestand")
    assert served.status == 200 and served.header("Content-Disposition") == (
        "attachment; filename=\"rapport_fdp.doc\"; filename*=UTF-8''rapport_fdp.doc")
