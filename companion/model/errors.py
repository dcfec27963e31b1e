"""The model's errors, importable without the ORM (the window's start-up path stays light)."""

from __future__ import annotations


class ValidationError(ValueError):
    """Bad input. ``field`` names the input, ``code`` says what is wrong (the UI translates it)."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.code = code
        self.message = message


class StorageError(ValidationError):
    """The data could not be saved (disk full, read-only folder, damaged file): nothing was
    changed. A ValidationError so that dialogs show it inline like any other refusal."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__("storage", reason, detail)


def storage_error(exc: BaseException) -> StorageError:
    # SQLite rolls back by itself on a full disk, so the error seen last can be "cannot rollback":
    # read the whole chain for the cause.
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 5:
        chain.append(current)
        current = current.__context__ or current.__cause__
    text = " ".join(str(e) for e in chain).lower()
    if "full" in text or any(getattr(e, "errno", None) == 28 for e in chain):
        reason = "disk_full"
    elif "readonly" in text or "read-only" in text or "permission" in text or any(getattr(e, "errno", None) in (1, 13, 30) for e in chain):
        reason = "read_only"
    else:
        reason = "storage_failed"
    return StorageError(reason, str(exc))


class NotFoundError(LookupError):
    pass
