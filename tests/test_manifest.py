"""manifest.yml is one Slack would accept, and asks for exactly the scopes the code uses."""

import json
import re
from pathlib import Path

import jsonschema
import yaml

ROOT = Path(__file__).parents[1]
SCHEMA = ROOT / "tests" / "data" / "manifest.schema.1.0.0.json"

# Web API method -> the bot scope(s) Slack requires for it (None: no scope needed).
SCOPE_OF_METHOD = {
    "chat_postMessage": "chat:write",
    "chat_update": "chat:write",
    "chat_delete": "chat:write",
    "chat_postEphemeral": "chat:write",
    # A link to a message (a withdrawn introduction the bot cannot delete): no scope.
    "chat_getPermalink": None,
    # A DM with one person, a group DM (pairing) with several.
    "conversations_open": ("im:write", "mpim:write"),
    # Scheduled DMs look for a message whose send was interrupted in the DM's history (a
    # pairing's in its group DM's).
    "conversations_history": ("im:history", "mpim:history"),
    "users_info": "users:read",
    "pins_add": "pins:write",
    "pins_remove": "pins:write",
    # Adding and removing channel members: public channels, private channels.
    "conversations_invite": ("channels:manage", "groups:write"),
    # conversations.members: public (channels:read) and private (groups:read) channels
    "conversations_members": ("channels:read", "groups:read"),
    # conversations.info: which workspaces a (Slack Connect) channel is shared with
    "conversations_info": ("channels:read", "groups:read"),
    "conversations_kick": ("channels:manage", "groups:write"),
    # Archiving a closed network's channel, when its facilitators say so.
    "conversations_archive": ("channels:manage", "groups:write"),
    "views_open": None,
    "views_update": None,
    "views_publish": None,
    "views_push": None,
    # files.getUploadURLExternal + files.completeUploadExternal under one call
    "files_upload_v2": "files:write",
    # A file shared with a knowledge item: where to download it (the download, with the bot
    # token, needs files:read too), and the share form's file_input needs it.
    "files_info": "files:read",
    # "Sign in with Slack": the app's credentials, then the signed-in person's user token
    # (its user scopes: test_sign_in_with_slack_asks_for_the_manifests_user_scopes).
    "openid_connect_token": None,
    "openid_connect_userInfo": None,
}


def manifest() -> dict:
    return yaml.safe_load((ROOT / "manifest.yml").read_text())


def test_manifest_validates_against_slacks_schema():
    schema = json.loads(SCHEMA.read_text())
    jsonschema.Draft7Validator(schema).validate(manifest())


def test_manifest_declares_the_command_interactivity_home_and_events():
    data = manifest()
    commands = {c["command"]: c for c in data["features"]["slash_commands"]}
    assert commands["/leernet"]["should_escape"] is True
    assert data["settings"]["interactivity"]["is_enabled"] is True
    assert data["features"]["app_home"]["home_tab_enabled"] is True
    assert data["settings"]["event_subscriptions"]["bot_events"] == [
        "app_home_opened", "channel_shared", "channel_unshared",
        "app_uninstalled", "tokens_revoked"]


def test_an_oauth_install_asks_for_the_manifests_scopes_and_comes_back_to_the_bot():
    from bot.installations import BOT_SCOPES, REDIRECT_PATH

    data = manifest()
    assert set(BOT_SCOPES) == set(data["oauth_config"]["scopes"]["bot"])
    (redirect,) = [url for url in data["oauth_config"]["redirect_urls"]
                   if url.endswith(REDIRECT_PATH)]
    assert redirect.split("/slack/")[0] == data["settings"]["interactivity"]["request_url"].split(
        "/slack/")[0]


def test_sign_in_with_slack_asks_for_the_manifests_user_scopes_and_comes_back_to_the_page():
    from handlers.web.paths import CALLBACK_PATH
    from handlers.web.signin import SCOPES

    data = manifest()
    assert set(SCOPES) == set(data["oauth_config"]["scopes"]["user"]) == {"openid", "profile"}
    (install,) = [url for url in data["oauth_config"]["redirect_urls"] if "/slack/" in url]
    (signin,) = [url for url in data["oauth_config"]["redirect_urls"]
                 if url.endswith(CALLBACK_PATH)]
    assert signin.removesuffix(CALLBACK_PATH) == install.split("/slack/")[0]


def test_bot_scopes_are_exactly_those_the_code_uses():
    source = "\n".join(p.read_text() for p in [*ROOT.glob("handlers/**/*.py"),
                                                *ROOT.glob("bot/*.py")])
    called = set(re.findall(r"\.(\w+)\(", source)) & set(SCOPE_OF_METHOD)
    # Every Web API method the code calls must be known here, or its scope is unchecked.
    web_calls = set(re.findall(r"client\.(\w+)\(", source))
    assert web_calls <= set(SCOPE_OF_METHOD), web_calls - set(SCOPE_OF_METHOD)
    needed = {"commands"}
    for method in called:
        scopes = SCOPE_OF_METHOD[method]
        needed |= set(scopes) if isinstance(scopes, tuple) else {scopes} - {None}
    assert set(manifest()["oauth_config"]["scopes"]["bot"]) == needed


def test_a_broken_manifest_is_rejected_by_the_schema():
    broken = manifest()
    broken["features"]["slash_commands"][0]["command"] = "leernet"  # no leading slash
    broken["display_information"]["name"] = ""
    schema = json.loads(SCHEMA.read_text())
    assert list(jsonschema.Draft7Validator(schema).iter_errors(broken))
