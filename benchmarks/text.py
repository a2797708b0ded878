"""Fictional journal prose with a natural word-frequency spread (Zipf's law).

Words are drawn by rank with probability proportional to 1/rank^s, so a few words are
everywhere and most are rare, as in real writing. The vocabulary is ordinary English
for the common ranks and made-up but pronounceable words for the long tail, so search
sees frequent, middling and rare terms in realistic proportions.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

ZIPF_EXPONENT = 1.07
VOCABULARY_SIZE = 12_000

# The most frequent ranks: function words first, then the words people use when they
# write about their days, their feelings and their therapy.


def _listed(text: str) -> tuple[str, ...]:
    return tuple(text.split())


COMMON_WORDS: tuple[str, ...] = _listed(
    """
    the i and to a of it was my in that me is felt for with but so on this have
    about what not be like just at how today all we feel there do when as he she
    they from again more out had think still now really about time because then
    would after day some one her him them know after could back been up something
    into night morning sleep work partner mother father friend session body breath
    noticed remember felt anxious calm tired better worse quiet heavy light open
    afraid angry sad grateful safe tender kind gentle honest body chest stomach
    shoulders throat hands warm cold walk walked outside rain sun kitchen coffee tea
    dinner call called message wrote write writing journal notice noticing pattern
    old again pleasing people boundary boundaries saying yes no wanted needed want
    need help asked ask talked talk listen listened cried laughed tears smile hug
    therapist integration insight intention music blanket eyes closed floating
    memory childhood school house garden dog cat car train office meeting email
    deadline project week weekend monday tuesday wednesday thursday friday saturday
    sunday evening afternoon small big long short first last little enough much
    many every never always sometimes often usually maybe perhaps almost already
    slowly quickly softly carefully together alone home away inside around through
    over under between before during since until while without within against
    myself yourself ourselves someone everyone nobody nothing everything anything
    good bad hard easy new true real whole same different other another each own
    self compassion shame guilt grief anger fear joy peace hope trust love care
    worry stress rest energy mood change changed changing habit habits practice
    breathing cold shower gratitude morning pages meditation stretch yoga run ran
    """
)

_ONSETS = _listed(
    "b bl br c ch cl cr d dr f fl fr g gl gr h j k l m n p pl pr qu r s sh sk sl sm sn "
    "sp st str sw t th tr v w wh y z"
)
_VOWELS = _listed("a e i o u ai ea ee ie oa ou")
_CODAS = _listed("b ck d ft g l ll lm m n nd ng nt p r rd rn s sh sk st t th x")


def _pseudo_words(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """Made-up, pronounceable words for the rare ranks; all distinct."""
    words: list[str] = []
    while len(words) < count:
        syllables = rng.choice((1, 2, 2, 2, 3, 3))
        word = "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + (rng.choice(_CODAS) if i == 0 else "")
            for i in range(syllables)
        )
        if 3 <= len(word) <= 14 and word not in taken:
            taken.add(word)
            words.append(word)
    return words


class Prose:
    """Draws words and sentences from one seeded Zipf vocabulary."""

    def __init__(self, rng: random.Random, size: int = VOCABULARY_SIZE) -> None:
        self.rng = rng
        common = list(dict.fromkeys(COMMON_WORDS))
        self.words: list[str] = common + _pseudo_words(rng, size - len(common), set(common))
        weights = [1.0 / (rank**ZIPF_EXPONENT) for rank in range(1, len(self.words) + 1)]
        self._cumulative = list(itertools.accumulate(weights))

    def rank_of(self, word: str) -> int:
        """The word's frequency rank (1 is the most common)."""
        return self.words.index(word) + 1

    def draw(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self._cumulative, k=count)

    def sentence(self, length: int | None = None) -> str:
        words = self.draw(length or self.rng.randint(5, 18))
        words[0] = words[0].capitalize()
        return " ".join(words) + self.rng.choice(".....?!")

    def paragraph(self, words: int) -> str:
        sentences: list[str] = []
        written = 0
        while written < words:
            length = min(self.rng.randint(5, 18), max(words - written, 3))
            sentences.append(self.sentence(length))
            written += length
        return " ".join(sentences)

    def body(self, words: int) -> str:
        """Paragraphs of roughly 40 to 120 words adding up to about `words`."""
        paragraphs: list[str] = []
        left = words
        while left > 0:
            size = min(left, self.rng.randint(40, 120))
            paragraphs.append(self.paragraph(size))
            left -= size
        return "\n\n".join(paragraphs)

    def title(self) -> str:
        words = self.draw(self.rng.randint(2, 6))
        return " ".join(words).capitalize()


def pick_words(prose: Prose, ranks: Sequence[int]) -> list[str]:
    """The words at the given frequency ranks (1-based)."""
    return [prose.words[rank - 1] for rank in ranks]
