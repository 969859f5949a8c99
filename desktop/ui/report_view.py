"""A report in the owner's words: the headline figures and the breakdowns, as the reports
window and the PDF both show them."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.cases.reports import Report
from desktop.ui.labels import channel_name, touchpoint_name, type_name
from desktop.ui.text import fill, local_date, number, span

translate = QCoreApplication.translate

__all__ = ["Figure", "figures", "breakdowns", "period_text", "percent"]


class Figure(NamedTuple):
    key: str      # the report figure whose cases a click lists (see desktop.cases.reports.FIGURES)
    title: str
    value: str
    detail: str


def percent(share: float | None) -> str:
    return "—" if share is None else QLocale().toString(round(share * 100)) + "%"


def period_text(report: Report) -> str:
    return fill(translate("Reports", "%1 to %2"), local_date(report.period.first), local_date(report.period.last))


def figures(report: Report) -> list[Figure]:
    median = report.median_first_reply
    judged = report.within_target + report.missed_target
    return [
        Figure("received", translate("Reports", "Complaints"), number(report.received),
               fill(translate("Reports", "%1 ignored"), number(report.ignored)) if report.ignored else ""),
        Figure("answered", translate("Reports", "Median first reply"), span(median) if median is not None else "—",
               fill(translate("Reports", "%1 answered"), number(report.answered))),
        Figure("missed_target", translate("Reports", "First reply within target"),
               percent(report.share_within_target),
               fill(translate("Reports", "%1 of %2 in time"), number(report.within_target), number(judged))
               if judged else ""),
        Figure("open", translate("Reports", "Still open"), number(report.open),
               fill(translate("Reports", "%1 overdue now"), number(report.overdue))),
        Figure("resolved", translate("Reports", "Resolved"), percent(report.resolution_rate),
               translate("Reports", "%n case(s)", "", report.resolved)),
        Figure("followed_up", translate("Reports", "Followed up after solving"), percent(report.follow_up_rate),
               translate("Reports", "%n case(s)", "", report.followed_up)),
        Figure("repeat", translate("Reports", "Customers who complained more than once"),
               number(report.repeat_people), ""),
        Figure("recovered", translate("Reports", "Upset regulars won back"), number(report.recovered_count),
               translate("Reports", "solved and followed up")),
    ]


def breakdowns(report: Report, touchpoint_names: dict[str, str | None]) -> list[tuple[str, str, list]]:
    """(figure, title, [(key, label, count)]) for the type, touchpoint and channel charts."""
    return [
        ("touchpoint", translate("Reports", "By touchpoint"),
         [(key, touchpoint_name(key, touchpoint_names.get(key)), n) for key, n in report.by_touchpoint.items()]),
        ("type", translate("Reports", "By customer type"),
         [(key, type_name(key) if key else translate("Reports", "Not known yet"), n)
          for key, n in report.by_type.items()]),
        ("channel", translate("Reports", "By channel"),
         [(key, channel_name(key), n) for key, n in report.by_channel.items()]),
    ]
