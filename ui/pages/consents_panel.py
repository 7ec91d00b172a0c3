"""The consents on the learner's card: which are in force and what each allows, the 18-year flag, record and withdraw."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent, QTextOption
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.languages import written_in
from cluster_desktop.models import ConsentGiver, ConsentTerm
from cluster_desktop.permissions import Permission
from cluster_desktop.services.consents import ConsentState, ConsentView, LearnerConsents, consents_of

from .. import labels, style
from ..changes import Kind, subscribe
from ..dialogs.consent_dialog import ConsentDialog, WithdrawDialog, purpose_name
from ..i18n import current_language
from ..operations import query
from ..permissions_ui import allow

CARD_MARGIN = 100  # room beside the buttons, so that the card starts readable
STATE_COLOURS = {
    ConsentState.IN_FORCE: style.SUCCESS,
    ConsentState.NOT_YET: style.NEUTRAL,
    ConsentState.EXPIRED: style.MUTED,
    ConsentState.WITHDRAWN: style.MUTED,
}


class ConsentsPanel(QWidget):
    """Shows the consents of the learner chosen with :meth:`show_learner`."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consents_panel")
        self._db = database
        self._person_id: int | None = None
        self._name = ""
        self._request = 0
        self.consents: LearnerConsents | None = None
        title = self.tr("Consents to process personal data")
        self.title = QLabel(f"<b>{escape(title)}</b>", objectName="consents_title", wordWrap=True)
        self.flag = QLabel(objectName="own_consent_flag", wordWrap=True)
        self.flag.setStyleSheet(f"color: {style.ERROR}; background: {style.ERROR_BACKGROUND}; padding: 4px;")
        self.flag.hide()
        self.text = QTextBrowser(objectName="consents_text")
        self.text.setOpenLinks(False)
        self.text.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.record_button = QPushButton(self.tr("&Record consent…"), objectName="record_consent_button")
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), objectName="withdraw_consent_button")
        self._buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        self._row_buttons = [self.record_button, self.withdraw_button]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.flag)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button.clicked.connect(self.withdraw)
        allow(database, Permission.RECORD_CONSENTS, self.record_button, self.withdraw_button)
        subscribe(self, {Kind.CONSENTS, Kind.LEARNERS, Kind.SETTINGS}, lambda _kinds: self.show_learner(self._person_id, self._name))
        # No wider at its minimum than the journey above it: the window may be narrow; the buttons then stack (and may clip)
        self.setMinimumWidth(self.text.minimumSizeHint().width())
        self.show_learner(None)

    def sizeHint(self) -> QSize:
        """Wide enough for both buttons side by side: the card starts at this width (its minimum stays the journey's)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._buttons_width() + CARD_MARGIN), hint.height())

    def _buttons_width(self) -> int:
        shown = [b for b in self._row_buttons if not b.isHidden()]
        return sum(b.sizeHint().width() for b in shown) + self._buttons.spacing() * max(0, len(shown) - 1)

    def add_button(self, button: QPushButton) -> None:
        """Another action on the card's learner (the access report), at the right end of the buttons' row."""
        self._row_buttons.append(button)
        self._buttons.addWidget(button)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The buttons side by side when they fit, else one above the other: the card may be narrow (the window's minimum)."""
        wide = event.size().width() >= self._buttons_width()
        self._buttons.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def show_learner(self, person_id: int | None, name: str = "") -> None:
        self._person_id, self._name = person_id, name
        self._request += 1
        request = self._request
        self.consents = None
        self._enable()
        if person_id is None:
            self.flag.hide()
            hint = self.tr("Select a learner to see their consents.")
            self.text.setHtml(f"<p style='color:{style.HINT}'>{escape(hint)}</p>")
            return

        def done(consents: LearnerConsents) -> None:
            if request == self._request:
                self.consents = consents
                self._show(consents, today)

        def fail(exc: BaseException) -> None:
            if request == self._request:
                self.text.setHtml("")

        today = date.today()
        query(self, self._db, lambda session: consents_of(session, person_id, today), done, on_error=fail)

    def _enable(self) -> None:
        consents = self.consents
        usable = consents is not None and not consents.anonymised
        self.record_button.setEnabled(usable)
        self.withdraw_button.setEnabled(usable and consents is not None and any(c.withdrawable for c in consents.consents))

    def _show(self, consents: LearnerConsents, today: date) -> None:
        self._enable()
        if consents.own_consent_needed:
            self.flag.setText(
                self.tr(
                    "Consent in own name needed: the learner is an adult and every consent in force was given by a representative (due by {day})."
                ).format(day=numeric_date(consents.own_consent_due))
            )
        self.flag.setVisible(consents.own_consent_needed)
        self.text.setHtml(self.html(consents))

    def html(self, consents: LearnerConsents) -> str:
        if consents.anonymised:
            anonymised = self.tr("The record is anonymised.")
            return f"<p style='color:{style.HINT}'>{escape(anonymised)}</p>"
        if not consents.consents:
            missing = self.tr("No consent is recorded: nothing a purpose governs may be done.")
            return f"<p style='color:{style.ERROR}'>{escape(missing)}</p>"
        parts = []
        if not consents.in_force:
            none_in_force = self.tr("No consent is in force.")
            parts.append(f"<p style='color:{style.ERROR}'>{escape(none_in_force)}</p>")
        for view in consents.consents:
            parts.append(self._consent_html(view))
        return "".join(parts)

    def _consent_html(self, view: ConsentView) -> str:
        colour = STATE_COLOURS[view.state]
        giver = labels.consent_giver_name(view.given_by)
        if view.given_by is ConsentGiver.REPRESENTATIVE and view.giver_name:
            relation = written_in(view.giver_relation, current_language())  # «әкесі / отец»: the screen's language
            relation = f" ({relation})" if relation else ""
            giver = f"{giver}: {view.giver_name}{relation}"
        heading = self.tr("Signed on {day} by {giver}").format(day=numeric_date(view.given_on), giver=giver)
        details = [self._term_text(view), self._state_text(view)]
        if view.form_number:
            details.append(self.tr("form № {number}").format(number=view.form_number))
        rows = []
        for purpose in view.purposes:
            if purpose.state is ConsentState.IN_FORCE:
                mark, tint = "✓", style.SUCCESS
                note = ""
            elif purpose.state is ConsentState.WITHDRAWN and purpose.withdrawn_on is not None:
                mark, tint = "✗", style.MUTED
                note = " — " + self.tr("withdrawn on {day}").format(day=numeric_date(purpose.withdrawn_on))
            else:
                mark, tint = "–", style.MUTED
                note = ""
            rows.append(f"<span style='color:{tint}'>{mark} {escape(purpose_name(purpose.purpose) + note)}</span>")
        return (
            f"<p><b style='color:{colour}'>{escape(heading)}</b><br>"
            f"<span style='color:{style.SOFT_TEXT}'>{escape(' · '.join(d for d in details if d))}</span><br>" + "<br>".join(rows) + "</p>"
        )

    def _term_text(self, view: ConsentView) -> str:
        if view.term is ConsentTerm.UNTIL_DATE:
            return self.tr("valid until {day}").format(day=numeric_date(view.valid_until))
        text = self.tr("valid to the end of studies plus %n year(s)", "", view.years_after_studies or 0)
        if view.runs_until is not None:
            text += " " + self.tr("(until {day})").format(day=numeric_date(view.runs_until))
        return text

    def _state_text(self, view: ConsentView) -> str:
        return {
            ConsentState.IN_FORCE: self.tr("in force"),
            ConsentState.NOT_YET: self.tr("not yet in force"),
            ConsentState.EXPIRED: self.tr("expired"),
            ConsentState.WITHDRAWN: self.tr("withdrawn"),
        }[view.state]

    # -- actions --------------------------------------------------------------
    def record_consent(self) -> ConsentDialog | None:
        if self._person_id is None or self.consents is None:
            return None
        dialog = ConsentDialog(self._db, self._person_id, self._name, self.consents.birth_date, self)
        dialog.open()
        return dialog

    def withdraw(self) -> WithdrawDialog | None:
        if self.consents is None:
            return None
        dialog = WithdrawDialog(self._db, self._name, self.consents.consents, self)
        dialog.open()
        return dialog
