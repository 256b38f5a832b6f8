"""Setting, changing and removing the passphrase, each safe against a crash.

Setting or removing rewrites the database: `sqlcipher_export` into a new file
(keyed through a bound parameter), fsync, verify, checkpoint and close the live
connection so no `-wal` is left to be mispaired, then one atomic rename. A
crash before the rename leaves the old file as it was; after it, the new one.
Changing only replaces the key file (see `app/privacy/keys.py`).

Backups follow the database: setting a passphrase encrypts every earlier backup
with the new key (one that cannot be encrypted is shredded), removing it
rewrites them unencrypted so they can still be restored here. Pass a
`BackupsRekeyed` to learn which (`app.backup.rekey_backups`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.backup import BackupsRekeyed, rekey_backups
from app.db import DB_ERRORS, Store, StoreProblem, file_state, open_store
from app.i18n import translate
from app.privacy import keys
from app.privacy.files import WriteProblem, write_private
from app.privacy.swap import export_copy, replace_live
from app.validation import FieldErrors

MIN_LENGTH = 8


def is_protected(store_or_paths: Store | object) -> bool:
    """True when the database file on disk is encrypted."""
    paths = getattr(store_or_paths, "paths", store_or_paths)
    return file_state(paths.database) == "opaque"  # type: ignore[attr-defined]


def check_new(passphrase: str, repeated: str) -> None:
    """Raise FieldErrors (fields `new`, `repeat`) for a passphrase we should not take."""
    errors = FieldErrors()
    if len(passphrase) < MIN_LENGTH:
        errors.add("new", translate(
            "Passphrase", "Please use at least {n} characters. A few ordinary words "
            "are easier to remember than symbols.").format(n=MIN_LENGTH))
    elif passphrase != repeated:
        errors.add("repeat", translate("Passphrase", "The two passphrases are not the same."))
    errors.raise_if_any()


def matches(store: Store, secret: str) -> bool:
    """True when `secret` (passphrase or recovery key) opens this store."""
    if not store.passphrase or not secret:
        return False
    try:
        return keys.database_key(store.paths, secret) == store.passphrase
    except StoreProblem:
        return False


def _wrong() -> FieldErrors:
    return FieldErrors({"current": translate(
        "Passphrase", "That is not the current passphrase or recovery key.")})


def set_passphrase(store: Store, new: str,
                   backups: BackupsRekeyed | None = None) -> tuple[Store, str]:
    """Encrypt an unprotected database and every earlier backup. Returns the
    reopened store and the recovery key to show (once) to the user. The given
    store is closed. `backups`, if given, is filled in with what became of them."""
    if store.passphrase:
        raise _wrong()
    data_key = keys.new_data_key()
    raw = keys.sqlcipher_key(data_key)
    reopened = _rewrite(store, raw, before_swap=lambda: keys.write_keyfile(
        store.paths, data_key, new))
    rekey_backups(store.paths.backups, None, raw, backups)
    return reopened, keys.recovery_key(data_key)


def change_passphrase(store: Store, current: str, new: str,
                      backups: BackupsRekeyed | None = None) -> Store:
    """Wrap the data key with a new passphrase (current may be the recovery key)."""
    if not matches(store, current):
        raise _wrong()
    data_key = keys.data_key_for(store.paths, current)
    if data_key is not None and keys.sqlcipher_key(data_key) == store.passphrase:
        keys.write_keyfile(store.paths, data_key, new)
        return store
    # A folder encrypted before key files existed: move it to a data key.
    data_key = keys.new_data_key()
    old, raw = store.passphrase, keys.sqlcipher_key(data_key)
    reopened = _rewrite(store, raw,
                        before_swap=lambda: keys.write_keyfile(store.paths, data_key, new))
    rekey_backups(store.paths.backups, old, raw, backups)
    return reopened


def remove_passphrase(store: Store, current: str,
                      backups: BackupsRekeyed | None = None) -> Store:
    """Decrypt the database again, and the backups with it (so they can still be
    restored here). The given store is closed. A backup the key does not open is
    left as it is, in `backups.left`."""
    if not matches(store, current):
        raise _wrong()
    old = store.passphrase
    reopened = _rewrite(store, None)
    rekey_backups(store.paths.backups, old, None, backups)
    keys.keyfile(store.paths).unlink(missing_ok=True)
    return reopened


def backups_message(report: BackupsRekeyed, protected: bool) -> str:
    """What became of the earlier backups, in words, after a set (`protected`) or a remove."""
    parts: list[str] = []
    if protected and report.rewritten:
        parts.append(translate("Passphrase", "Earlier backups now encrypted as well: {n}.")
                     .format(n=len(report.rewritten)))
    if protected and report.removed:
        parts.append(translate(
            "Passphrase", "Earlier backups that could not be encrypted (damaged, or no room "
            "on the disk), so they were overwritten and deleted and no unencrypted copy is "
            "left: {n}.").format(n=len(report.removed)))
    if not protected and report.rewritten:
        parts.append(translate(
            "Passphrase", "Backups rewritten without encryption as well, so you can still "
            "restore them: {n}.").format(n=len(report.rewritten)))
    if report.left:
        parts.append(translate(
            "Passphrase", "Backups that could not be rewritten and stay encrypted: {n}. "
            "Your recovery key still opens them.").format(n=len(report.left)))
    return " ".join(parts)


def reopened_if_closed(store: Store, key: str | None = None) -> Store:
    """After a failed rewrite or restore: the same store, or a fresh one if it
    had already been closed for the swap (the old file is still in place)."""
    try:
        store.db.execute("SELECT 1").fetchone()
        return store
    except DB_ERRORS:
        return open_store(store.paths, key if key is not None else store.passphrase)


def rekey_path(store: Store) -> Path:
    return store.paths.database.with_name(store.paths.database.name + ".rekey")


def _rewrite(store: Store, key: str | None,
             before_swap: Callable[[], None] | None = None) -> Store:
    """Replace the database by a copy under `key` (None: plaintext); reopen it.

    If the swap fails the old file stays, so the key file is put back as it was
    (`before_swap` may have written one that would not open the old file)."""
    kept = keys.keyfile(store.paths)
    before = kept.read_bytes() if kept.exists() else None
    try:
        return replace_live(store, key, rekey_path(store),
                            lambda target: export_copy(store.db, target, key), before_swap)
    except (StoreProblem, WriteProblem):
        if before is None:
            kept.unlink(missing_ok=True)
        elif not kept.exists() or kept.read_bytes() != before:
            write_private(kept, before)
        raise
