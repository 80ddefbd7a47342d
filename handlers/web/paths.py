"""The web page's addresses (Slack's item messages link to them too)."""

PREFIXES = ("/kennis", "/knowledge")
LIBRARY_PATH = "/kennis"
STYLE_PATH = "/kennis/leernet.css"
SIGNIN_PATH = "/kennis/aanmelden"
CALLBACK_PATH = "/kennis/aanmelden/terug"  # the redirect URL of "Sign in with Slack"
SIGNOUT_PATH = "/kennis/afmelden"


def item_path(item_id: int) -> str:
    return f"{LIBRARY_PATH}/{item_id}"


def file_path(item_id: int) -> str:
    """The copy of the item's file (a download, for whoever may see the item)."""
    return f"{item_path(item_id)}/bestand"


def chart_path(item_id: int, position: int) -> str:
    """A closing report's chart (numbered from 1) on its item's page."""
    return f"{item_path(item_id)}/grafiek/{position}.png"
