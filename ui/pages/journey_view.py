"""A learner's journey through the cluster's stages, as one readable timeline."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.models import DestinationKind, EnrolmentStatus
from cluster_desktop.services.anonymisation import is_placeholder_iin
from cluster_desktop.services.journey import Journey, JourneyStep, journey_of

from .. import labels, style
from ..changes import Kind, subscribe
from ..i18n import current_language
from ..numbers import percent_value
from ..operations import query
from .employment_page import destination_text

STAGE_COLOURS = {"preschool": "#7b61ff", "school": "#1e88e5", "college": "#00897b", "employment": "#e65100"}


class JourneyView(QTextBrowser):
    """Shows the selected learner's stages and enrolments in date order."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey")
        self._db = database
        self._person_id: int | None = None
        self._request = 0
        self.setOpenLinks(False)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # a long word goes whole onto the next line, never split
        shown = {Kind.LEARNERS, Kind.ENROLMENTS, Kind.GROUPS, Kind.PROGRAMMES, Kind.CERTIFICATES, Kind.PLACEMENTS, Kind.EMPLOYMENT}
        subscribe(self, shown, lambda _kinds: self.show_learner(self._person_id))
        self.show_learner(None)

    def show_learner(self, person_id: int | None) -> None:
        self._person_id = person_id
        self._request += 1
        request = self._request
        if person_id is None:
            hint = self.tr("Select a learner to see their journey.")
            self.setHtml(f"<p style='color:{style.HINT}'>{escape(hint)}</p>")
            return

        def done(journey: Journey) -> None:
            if request == self._request:
                self.setHtml(self.html(journey.full_name, journey.iin, journey.steps))

        def fail(exc: BaseException) -> None:
            if request == self._request:
                self.setHtml("")

        today = date.today()  # the school grade shown is today's
        query(self, self._db, lambda session: journey_of(session, person_id, today), done, on_error=fail)

    def html(self, name: str, iin: str, steps: list[JourneyStep]) -> str:
        iin_label = self.tr("IIN")
        heading = self.tr("Journey through the cluster")
        who = f"{escape(iin_label)}: {escape(iin)}"
        if is_placeholder_iin(iin):  # services.anonymisation: the identity is gone, the steps stay
            who = escape(self.tr("Anonymised after the keeping period: no name, IIN or contacts are kept."))
        parts = [f"<h3>{escape(name)}</h3><p>{who}</p>"]
        parts.append(f"<h4>{escape(heading)}</h4><table cellspacing='0' cellpadding='4'>")
        for step in steps:
            if step.ended_on == step.started_on or (step.ended_on is None and step.kind in ("certificate", "employment")):
                period = numeric_date(step.started_on)
            else:
                period = numeric_date(step.started_on) + " – " + (numeric_date(step.ended_on) if step.ended_on else self.tr("now"))
            title, details = self._describe(step)
            parts.append(
                f"<tr><td style='color:{style.HINT}' valign='top'>{escape(period)}</td>"
                f"<td>{title}<br><span style='color:{style.SOFT_TEXT}'>{escape(' · '.join(d for d in details if d))}</span></td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    def _describe(self, step: JourneyStep) -> tuple[str, list[str]]:
        """The step's title (HTML) and its details (plain text) in the interface language."""
        language = current_language()
        where = (step.organisation or {}).get(language) or (step.organisation or {}).get("ru", "")
        colour = STAGE_COLOURS[step.stage.value]
        if step.kind == "stage":
            details = [where]
            if step.extra.get("school_grade"):
                details.append(self.tr("grade {grade}").format(grade=step.extra["school_grade"]))
            elif step.extra.get("finished"):
                details.append(self.tr("finished school"))
            details.append(step.detail or "")
            return f"<b style='color:{colour}'>{escape(labels.stage_name(step.stage))}</b>", details
        if step.kind == "enrolment":
            programme = (step.programme or {}).get(language) or (step.programme or {}).get("ru", "")
            details = [self.tr("group {name}").format(name=step.group), labels.enrolment_status_name(EnrolmentStatus(step.status))]
            if step.result_percent is not None:
                details.append(
                    self.tr("result {percent}% ({letter}, {mark} of 5)").format(
                        percent=percent_value(step.result_percent), letter=step.letter_grade, mark=step.five_point_grade
                    )
                )
            return f"&nbsp;&nbsp;{escape(programme)}", details
        return self._outcome_title(step, colour), self._outcome_details(step, where)

    def _outcome_title(self, step: JourneyStep, colour: str) -> str:
        if step.kind == "destination":  # after college, somewhere other than a job
            title = self.tr("After graduation: {destination}").format(destination=destination_text(DestinationKind(step.status)))
            return f"&nbsp;&nbsp;<span style='color:{colour}'>{escape(title)}</span>"
        titles = {
            "certificate": self.tr("Certificate {number}").format(number=step.detail),
            "session": self.tr("Career-guidance session: {topic}").format(topic=labels.shown(step.texts, "topic")),
            "placement": self.tr("Dual-education period") if step.status == "dual" else self.tr("Practice placement"),
            "employment": self.tr("Employed as {position}").format(position=step.detail),
            "follow_up": self.tr("Follow-up after {months} months").format(months=step.extra.get("months", "")),
        }
        return f"&nbsp;&nbsp;<span style='color:{colour}'>{escape(titles[step.kind])}</span>"

    def _outcome_details(self, step: JourneyStep, where: str) -> list[str]:
        if step.kind == "certificate":
            details = [labels.shown(step.texts, "programme")]
            if step.extra.get("duplicate"):
                details.append(self.tr("duplicate"))
            if step.status == "revoked":
                details.append(self.tr("revoked"))
            return details
        if step.kind == "session":
            return [labels.shown(step.texts, "place"), where]
        if step.kind == "placement":
            mentor = step.extra.get("mentor")
            return [where, self.tr("mentor {name}").format(name=mentor) if mentor else ""]
        if step.kind in ("employment", "destination"):
            return [where]
        state = self.tr("still employed") if step.status == "employed" else self.tr("no longer employed")
        return [state, where or step.detail or ""]
