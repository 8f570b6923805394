"""The entropy calculator: :class:`EntropyPanel` and the group boxes it stacks."""

from gui.entropy.panel import EntropyPanel

__all__ = ["EntropyPanel"]
