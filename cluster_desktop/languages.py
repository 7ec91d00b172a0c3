"""The languages the program speaks and writes, named once.

The window, certificates and programmes come in Kazakh, Russian and English;
papers that go to the state or a partner (agreements, outcome reports) in the
two official languages of Kazakhstan.
"""

from __future__ import annotations

LANGUAGES = ("kk", "ru", "en")
OFFICIAL_LANGUAGES = ("kk", "ru")
