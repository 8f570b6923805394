"""The concepts guide (Help > Concepts guide, F1): illustrated pages with a "Show me" button.

The pages are HTML files in ``resources/help/<language>/`` (see
``core.scenarios``); this window only lists and shows them in the current
interface language. A page that ends with a show-me line gets a "Show me"
button, which asks the main window to load that scenario; on the entropy
page it asks for the Entropy panel with an example instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.scenarios import (
    INDEX_TOPIC,
    help_page_path,
    help_page_title,
    help_topics,
    show_me_scenario,
)

ENTROPY_TOPIC = "entropy"


class ConceptsGuide(QWidget):
    """A window of short pages on the ideas the app teaches (objectName ``conceptsGuide``)."""

    show_me_requested = Signal(str)
    show_entropy_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("conceptsGuide")
        self._language = language
        self._topic = INDEX_TOPIC
        self._scenario: str | None = None
        self.topics = QListWidget()
        self.topics.setObjectName("guideTopics")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.show_me_button = QPushButton()
        self.show_me_button.setObjectName("guideShowMe")
        self.close_button = QPushButton()

        splitter = QSplitter()
        splitter.addWidget(self.topics)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 560])
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_me_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.topics.currentRowChanged.connect(self._on_topic_row_changed)
        self.browser.sourceChanged.connect(self._on_source_changed)
        self.show_me_button.clicked.connect(self._on_show_me_clicked)
        self.close_button.clicked.connect(self.close)
        self.resize(820, 620)
        self.retranslate()

    @property
    def topic(self) -> str:
        """The page shown."""
        return self._topic

    def scenario(self) -> str | None:
        """The scenario key of the page's "Show me" button, or None."""
        return self._scenario

    def set_language(self, language: str) -> None:
        """Relabel and show the pages of ``language``, staying on the same topic."""
        self._language = language
        self.retranslate()

    def show_topic(self, topic: str) -> None:
        """Show one page (a topic of ``core.scenarios.help_topics`` or the contents)."""
        self.browser.setSource(QUrl.fromLocalFile(str(help_page_path(topic, self._language))))

    def retranslate(self) -> None:
        """Relabel the window and reload the list and the page in the current language."""
        self.setWindowTitle(self.tr("Overfit Lab: concepts guide"))
        self.show_me_button.setText(self.tr("&Show me"))
        self.show_me_button.setToolTip(
            self.tr("Load the scenario that shows this idea (undo with Ctrl+Z)")
        )
        self.close_button.setText(self.tr("&Close"))
        self.topics.blockSignals(True)
        self.topics.clear()
        for topic in (INDEX_TOPIC, *help_topics()):
            item = QListWidgetItem(help_page_title(topic, self._language))
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.topics.addItem(item)
        self.topics.blockSignals(False)
        self.show_topic(self._topic)

    def _on_topic_row_changed(self, row: int) -> None:
        if row >= 0:
            self.show_topic(self.topics.item(row).data(Qt.ItemDataRole.UserRole))

    def _on_source_changed(self, url: QUrl) -> None:
        path = url.toLocalFile()
        name = path.rsplit("/", 1)[-1].removesuffix(".html")
        self._topic = name if name in (INDEX_TOPIC, *help_topics()) else INDEX_TOPIC
        with open(path, encoding="utf-8") as page:
            self._scenario = show_me_scenario(page.read())
        self.show_me_button.setVisible(self._scenario is not None or self._topic == ENTROPY_TOPIC)
        self.topics.blockSignals(True)
        self.topics.setCurrentRow((INDEX_TOPIC, *help_topics()).index(self._topic))
        self.topics.blockSignals(False)

    def _on_show_me_clicked(self) -> None:
        if self._scenario is not None:
            self.show_me_requested.emit(self._scenario)
        elif self._topic == ENTROPY_TOPIC:
            self.show_entropy_requested.emit()
