"""The guided scenarios as a start page: pick one, read what to look at.

Scenarios come from ``resources/scenarios.json`` (``core.scenarios``); the
panel lists them and shows the explanation of the one loaded last, in the
current interface language. Loading itself is the main window's job.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.scenarios import Scenario


class ScenarioPanel(QWidget):
    """List of scenarios and the explanation of the current one (objectName ``scenarioPanel``)."""

    scenario_chosen = Signal(str)

    def __init__(
        self, scenarios: list[Scenario], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioPanel")
        self._scenarios = {s.key: s for s in scenarios}
        self._language = language
        self._current: str | None = None
        self.list = QListWidget()
        self.list.setObjectName("scenarioList")
        self.title = QLabel()
        self.title.setObjectName("scenarioTitle")
        self.explanation = QLabel()
        self.explanation.setObjectName("scenarioExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        read = QVBoxLayout()
        read.addWidget(self.title)
        read.addWidget(self.explanation, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addLayout(read, 5)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemClicked.connect(self._on_item_activated)
        self.retranslate()

    @property
    def current(self) -> str | None:
        """The key of the scenario whose explanation is shown."""
        return self._current

    def set_language(self, language: str) -> None:
        """Show titles and explanation in ``language``."""
        self._language = language
        self.retranslate()

    def show_scenario(self, key: str | None) -> None:
        """Show the explanation of scenario ``key`` (None: of none)."""
        if key == self._current:
            return  # called on every undo step: nothing to redo
        self._current = key
        self._show_current()

    def retranslate(self) -> None:
        """Relabel in the current language."""
        self.list.setToolTip(
            self.tr("Each scenario sets up points and settings that show one idea:")
        )
        self.list.clear()
        for scenario in self._scenarios.values():
            item = QListWidgetItem(scenario.title(self._language))
            item.setData(Qt.ItemDataRole.UserRole, scenario.key)
            item.setToolTip(scenario.explanation(self._language))
            self.list.addItem(item)
        # Every scenario visible at once, whole titles: the list is this panel's menu.
        rows = self.list.sizeHintForRow(0) * self.list.count()
        self.list.setMinimumHeight(rows + 2 * self.list.frameWidth())
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 8)
        self._show_current()

    def _show_current(self) -> None:
        scenario = self._scenarios.get(self._current or "")
        if scenario is None:
            self.list.setCurrentRow(-1)
            self.title.setText("")
            self.explanation.setText(
                self.tr("Its explanation appears here: what to look at, and what to try next.")
            )
            return
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == scenario.key:
                self.list.setCurrentRow(row)
        self.title.setText(f"<b>{scenario.title(self._language)}</b>")
        self.explanation.setText(scenario.explanation(self._language))

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.scenario_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
