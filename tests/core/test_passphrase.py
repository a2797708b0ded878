from afterglow.core.passphrase import MINIMUM_LENGTH, assess


def test_short_passphrases_are_not_long_enough():
    strength = assess("x" * (MINIMUM_LENGTH - 1))
    assert not strength.long_enough and str(MINIMUM_LENGTH) in strength.warning


def test_common_passwords_are_weak_but_allowed_when_long_enough():
    strength = assess("password1234")
    assert strength.long_enough and strength.score <= 1


def test_unrelated_words_are_strong():
    assert assess("lantern orchard velvet thunder").score >= 3


def test_very_long_passphrases_are_assessed_without_error():
    strength = assess("the river remembers every stone it has carried " * 10)
    assert strength.long_enough and strength.score == 4


def test_empty_passphrase():
    assert assess("").score == 0
