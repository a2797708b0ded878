import json

import pytest

from afterglow.core.errors import DamagedData, UnsupportedVersion, WrongPassphrase
from afterglow.vault.header import KeyHeader

from .conftest import PASSPHRASE


def rewrite(path, change):
    body = json.loads(path.read_text())
    change(body)
    body.pop("checksum")
    from afterglow.vault.header import _checksum

    body["checksum"] = _checksum(body)
    path.write_text(json.dumps(body))


def test_header_round_trips(created):
    vault, _unlocked, _ = created
    data = vault.files.header.read_bytes()
    assert KeyHeader.from_bytes(data).to_bytes() == data
    assert json.loads(data)["kdf"]["algorithm"] == "argon2id"


def test_header_holds_no_key_in_the_clear(created):
    vault, unlocked, _ = created
    assert unlocked._key().hex() not in vault.files.header.read_text()


def test_a_damaged_header_says_damaged_not_wrong_passphrase(created):
    vault, unlocked, _ = created
    unlocked.lock()
    text = vault.files.header.read_text()
    vault.files.header.write_text(text.replace('"iterations": 1', '"iterations": 2'))
    with pytest.raises(DamagedData, match="damaged"):
        vault.unlock(PASSPHRASE)


def test_changed_settings_with_a_fixed_checksum_no_longer_unwrap(created, tmp_path):
    vault, unlocked, _ = created
    unlocked.lock()
    rewrite(vault.files.header, lambda b: b["kdf"].update(iterations=3))
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)


def test_swapped_key_slots_do_not_unwrap(created):
    vault, unlocked, _ = created
    unlocked.lock()

    def swap(body):
        keys = body["keys"]
        keys["passphrase"], keys["recovery"] = keys["recovery"], keys["passphrase"]

    rewrite(vault.files.header, swap)
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)


def test_parameters_below_the_floor_are_refused(created, fast_policy):
    from afterglow.vault.kdf import KdfParams, KdfPolicy
    from afterglow.vault.vault import Vault

    vault, unlocked, _ = created
    unlocked.lock()
    stricter = KdfPolicy(floor=KdfParams(128, 2, 1), memory_kib=128, lanes=1, target_seconds=0)
    with pytest.raises(DamagedData, match="weaker protection"):
        Vault(vault.files.folder, stricter).unlock(PASSPHRASE)


def test_a_newer_format_asks_for_an_update(created):
    vault, unlocked, _ = created
    unlocked.lock()
    rewrite(vault.files.header, lambda b: b.update(version=99))
    with pytest.raises(UnsupportedVersion, match="newer version"):
        vault.unlock(PASSPHRASE)


@pytest.mark.parametrize(
    "content", [b"", b"{", b"[]", b'{"format": "something-else"}', b"\xff\xfe", b"x" * 70000]
)
def test_garbage_headers_are_damaged_data(created, content):
    vault, unlocked, _ = created
    unlocked.lock()
    vault.files.header.write_bytes(content)
    with pytest.raises(DamagedData):
        vault.unlock(PASSPHRASE)
