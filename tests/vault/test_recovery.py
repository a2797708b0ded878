import pytest

from afterglow.core.errors import InvalidRecoveryKey
from afterglow.vault.recovery import ALPHABET, RecoveryKey


@pytest.fixture
def key() -> RecoveryKey:
    return RecoveryKey(bytes(range(7, 25)))


def test_key_is_eight_groups_of_four_and_parses_back(key):
    groups = key.groups()
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert key.formatted() == "-".join(groups)
    assert RecoveryKey.parse(key.formatted()).formatted() == key.formatted()


def test_generated_keys_differ_and_hold_at_least_128_bits():
    a, b = RecoveryKey.generate(), RecoveryKey.generate()
    assert a.formatted() != b.formatted()
    assert len(a._secret) * 8 >= 128


def test_parsing_forgives_case_spaces_and_look_alike_letters(key):
    text = key.formatted().lower().replace("-", " ")
    text = text.replace("1", "l").replace("0", "o")
    assert RecoveryKey.parse(text).formatted() == key.formatted()


def test_every_single_mistyped_character_is_caught(key):
    chars = "".join(key.groups())
    for i, original in enumerate(chars):
        for replacement in ALPHABET:
            if replacement == original:
                continue
            typo = chars[:i] + replacement + chars[i + 1 :]
            with pytest.raises(InvalidRecoveryKey):
                RecoveryKey.parse(typo)


def test_swapping_two_neighbouring_characters_is_caught(key):
    chars = "".join(key.groups())
    for i in range(len(chars) - 1):
        if chars[i] == chars[i + 1]:
            continue
        swapped = chars[:i] + chars[i + 1] + chars[i] + chars[i + 2 :]
        with pytest.raises(InvalidRecoveryKey):
            RecoveryKey.parse(swapped)


@pytest.mark.parametrize("text", ["", "ABCD-EFGH", "U" * 32, "!" * 32])
def test_malformed_keys_get_a_clear_message(text):
    with pytest.raises(InvalidRecoveryKey) as info:
        RecoveryKey.parse(text)
    assert info.value.message.endswith(".")


def test_wrapping_key_depends_on_key_and_salt(key):
    other = RecoveryKey(bytes(18))
    assert key.wrapping_key(b"a" * 16) != key.wrapping_key(b"b" * 16)
    assert key.wrapping_key(b"a" * 16) != other.wrapping_key(b"a" * 16)


def test_repr_and_forget_do_not_reveal_the_key(key):
    text = key.formatted()
    assert text not in repr(key)
    key.forget()
    assert key.formatted() != text
