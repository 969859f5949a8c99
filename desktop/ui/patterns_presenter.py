"""Says what the pattern checks found: in the case panel ("3 other customers mentioned
delivery this week"), in a banner over the inbox (the week's groups), and in a warning when
a burst of negative comments may be organised. Each can list its cases in the inbox."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject

from desktop.app.inbox_controller import InboxController
from desktop.app.patterns_controller import PatternsController
from desktop.ui.labels import touchpoint_name
from desktop.ui.main_window import MainWindow
from desktop.ui.text import fill, one_line

__all__ = ["PatternsPresenter", "BANNER_GROUPS"]

BANNER_GROUPS = 2  # groups named in the banner's line; the menu lists them all
WORD_GROUP_PEOPLE = 4  # shared words need one more voice than a touchpoint to be news


class PatternsPresenter(QObject):
    def __init__(self, window: MainWindow, patterns: PatternsController, inbox: InboxController,
                 current_case: Callable[[], int | None], touchpoint_names: Callable[[], dict],
                 parent=None):
        super().__init__(parent)
        self.window = window
        self.patterns = patterns
        self.current_case = current_case
        self.touchpoint_names = touchpoint_names
        self.groups: list = []
        self.attacks: list = []
        patterns.updated.connect(self._on_updated)
        patterns.case_described.connect(self._on_case_described)
        inbox.detail_loaded.connect(self._on_detail_loaded)
        window.pattern_requested.connect(self._show_group)
        window.attack_requested.connect(self._show_attack)
        window.when_case_panel(lambda panel: panel.similar_requested.connect(window.filter_bar.show_cases))

    def _touchpoint(self, key: str) -> str:
        return touchpoint_name(key, self.touchpoint_names().get(key))

    # -- the shown case --------------------------------------------------------------------
    def _on_detail_loaded(self, detail) -> None:
        if detail is not None and detail.id == self.current_case():
            self.patterns.describe(detail.id)

    def _on_case_described(self, case_id: int, similarity) -> None:
        panel = self.window.case_panel
        if panel.detail is not None and panel.detail.id == case_id:
            panel.show_similar(similarity, self._touchpoint(panel.detail.touchpoint))

    # -- the week ----------------------------------------------------------------------------
    def _group_text(self, group) -> str:
        if group.kind == "touchpoint":
            return fill(self.tr("%n customer(s) mentioned “%1”", "", group.people), self._touchpoint(group.key))
        return fill(self.tr("%n customer(s) wrote “%1”", "", group.people), one_line(" ".join(group.words[:3]), 40))

    def _on_updated(self, groups: list, attacks: list) -> None:
        groups = [g for g in groups if g.kind == "touchpoint" or g.people >= WORD_GROUP_PEOPLE]
        self.groups, self.attacks = groups, attacks
        named = [self._group_text(g) for g in groups]
        text = ""
        if groups:
            text = fill(self.tr("This week: %1."), "; ".join(named[:BANNER_GROUPS]))
            if len(groups) > BANNER_GROUPS:
                text += " " + self.tr("%n more pattern(s).", "", len(groups) - BANNER_GROUPS)
        self.window.show_patterns(text, named)
        self.window.show_attack(self._attack_text(attacks[0]) if attacks else "")

    def _attack_text(self, attack) -> str:
        if attack.reason == "same_wording":
            return fill(self.tr("%n people wrote nearly the same words in a short time: “%1”. This may be "
                                "organised; check before you reply.", "", len(attack.person_ids)),
                        one_line(attack.sample, 80))
        return self.tr("%n negative comments in a short time, mostly from the same few people. This may be "
                       "organised; check before you reply.", "", attack.items)

    def _show_group(self, index: int) -> None:
        if 0 <= index < len(self.groups):
            group = self.groups[index]
            self.window.filter_bar.show_cases(group.case_ids, fill(self.tr("Pattern: %1"), self._group_text(group)))

    def _show_attack(self) -> None:
        if self.attacks:
            self.window.filter_bar.show_cases(self.attacks[0].case_ids, self.tr("Possible organised attack"))
