"""AnswerLetter: an editor for answer letters to parliamentary questions."""

__version__ = "0.1.0"
APP_NAME = "AnswerLetter"
#: The copyright notice; the EUPL asks for "Licensed under the EUPL" right after it.
COPYRIGHT = "© 2026 AnswerLetter developers"
#: SPDX identifier of the project's licence (the full text is LICENSE).
LICENCE = "EUPL-1.2"
