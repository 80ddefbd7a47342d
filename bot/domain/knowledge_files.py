"""The file a knowledge item may carry: which files are accepted (an allow-list of document
and image types, at most MAX_FILE_BYTES), and what is kept of them.

The share form's file field offers only these extensions, but Slack calls that a
convenience: the name and the type Slack reports are checked again here. The web page serves
a copy as a download under the type our list gives the extension, never the one the file
claims: no HTML or SVG ever reaches a reader's browser as a page (stored XSS).
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MAX_FILES = 1  # "a link or a file": one file per item
MAX_FILE_BYTES = 5 * 1024 * 1024  # below Slack's own 10 MB for a form's file
MAX_NAME = 255
OCTET_STREAM = "application/octet-stream"

_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_POWERPOINT = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
# extension -> the types Slack may report for it; the first is the one the copy is served as.
ALLOWED: dict[str, tuple[str, ...]] = {
    "pdf": ("application/pdf",),
    "png": ("image/png",),
    "jpg": ("image/jpeg",),
    "jpeg": ("image/jpeg",),
    "gif": ("image/gif",),
    "webp": ("image/webp",),
    "txt": ("text/plain",),
    "csv": ("text/csv", "text/plain"),
    "doc": ("application/msword",),
    "docx": (_WORD,),
    "xls": ("application/vnd.ms-excel",),
    "xlsx": (_EXCEL,),
    "ppt": ("application/vnd.ms-powerpoint",),
    "pptx": (_POWERPOINT,),
    "odt": ("application/vnd.oasis.opendocument.text",),
    "ods": ("application/vnd.oasis.opendocument.spreadsheet",),
    "odp": ("application/vnd.oasis.opendocument.presentation",),
}
FILETYPES = list(ALLOWED)  # what the form's file field offers
# Control characters, paths and quotes; and the bidirectional controls, with which
# "rapport\u202efdp.doc" shows as "rapportcod.pdf" (a Word file passed off as a PDF).
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\\"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class SharedFile:
    """A file Slack says was uploaded through the form (its file object, read)."""

    slack_file_id: str
    name: str
    mimetype: str  # ours: the allow-list's type for its extension
    size: int
    permalink: str | None


class FileRefused(ValueError):
    """Why a file is not accepted: a catalog key and its values."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def extension(name: str) -> str:
    _, dot, ext = name.rpartition(".")
    return ext.lower() if dot else ""


def safe_name(name: str) -> str:
    """The file's name as kept and offered for download: no path, quotes, control or
    bidirectional characters, at most MAX_NAME characters (the extension kept)."""
    cleaned = _UNSAFE_NAME.sub("_", name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]).strip()
    if len(cleaned) > MAX_NAME:
        ext = extension(cleaned)
        cleaned = cleaned[:MAX_NAME - len(ext) - 1] + "." + ext if ext else cleaned[:MAX_NAME]
    return cleaned or "bestand"


def read_file(raw: Mapping[str, Any]) -> SharedFile:
    """One of Slack's file objects as an item's file; FileRefused for a type off the list or
    a file too large."""
    name, claimed, size = raw.get("name"), raw.get("mimetype"), raw.get("size")
    file_id, permalink = raw.get("id"), raw.get("permalink")
    if not (isinstance(file_id, str) and file_id and len(file_id) <= 32
            and isinstance(name, str) and name and type(size) is int and size >= 0):
        raise FileRefused("knowledge.error.file_type", types=", ".join(FILETYPES))
    accepted = ALLOWED.get(extension(name))
    if accepted is None or claimed not in (*accepted, OCTET_STREAM):
        raise FileRefused("knowledge.error.file_type", types=", ".join(FILETYPES))
    if size > MAX_FILE_BYTES:
        raise FileRefused("knowledge.error.file_size", mb=MAX_FILE_BYTES // (1024 * 1024))
    kept_link = (permalink if isinstance(permalink, str) and permalink.startswith("https://")
                 and len(permalink) <= 1000 else None)
    return SharedFile(file_id, safe_name(name), accepted[0], size, kept_link)


def read_files(files: Sequence[Mapping[str, Any]]) -> SharedFile | None:
    """The form's files (at most MAX_FILES) as the item's file, or None for none."""
    if not files:
        return None
    if len(files) > MAX_FILES:
        raise FileRefused("knowledge.error.file_count")
    return read_file(files[0])


def matches(shared: SharedFile, content: bytes) -> bool:
    """Whether downloaded bytes are the file Slack described: Slack answers a download it
    refuses with its sign-in page (HTML), not an error."""
    return len(content) == shared.size and len(content) <= MAX_FILE_BYTES
