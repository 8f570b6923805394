"""The whole session: both labs together, as files, autosave and recovery see it.

A session file holds the curve lab and the classification lab (format
version 2, ``core.session_file``). :class:`Workspace` puts the two states
behind the interface the document and the autosave use: ``to_session()``
gathers both, ``restore()`` shows a session prepared off the GUI thread by
:func:`prepare_session` in one step, both labs at once, or neither if
anything fails.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.session_file import SessionData
from gui.plane_state import PlaneState, PreparedPlane, prepare_plane
from gui.state import LabState, PreparedSession
from gui.state import prepare_session as prepare_curves


@dataclass(frozen=True, eq=False)
class PreparedWorkspace:
    """Both labs of a session, reduced and fitted off screen."""

    session: SessionData
    curves: PreparedSession
    plane: PreparedPlane


def prepare_session(session: SessionData) -> PreparedWorkspace:
    """Reduce and fit both labs of a session (pure numpy: runs on any thread).

    Raises ValueError if either lab cannot be fitted; nothing on screen
    changes then.
    """
    return PreparedWorkspace(
        session, prepare_curves(session), prepare_plane(session.classification)
    )


class Workspace:
    """The two labs' states seen as one session."""

    def __init__(self, curves: LabState, plane: PlaneState) -> None:
        self.curves = curves
        self.plane = plane

    def to_session(self) -> SessionData:
        """Everything a session file holds, as it is now."""
        curves = self.curves.to_session()
        return SessionData(
            domain=curves.domain,
            points=curves.points,
            model=curves.model,
            generator=curves.generator,
            classification=self.plane.to_data(),
        )

    def restore(self, session: SessionData | PreparedWorkspace) -> None:
        """Replace both labs by a session's (prepared first if it is not yet)."""
        prepared = session if isinstance(session, PreparedWorkspace) else prepare_session(session)
        self.curves.restore(prepared.curves)
        self.plane.restore(prepared.plane)
