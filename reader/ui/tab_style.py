"""TabStyle: the application's style, with tighter tabs where a narrow panel needs them."""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

TIGHT_SPACE = 8  # pixels beside a tab's label, both sides together, when tight (Fusion: 24)


class TabStyle(QProxyStyle):
    """Follows the application's style; tight, its tabs keep TIGHT_SPACE beside their labels,
    so that every tab of a narrow panel shows whole rather than behind scroll arrows."""

    def __init__(self) -> None:
        super().__init__()  # no base: the application's style, whichever it is
        self.tight = False

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if self.tight and metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return TIGHT_SPACE
        return super().pixelMetric(metric, option, widget)
