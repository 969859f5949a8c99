"""The report as a PDF: the headline figures, the charts and the lists, on A4 pages. Written
beside the target and moved into place, so a failure leaves no half-written file."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QGraphicsScene

from desktop.cases.export import whole_file
from desktop.cases.reports import Report
from desktop.ui.report_charts import BarChart, WeekChart
from desktop.ui.report_view import breakdowns, figures, period_text
from desktop.ui.text import fill, local_time, number

translate = QCoreApplication.translate

__all__ = ["write_report_pdf", "write_report_pdf_headless"]

_CHART_WIDTH = 680  # in the page's pixels (96 per inch); painted at twice that
_SHARPNESS = 2
_DPI = 96


def _image(chart: QChart, height: int) -> QImage:
    """Paint a chart off screen (no window needed)."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(QSizeF(_CHART_WIDTH, height))
    image = QImage(_CHART_WIDTH * _SHARPNESS, height * _SHARPNESS, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), QRectF(0, 0, _CHART_WIDTH, height))
    painter.end()
    scene.removeItem(chart)
    return image


def _document(report: Report, touchpoint_names: dict, shop: str, width: int) -> QTextDocument:
    e = html.escape
    title = translate("Reports", "Complaints report")
    made = fill(translate("Reports", "made %1"), local_time(report.now))
    erased = translate("Reports", "(erased)")
    nothing = translate("Reports", "No complaints came in during this period.")
    document = QTextDocument()
    charts = [("weeks", WeekChart(translate("Reports", "Complaints per week"),
                                  [(w.week, w.count) for w in report.weeks], "d MMM"))]
    charts += [(figure, BarChart(name, items)) for figure, name, items in breakdowns(report, touchpoint_names)
               if items]
    scale = width / _CHART_WIDTH
    for name, chart in charts:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"),
                             _image(chart.chart, chart.preferred_height()))
    shown = figures(report)
    figures_named = {f.key: f.title for f in shown}
    rows = "".join(f"<tr><td>{e(f.title)}</td><td align='right'><b>{e(f.value)}</b></td><td>{e(f.detail)}</td></tr>"
                   for f in shown)
    parts = [f"<h1>{e(title)}</h1>",
             f"<p>{e(shop)}<br>{e(period_text(report))} · {e(made)}</p>" if shop
             else f"<p>{e(period_text(report))} · {e(made)}</p>",
             f"<table cellpadding='4' cellspacing='0' width='100%'>{rows}</table>"]
    if not report.received:
        parts.append(f"<p><i>{e(nothing)}</i></p>")
    else:
        parts += [f"<p><img src='chart:{name}' width='{width}' height='{int(chart.preferred_height() * scale)}'></p>"
                  for name, chart in charts]
    if report.repeat_list:
        people = "".join(f"<li>{e(p.name or erased)}: {e(number(p.cases))}</li>" for p in report.repeat_list)
        parts.append(f"<h3>{e(figures_named['repeat'])}</h3><ul>{people}</ul>")
    if report.recovered:
        won = "".join(f"<li>{e(r.name or erased)}</li>" for r in report.recovered)
        parts.append(f"<h3>{e(figures_named['recovered'])}</h3><ul>{won}</ul>")
    document.setHtml("".join(parts))
    return document


def write_report_pdf(report: Report, path: Path, touchpoint_names: dict | None = None, shop: str = "") -> None:
    """Needs a QApplication (the charts are widgets' kin); no window is shown."""
    with whole_file(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(_DPI)
        writer.setTitle(translate("Reports", "Complaints report"))
        writer.setCreator("Balas")
        document = _document(report, touchpoint_names or {}, shop, writer.width())
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.print_(writer)
        del writer  # finishes the file
        if temporary.stat().st_size == 0:
            raise OSError(5, "the PDF could not be written")


def write_report_pdf_headless(report: Report, path: Path, touchpoint_names: dict, language: str | None) -> None:
    """For the command line: an application of its own (no window) in the chosen language."""
    from PySide6.QtWidgets import QApplication

    from desktop.app.i18n import install_translators, pick_language

    app = QApplication.instance() or QApplication(["balas"])
    translators = install_translators(app, pick_language(language))
    try:
        write_report_pdf(report, path, touchpoint_names)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
