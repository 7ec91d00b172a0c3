"""«Page X of Y» on every page of a Platypus document: the total is known only at the end.

:func:`numbered_canvas` gives a canvas class that keeps its pages until saving,
then lets ``decorate`` draw each page's header and footer knowing the total
(ReportLab's own page-numbering recipe).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # ReportLab is imported when a document is drawn
    from reportlab.pdfgen.canvas import Canvas

Decorate = Callable[["Canvas", int, int], None]  # (canvas, page, pages)


def numbered_canvas(decorate: Decorate) -> type[Canvas]:
    """A canvas class calling ``decorate(canvas, page, pages)`` on every page once the document is complete."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page-numbering recipe; not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.saveState()
                decorate(self, self.getPageNumber(), total)
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
