"""A programme's particulars and description, as the Programmes page shows them below its tree."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from cluster_desktop.services.programme_snapshots import ProgrammeSummary

from .. import labels, style
from ..i18n import current_language


class ProgrammeDescription(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme_details")
        self.setOpenLinks(False)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # a long word goes whole onto the next line, never split

    def show_programme(self, programme: ProgrammeSummary) -> None:
        self.setHtml(self.render_programme(programme))

    def render_programme(self, p: ProgrammeSummary) -> str:
        language = current_language()

        def row(label: str, value: str) -> str:
            return f"<tr><td style='color:{style.HINT}; padding-right:12px'>{escape(label)}</td><td>{escape(value)}</td></tr>"

        qualification = " — ".join(part for part in (p.qualification_code, labels.marked(*p.qualification_name(language))) if part)
        partner = (p.partner.get(language) or p.partner["ru"]) if p.partner else self.tr("none")
        groups = self.tr("%n group(s)", "", len(p.groups)) + ", " + self.tr("%n learner(s)", "", p.learners)
        parts = [
            f"<h3>{escape(p.name(language))}</h3><table cellspacing='0' cellpadding='3'>",
            row(self.tr("Kind"), labels.programme_kind_name(p.kind)),
            row(self.tr("Name in Kazakh"), p.names["kk"]),
            row(self.tr("Name in Russian"), p.names["ru"]),
            row(self.tr("Name in English"), p.names["en"] or "—"),
            row(self.tr("Qualification"), qualification or "—"),
            row(self.tr("Hours"), str(p.hours)),
            row(self.tr("Languages"), ", ".join(labels.language_name(code) for code in p.languages)),
            row(self.tr("Partner"), partner),
            row(self.tr("Groups"), groups),
            "</table>",
        ]
        if p.description:
            parts.append("<p>" + escape(p.description).replace("\n", "<br>") + "</p>")
        return "".join(parts)
