"""Sliders for the model's numbers: degree, and penalty strengths on a log scale.

A strength slider has an exact "off" end (position 0 is 0, not 1e-10) and
a field that takes any number >= 0; the degree has a spin box beside its
slider. A drag, or a key held down, is one gesture: every value it passes
through is emitted with the same gesture token, so the commands of one
gesture merge into one undo step. Each control has a play button that
animates its slider (:class:`SliderPlayer`): the animation is one gesture
too, so one undo step takes it all back.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QSlider,
    QSpinBox,
    QStyle,
    QToolButton,
    QWidget,
)

from core import limits
from core.polyfit import MAX_DEGREE
from gui.commands import Gesture

LOG_MIN = -10.0
LOG_MAX = 2.0
SLIDER_STEPS = 600
#: Play speeds: one degree per DEGREE_TICK_MS; a strength slider moves
#: STRENGTH_STEP positions (a quarter decade) per STRENGTH_TICK_MS.
DEGREE_TICK_MS = 400
STRENGTH_STEP = SLIDER_STEPS // 48
STRENGTH_TICK_MS = 120


def slider_to_strength(position: int) -> float:
    """Slider position 0 is "off" (exactly 0); 1..SLIDER_STEPS span 1e-10..1e2 on a log scale."""
    if position <= 0:
        return 0.0
    fraction = (min(position, SLIDER_STEPS) - 1) / (SLIDER_STEPS - 1)
    return 10.0 ** (LOG_MIN + (LOG_MAX - LOG_MIN) * fraction)


def strength_to_slider(value: float) -> int:
    """The slider position nearest to a strength (0 for 0; clamped at both ends)."""
    if value <= 0:
        return 0
    fraction = (math.log10(value) - LOG_MIN) / (LOG_MAX - LOG_MIN)
    return round(1 + min(max(fraction, 0.0), 1.0) * (SLIDER_STEPS - 1))


class GestureTracker(QObject):
    """The gesture a control is in: a mouse drag of a slider, or a held-down key.

    While the slider's handle is held, or a key is held down on the slider or
    spin box (auto-repeat sends press/release pairs marked as repeats), every
    value passes the same :class:`gui.commands.Gesture`, so the whole gesture
    is one undo step. Between gestures ``current`` is None.
    """

    def __init__(self, slider: QSlider, *keyed: QWidget) -> None:
        super().__init__(slider)
        self.current: Gesture | None = None
        slider.sliderPressed.connect(self._begin)
        slider.sliderReleased.connect(self._end)
        for widget in (slider, *keyed):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and not event.isAutoRepeat():
            if event.type() == QEvent.Type.KeyPress:
                self._begin()
            elif event.type() == QEvent.Type.KeyRelease:
                self._end()
        return False

    def _begin(self) -> None:
        self.current = Gesture()

    def _end(self) -> None:
        self.current = None


class SliderPlayer(QObject):
    """Animates a slider from where it is to its end, as one gesture; the button stops it.

    Pressing the (checkable) play button starts a timer that moves the slider
    ``step`` positions per tick; from the end of the range it starts again at
    the beginning. Every value passes the same gesture token through
    ``tracker``, so the whole animation is one undo step, like a slider drag.
    The animation stops at the end, when the button is pressed again, or when
    the user takes the slider or a key.

    Signals
    -------
    running_changed(bool)
    """

    running_changed = Signal(bool)

    def __init__(
        self,
        slider: QSlider,
        button: QToolButton,
        tracker: GestureTracker,
        step: int,
        interval_ms: int,
    ) -> None:
        super().__init__(slider)
        self._slider = slider
        self._button = button
        self._tracker = tracker
        self._step = step
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        button.setCheckable(True)
        button.toggled.connect(self._on_button_toggled)
        slider.sliderPressed.connect(self.stop)
        self._show_icon(False)

    @property
    def running(self) -> bool:
        """Whether the slider is being animated."""
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        """Milliseconds between two steps."""
        return self._timer.interval()

    @interval_ms.setter
    def interval_ms(self, value: int) -> None:
        self._timer.setInterval(value)

    def start(self) -> None:
        """Start animating (as if the play button were pressed)."""
        self._button.setChecked(True)

    def stop(self) -> None:
        """Stop where the slider is; the animation so far stays one undo step."""
        self._button.setChecked(False)

    def _on_button_toggled(self, checked: bool) -> None:
        if checked == self._timer.isActive():
            return
        if checked:
            self._tracker.current = Gesture()
            if self._slider.value() >= self._slider.maximum():
                self._slider.setValue(self._slider.minimum())
            self._timer.start()
        else:
            self._timer.stop()
            self._tracker.current = None
        self._show_icon(checked)
        self.running_changed.emit(checked)

    def _on_timer_timeout(self) -> None:
        slider = self._slider
        if self._tracker.current is None:
            self.stop()  # the user took over (a key or the handle) and let go
            return
        slider.setValue(min(slider.value() + self._step, slider.maximum()))
        if slider.value() >= slider.maximum():
            self.stop()

    def _show_icon(self, running: bool) -> None:
        pixmap = (
            QStyle.StandardPixmap.SP_MediaStop if running else QStyle.StandardPixmap.SP_MediaPlay
        )
        self._button.setIcon(self._button.style().standardIcon(pixmap))


def play_button(object_name: str) -> QToolButton:
    """The play button of a control (its tooltip is set by the control's owner)."""
    button = QToolButton()
    button.setObjectName(object_name)
    button.setAutoRaise(True)
    return button


def format_strength(value: float) -> str:
    """Text for a strength field: "0" when off, else 4 significant digits."""
    return "0" if value == 0 else f"{value:.4g}"


class StrengthControl(QWidget):
    """A log-scale slider with an exact "off" end and an editable number."""

    value_edited = Signal(float, object)
    rejected = Signal(str)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setPageStep(SLIDER_STEPS // 12)
        self.field = QLineEdit("0")
        self.field.setMaximumWidth(90)
        self.field.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.play = play_button(f"{object_name.removesuffix('Control')}Play")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.field)
        # A label's mnemonic (Alt+1 for "L&1 strength") gives the slider the focus:
        # QLabel only focuses a buddy that takes focus itself.
        self.setFocusPolicy(self.slider.focusPolicy())
        self.setFocusProxy(self.slider)
        self._value = 0.0
        self._gesture = GestureTracker(self.slider)
        self.player = SliderPlayer(
            self.slider, self.play, self._gesture, STRENGTH_STEP, STRENGTH_TICK_MS
        )
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.field.editingFinished.connect(self._on_field_editing_finished)

    def value(self) -> float:
        """The strength shown."""
        return self._value

    def set_value(self, value: float) -> None:
        """Show a strength without emitting an edit."""
        self._value = value
        with QSignalBlocker(self.slider):
            self.slider.setValue(strength_to_slider(value))
        self.field.setText(format_strength(value))
        self.field.setStyleSheet("")

    def _on_slider_value_changed(self, position: int) -> None:
        self._value = slider_to_strength(position)
        self.field.setText(format_strength(self._value))
        self.value_edited.emit(self._value, self._gesture.current)

    def _on_field_editing_finished(self) -> None:
        text = self.field.text().strip().lower()
        try:
            # "off" (or its translation) is the slider's left end, exactly 0.
            value = 0.0 if text in ("off", "", self.tr("off").lower()) else float(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or value < 0:
            self._refuse(
                self.tr("'{0}' is not a strength: type a number >= 0 (0 turns it off).").format(
                    self.field.text()
                )
            )
            return
        if value > limits.MAX_STRENGTH:
            self._refuse(
                self.tr("'{0}' is too strong: a strength is at most {1:g}.").format(
                    self.field.text(), limits.MAX_STRENGTH
                )
            )
            return
        self.field.setStyleSheet("")
        if value != self._value:
            self.set_value(value)
            self.value_edited.emit(value, None)

    def _refuse(self, message: str) -> None:
        self.field.setStyleSheet("background: #ffd6d6;")
        self.rejected.emit(message)


class DegreeControl(QWidget):
    """Degree 0..maximum as a spin box and a slider (objectName ``degreeControl`` by default).

    The curve lab's degree goes to ``core.polyfit.MAX_DEGREE`` (30), the
    classification lab's to 10: ``maximum`` says which.
    """

    value_edited = Signal(int, object)

    def __init__(
        self,
        maximum: int = MAX_DEGREE,
        object_name: str = "degreeControl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.spin = QSpinBox()
        self.spin.setRange(0, maximum)
        self.spin.setKeyboardTracking(False)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, maximum)
        self.slider.setPageStep(3 if maximum > 12 else 2)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(5 if maximum > 12 else 1)
        self.play = play_button("degreePlay")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self._gesture = GestureTracker(self.slider, self.spin)
        self.player = SliderPlayer(self.slider, self.play, self._gesture, 1, DEGREE_TICK_MS)
        self.slider.valueChanged.connect(self._on_value_changed)
        self.spin.valueChanged.connect(self._on_value_changed)

    def set_value(self, degree: int) -> None:
        """Show a degree without emitting an edit."""
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
            self.slider.setValue(degree)
            self.spin.setValue(degree)

    def _on_value_changed(self, degree: int) -> None:
        self.set_value(degree)
        self.value_edited.emit(degree, self._gesture.current)
