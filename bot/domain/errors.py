"""Typed domain errors. Each names a catalog key; handlers decide how to show it."""


class DomainError(Exception):
    """A rule said no. `key` is a catalog key, `values` fill its placeholders."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


class FieldErrors(DomainError):
    """Input that fails validation, per form field (shown next to the field in a modal)."""

    def __init__(self, errors: dict[str, DomainError]) -> None:
        super().__init__("field_errors")
        self.errors = errors


class NotFound(DomainError):
    pass


class Forbidden(DomainError):
    pass


class Conflict(DomainError):
    pass


class BadInput(DomainError):
    """A payload Slack's own surfaces never send (a forged or hostile value)."""

    def __init__(self) -> None:
        super().__init__("error.bad_input")
