"""Words glued to a preposition or article by a lost space, as in stripped or hand-typed reports
("soldiers were killedin the exchange of fire", "shot dead a headman atBasti village"): the token is split
in two before the tagger runs, so the verb is read as a verb and the name as a name. The text itself is not
changed (the two tokens share the original characters), so every character offset stays valid.

A split is made only where the glued form is no English word and both halves are: the dictionary is the
model's own lemmatizer tables (WordNet lemmas and the suffix rules that inflect them) and its vocabulary
("infighting", "onboard"). The short half must be one of a closed class of prepositions and articles (not
"or": "councilor"; not "a": "thana"); glued after a word, that word has five letters or more ("killedin",
not "soldat"); glued before one, that word is a function word too ("inthe", not "inbox").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

# prepositions and articles that lose their space to the word before or after them
GLUE_WORDS = frozenset({"at", "in", "of", "on", "to", "the", "from", "near", "with", "by", "for", "and"})
MIN_WORD_CHARS = 5  # a word a preposition or article is glued after has at least this many letters
_FUNCTION_THEN_NAME = re.compile(r"^([a-z]{2,5})([A-Z][a-z]{2,}(?:-[A-Za-z]+)*)$")
_POS_TABLES = ("noun", "verb", "adj", "adv")
STOP_WORDS = frozenset(English.Defaults.stop_words)
# what may follow a glue word glued before it ("inthe", "ofthe")
_SECOND_FUNCTION_WORDS = GLUE_WORDS | STOP_WORDS

IsWord = Callable[[str], bool]


def dictionary_of(nlp: Language) -> IsWord:
    """Whether a lower-case word is English, by the model's rule lemmatizer tables (an index of lemmas per
    part of speech, exceptions, and suffix rules) and its vocabulary; stop words count too."""
    stop_words = frozenset(nlp.Defaults.stop_words)
    # a snapshot: the live string store grows with every text tokenised, glued forms included
    strings = frozenset(word for word in nlp.vocab.strings if word.isalpha() and word.islower())
    if "lemmatizer" not in nlp.pipe_names:
        return lambda word: word in stop_words or word in strings
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    tables = {name: lookups.get_table(name, {}) for name in ("lemma_index", "lemma_exc", "lemma_rules")}
    index = {pos: frozenset(tables["lemma_index"].get(pos, [])) for pos in _POS_TABLES}
    lemmas = frozenset().union(*index.values())
    exceptions = frozenset(word for pos in _POS_TABLES for word in tables["lemma_exc"].get(pos, {}))
    rules = {pos: list(tables["lemma_rules"].get(pos, [])) for pos in _POS_TABLES}

    def is_word(word: str) -> bool:
        if word in stop_words or word in exceptions or word in lemmas:
            return True
        if word in strings:
            return True
        return any(
            word.endswith(old) and word[: len(word) - len(old)] + new in index[pos]
            for pos in _POS_TABLES
            for old, new in rules[pos]
        )

    return is_word


def glued_split(text: str, is_word: IsWord) -> tuple[str, str] | None:
    """The two words a glued token is made of ("killedin" -> ("killed", "in"), "atBasti" -> ("at",
    "Basti")), or None when it is no such glue."""
    name = _FUNCTION_THEN_NAME.match(text)
    if name is not None:
        return (name[1], name[2]) if name[1] in GLUE_WORDS else None
    if not text.isalpha() or not text.islower() or is_word(text):
        return None
    for glue in sorted(GLUE_WORDS, key=len, reverse=True):
        if text.endswith(glue) and len(text) - len(glue) >= MIN_WORD_CHARS and is_word(text[: -len(glue)]):
            return text[: -len(glue)], glue
        if text.startswith(glue) and text[len(glue) :] in _SECOND_FUNCTION_WORDS:
            return glue, text[len(glue) :]
    return None


@Language.factory("flashpoint_glued_words")
def make_glued_words(nlp: Language, name: str) -> GluedWords:
    return GluedWords(dictionary_of(nlp))


class GluedWords:
    """Splits glued tokens (see `glued_split`) before the tagger; the text is unchanged."""

    def __init__(self, is_word: IsWord) -> None:
        self.is_word = is_word

    def __call__(self, doc: Doc) -> Doc:
        """A new doc with the glued tokens split (the component runs first, so the doc holds nothing but
        its tokens and user data; the retokenizer's split would leave heads that the parser does not
        replace)."""
        words: list[str] = []
        spaces: list[bool] = []
        for token in doc:
            parts = glued_split(token.text, self.is_word)
            if parts is None:
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
            else:
                words.extend(parts)
                spaces.extend((False, bool(token.whitespace_)))
        if len(words) == len(doc):
            return doc
        return Doc(doc.vocab, words=words, spaces=spaces, user_data=doc.user_data)
