"""Temporary: the main window's old import path of the entropy panel (now gui.entropy)."""

from gui.entropy import EntropyPanel as _EntropyPanel


class EntropyPanel(_EntropyPanel):
    """gui.entropy.EntropyPanel with the child widgets the main window still reaches for.

    Temporary: the main window reads these in ``_rebuild_entropy_panel`` and
    ``show_entropy_example`` until it uses ``show_distribution`` and stops
    rebuilding the panel; this module goes away then.
    """

    @property
    def mode_combo(self):
        return self.input_box.mode_combo

    @property
    def input_edit(self):
        return self.input_box.input_edit

    @property
    def unit_combo(self):
        return self.input_box.unit_combo

    @property
    def model_edit(self):
        return self.divergence_box.model_edit

    @property
    def binary_p_spin(self):
        return self.binary_box.binary_p_spin
