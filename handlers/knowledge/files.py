"""Copying a file shared with a knowledge item from Slack, once, after the acknowledgement:
files.info for where to download it, then a GET with the bot token, as Slack's docs say
("url_private_download", `Authorization: Bearer`). The token goes only to Slack's own
hosts (or the address the Web API is reached at: the twin), never to an address a file
object could name elsewhere."""

import logging
import urllib.request
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain.knowledge_files import MAX_FILE_BYTES

log = logging.getLogger(__name__)

TIMEOUT = 20  # seconds for the whole download (5 MB at most)
SLACK_FILE_HOSTS = ("files.slack.com",)


def trusted(url: str, api_url: str) -> bool:
    """A download URL the bot token may be sent to: Slack's file host over HTTPS, or the
    same origin as the Web API the client talks to."""
    parts, api = urlsplit(url), urlsplit(api_url)
    if parts.scheme == "https" and parts.hostname in SLACK_FILE_HOSTS:
        return True
    return (parts.scheme, parts.netloc) == (api.scheme, api.netloc) and bool(parts.netloc)


def download(client: WebClient, slack_file_id: str) -> bytes | None:
    """The file's bytes (at most MAX_FILE_BYTES + 1 read), or None when Slack does not give
    them (no access, gone, a missing scope, unreachable)."""
    try:
        info = client.files_info(file=slack_file_id)
    except SlackApiError as error:
        log.info("files.info refused %s: %s", slack_file_id, error.response.get("error"))
        return None
    except OSError as error:
        log.info("files.info failed for %s: %s", slack_file_id, type(error).__name__)
        return None
    file = info.get("file") or {}
    url = file.get("url_private_download") or file.get("url_private")
    if not isinstance(url, str) or not trusted(url, client.base_url):
        log.warning("no download address Leernet trusts for %s", slack_file_id)
        return None
    request = urllib.request.Request(url)
    # Not sent on after a redirect: the token stays with the host checked above.
    request.add_unredirected_header("Authorization", f"Bearer {client.token}")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as reply:  # noqa: S310 (checked)
            return bytes(reply.read(MAX_FILE_BYTES + 1))
    except (OSError, ValueError) as error:  # unreachable, refused, or an address urllib refuses
        log.info("could not download %s: %s", slack_file_id, type(error).__name__)
        return None
