"""Figures for export: a plain description of plots (:mod:`.model`), one painter for PNG, SVG
and PDF (:mod:`.render`), and the builders of the curve lab's and the entropy calculator's
figures (:mod:`.curves`, :mod:`.entropy`, wired to the window in :mod:`.sources`)."""
