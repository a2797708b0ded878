"""Passphrase key derivation with Argon2id, calibrated per machine, with a refused floor."""

from __future__ import annotations

import math
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from afterglow.core.errors import DamagedData

KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, as stored in the key header."""

    memory_kib: int
    iterations: int
    lanes: int

    def meets(self, floor: KdfParams) -> bool:
        return self.memory_kib >= floor.memory_kib and self.iterations >= floor.iterations


@dataclass(frozen=True)
class KdfPolicy:
    """How strong passphrase derivation must be on this machine.

    `floor` is the weakest header Afterglow accepts; new headers use `memory_kib` and
    as many iterations as fit in about `target_seconds`.
    """

    floor: KdfParams
    memory_kib: int
    lanes: int
    target_seconds: float
    max_iterations: int = 32


# 256 MiB and at least two passes: about half a second to a second on a laptop.
STANDARD_POLICY = KdfPolicy(
    floor=KdfParams(memory_kib=256 * 1024, iterations=2, lanes=1),
    memory_kib=256 * 1024,
    lanes=4,
    target_seconds=0.75,
)

MAX_LANES = 16
MAX_MEMORY_KIB = 4 * 1024 * 1024


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalises so the same passphrase typed on any keyboard gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """Derives the key-encryption key from a passphrase."""
    if not (1 <= params.lanes <= MAX_LANES and params.memory_kib <= MAX_MEMORY_KIB):
        raise DamagedData("The key file asks for impossible key-derivation settings.")
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # on first use: see `header`

    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(normalize_passphrase(passphrase)))


def calibrate(policy: KdfPolicy, clock: Callable[[], float] = time.perf_counter) -> KdfParams:
    """Chooses the iteration count that takes about `policy.target_seconds` here."""
    trial = KdfParams(policy.memory_kib, max(policy.floor.iterations, 1), policy.lanes)
    start = clock()
    derive_key("calibration", b"\0" * 16, trial)
    per_iteration = max((clock() - start) / trial.iterations, 1e-6)
    iterations = math.floor(policy.target_seconds / per_iteration)
    iterations = min(max(iterations, policy.floor.iterations), policy.max_iterations)
    return KdfParams(policy.memory_kib, iterations, policy.lanes)
