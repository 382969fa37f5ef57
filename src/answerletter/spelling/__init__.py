"""Dutch spell checking, headless (no Qt): our tokenizer, Hunspell with the bundled OpenTaal
dictionary, our domain word list and the letter's names. ``spelling_findings`` gives the
findings of a letter (check id ``spelling``) as ``answerletter check --spelling`` reports them.
"""

from answerletter.spelling.letter import CHECK_ID, SpellingFinding, letter_names, spelling_findings
from answerletter.spelling.speller import MAX_SUGGESTIONS, Speller
from answerletter.spelling.tokenizer import Token, words

__all__ = [
    "CHECK_ID",
    "MAX_SUGGESTIONS",
    "Speller",
    "SpellingFinding",
    "Token",
    "letter_names",
    "spelling_findings",
    "words",
]
