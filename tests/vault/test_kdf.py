import unicodedata

import pytest

from afterglow.core.errors import DamagedData
from afterglow.vault.kdf import (
    STANDARD_POLICY,
    KdfParams,
    KdfPolicy,
    calibrate,
    derive_key,
    normalize_passphrase,
)

CHEAP = KdfParams(memory_kib=64, iterations=1, lanes=1)


def test_nfc_and_nfd_forms_derive_the_same_key():
    nfc = unicodedata.normalize("NFC", "Ça va, Zoë? 東京")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    salt = b"s" * 16
    assert derive_key(nfc, salt, CHEAP) == derive_key(nfd, salt, CHEAP)


def test_different_salt_or_passphrase_gives_a_different_key():
    key = derive_key("one passphrase", b"a" * 16, CHEAP)
    assert key != derive_key("one passphrase", b"b" * 16, CHEAP)
    assert key != derive_key("two passphrase", b"a" * 16, CHEAP)
    assert len(key) == 32


def test_normalisation_is_nfc_utf8():
    assert normalize_passphrase("e\u0301") == "é".encode()


def fake_clock(seconds_per_call: list[float]):
    times = iter(seconds_per_call)
    return lambda: next(times)


def test_calibration_scales_iterations_to_the_target_time():
    policy = KdfPolicy(floor=KdfParams(64, 2, 1), memory_kib=64, lanes=1, target_seconds=0.8)
    # The trial at 2 iterations "takes" 0.2 s: 0.1 s an iteration, so 8 fit in 0.8 s.
    params = calibrate(policy, clock=fake_clock([10.0, 10.2]))
    assert params == KdfParams(64, 8, 1)


def test_calibration_never_goes_below_the_floor_or_above_the_cap():
    policy = KdfPolicy(
        floor=KdfParams(64, 3, 1), memory_kib=64, lanes=1, target_seconds=0.5, max_iterations=10
    )
    assert calibrate(policy, clock=fake_clock([0.0, 30.0])).iterations == 3
    assert calibrate(policy, clock=fake_clock([0.0, 0.0003])).iterations == 10


def test_standard_policy_meets_the_documented_floor():
    assert STANDARD_POLICY.floor.memory_kib >= 256 * 1024
    assert STANDARD_POLICY.memory_kib >= STANDARD_POLICY.floor.memory_kib
    assert KdfParams(128 * 1024, 4, 4).meets(STANDARD_POLICY.floor) is False
    assert KdfParams(256 * 1024, 1, 4).meets(STANDARD_POLICY.floor) is False
    assert KdfParams(256 * 1024, 3, 4).meets(STANDARD_POLICY.floor) is True


def test_absurd_parameters_are_refused_before_allocating():
    with pytest.raises(DamagedData):
        derive_key("x", b"s" * 16, KdfParams(memory_kib=1 << 40, iterations=1, lanes=1))
    with pytest.raises(DamagedData):
        derive_key("x", b"s" * 16, KdfParams(memory_kib=64, iterations=1, lanes=1000))
