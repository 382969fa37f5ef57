"""AnswerLetter: an editor for answer letters to parliamentary questions."""

__version__ = "0.1.0"
APP_NAME = "AnswerLetter"
