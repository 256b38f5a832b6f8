"""Encrypted exports: the JSON export sealed under a passphrase (format: FORMAT.md).

One file: a header (magic, format version, key-derivation parameters, salt,
nonce), then the export encrypted with AES-256-GCM. The key comes from the
passphrase through Argon2id (memory-hard). The whole header is the
associated data, so changing any byte of it, or of the ciphertext, or giving
the wrong passphrase, fails the same authentication check: nothing is ever
decrypted from a file that was changed.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

# cryptography (about 20 ms to import) loads when a file is sealed or opened,
# not when the window starts.

MAGIC = b"IPPOSEAL"  # 8 bytes; a JSON export starts with "{"
VERSION = 1
KDF_ARGON2ID, KDF_SCRYPT = 1, 2
CIPHER_AES256_GCM = 1
SALT_BYTES, NONCE_BYTES, KEY_BYTES, TAG_BYTES = 16, 12, 32, 16
# magic, version, kdf, cipher, three KDF parameters, salt length, nonce length,
# ciphertext length (so a file cut short is told apart from a wrong passphrase)
_FIXED = struct.Struct(">8sHBBIIIBBQ")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id: memory in KiB, iterations, lanes. Scrypt: log2(n), r, p."""

    kdf: int = KDF_ARGON2ID
    a: int = 64 * 1024  # 64 MiB, about 0.25 s on a small laptop
    b: int = 3
    c: int = 4


DEFAULT = KdfParams()
# A crafted header must not make Ippo use gigabytes or minutes before it can
# say the file is wrong: parameters beyond these are refused as damaged.
_MAX_ARGON2_KIB, _MAX_ITERATIONS, _MAX_LANES = 1024 * 1024, 16, 16
_MAX_SCRYPT_LOG2N, _MAX_SCRYPT_R, _MAX_SCRYPT_P = 20, 16, 4


class SealProblem(Exception):
    """Why a sealed file cannot be opened (the caller words it for people)."""

    DAMAGED = "damaged"  # cut short, or a header Ippo cannot use
    NEWER = "newer"  # a format version this Ippo does not know
    WRONG_OR_CHANGED = "wrong_or_changed"  # wrong passphrase, or the file was changed

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def is_sealed(data: bytes) -> bool:
    return data[:len(MAGIC)] == MAGIC


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # lazy: see above
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # lazy: as above

    secret = passphrase.encode("utf-8")
    if params.kdf == KDF_ARGON2ID:
        return Argon2id(salt=salt, length=KEY_BYTES, iterations=params.b, lanes=params.c,
                        memory_cost=params.a).derive(secret)
    return Scrypt(salt=salt, length=KEY_BYTES, n=2**params.a, r=params.b,
                  p=params.c).derive(secret)


def _header(params: KdfParams, salt: bytes, nonce: bytes, length: int,
            version: int = VERSION) -> bytes:
    fixed = _FIXED.pack(MAGIC, version, params.kdf, CIPHER_AES256_GCM, params.a, params.b,
                        params.c, len(salt), len(nonce), length)
    return fixed + salt + nonce


def seal(plaintext: bytes, passphrase: str, params: KdfParams = DEFAULT) -> bytes:
    """`plaintext` encrypted under `passphrase`, with its header in front."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # lazy: see above

    if not passphrase:
        raise ValueError("empty passphrase")
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = _header(params, salt, nonce, len(plaintext) + TAG_BYTES)
    key = _derive(passphrase, salt, params)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def _sane(params: KdfParams) -> bool:
    if params.kdf == KDF_ARGON2ID:
        return (1 <= params.c <= _MAX_LANES and 8 * params.c <= params.a <= _MAX_ARGON2_KIB
                and 1 <= params.b <= _MAX_ITERATIONS)
    if params.kdf == KDF_SCRYPT:
        return (10 <= params.a <= _MAX_SCRYPT_LOG2N and 1 <= params.b <= _MAX_SCRYPT_R
                and 1 <= params.c <= _MAX_SCRYPT_P)
    return False


def read_header(data: bytes) -> tuple[int, KdfParams, bytes, bytes, int]:
    """(version, KDF parameters, salt, nonce, header length). Raises SealProblem."""
    if not is_sealed(data) or len(data) < _FIXED.size:
        raise SealProblem(SealProblem.DAMAGED)
    (_magic, version, kdf, cipher, a, b, c, salt_len, nonce_len,
     length) = _FIXED.unpack_from(data)
    if version > VERSION:
        raise SealProblem(SealProblem.NEWER)
    params = KdfParams(kdf, a, b, c)
    if (version < 1 or cipher != CIPHER_AES256_GCM or not _sane(params)
            or salt_len != SALT_BYTES or nonce_len != NONCE_BYTES):
        raise SealProblem(SealProblem.DAMAGED)
    end = _FIXED.size + salt_len + nonce_len
    if length < TAG_BYTES or len(data) != end + length:
        raise SealProblem(SealProblem.DAMAGED)
    salt = data[_FIXED.size:_FIXED.size + salt_len]
    nonce = data[_FIXED.size + salt_len:end]
    return version, params, salt, nonce, end


def unseal(data: bytes, passphrase: str) -> bytes:
    """The plaintext of a sealed file. Raises SealProblem; never returns changed data."""
    from cryptography.exceptions import InvalidTag  # lazy: see above
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # lazy: as above

    _version, params, salt, nonce, end = read_header(data)
    key = _derive(passphrase, salt, params)
    try:
        return AESGCM(key).decrypt(nonce, data[end:], data[:end])
    except InvalidTag:
        raise SealProblem(SealProblem.WRONG_OR_CHANGED) from None
