"""The closing report's charts, drawn off-screen as PNG images (matplotlib, Agg backend).

Rendering, not rules: each chart takes released figures (bot.domain.closing_report) and a
language, and draws only what it is given. Colours are the Okabe–Ito palette (readable with
every common colour-vision deficiency), and colour is never the only cue: bars carry hatching,
lines their own marker and dash. Every word on a chart (title, axes, legend, ticks) comes
from the catalog in the network's language. A chart without data is not drawn (None).
"""

import io
from collections.abc import Callable
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")  # no display: before pyplot is imported anywhere
# Labels hold words people typed (a learning form in its own words): `$...$` in them is
# text, never mathtext (which mangles it, and raises ValueError on `$\sqrt$`, leaving the
# closing report unpublished).
matplotlib.rcParams["text.parse_math"] = False

from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from bot.catalog import Lang, t  # noqa: E402
from bot.domain.closing_report import Figures, form_name, session_name  # noqa: E402
from bot.domain.evaluations import SCALES  # noqa: E402
from bot.domain.final_evaluation import ANSWERED, LIKED  # noqa: E402

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {"orange": "#E69F00", "sky_blue": "#56B4E9", "green": "#009E73",
             "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00",
             "purple": "#CC79A7", "black": "#000000"}
SERIES = ("blue", "orange", "green", "vermillion", "purple", "sky_blue")
HATCHES = ("//", "..", "xx", "\\\\", "oo", "++")
MARKERS = ("o", "s", "^", "D", "v", "P")
DASHES = ("-", "--", "-.", ":", "-", "--")
SIZE = (8.0, 4.5)  # inches
DPI = 100  # 800 x 450 pixels


@dataclass(frozen=True)
class Chart:
    name: str  # attendance, evaluations, forms, questions
    title: str
    png: bytes
    texts: tuple[str, ...]  # every word drawn on it, for checking against the catalog


def _colour(index: int) -> str:
    return OKABE_ITO[SERIES[index % len(SERIES)]]


def _finish(name: str, title: str, figure: Figure) -> Chart:
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI)
    texts = tuple(text.get_text() for text in figure.findobj(Text) if text.get_text()
                  and text.get_visible())
    return Chart(name, title, out.getvalue(), texts)


def _figure(title: str) -> tuple[Figure, Axes]:
    figure = Figure(figsize=SIZE, dpi=DPI)
    axes = figure.add_subplot()
    axes.set_title(title)
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def attendance(figures: Figures, lang: Lang) -> Chart | None:
    """Present per session, where the facilitator confirmed who was there."""
    shown = [s for s in figures.sessions if s.attended is not None]
    if not shown:
        return None
    title = t("closing_report.chart.attendance", lang)
    figure, axes = _figure(title)
    labels = [session_name(s.number, s.starts_at, lang) for s in shown]
    bars = axes.bar(labels, [s.attended or 0 for s in shown], color=_colour(0),
                    edgecolor=OKABE_ITO["black"], hatch=HATCHES[0])
    axes.bar_label(bars)
    axes.set_ylabel(t("closing_report.chart.present", lang))
    axes.set_xlabel(t("closing_report.chart.sessions", lang))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    return _finish("attendance", title, figure)


def evaluations(figures: Figures, lang: Lang) -> Chart | None:
    """Each scale's average per session whose evaluation was released to everyone, with the
    lowest to highest score as a bar where the release rule shows them."""
    shown = figures.released_sessions
    if not shown:
        return None
    title = t("closing_report.chart.evaluations", lang)
    figure, axes = _figure(title)
    positions = range(len(shown))
    width = 0.12
    for index, scale in enumerate(SCALES):
        xs = [p + (index - 1.5) * width for p in positions]
        given = [s.scales[scale] for s in shown]
        means = [g.mean for g in given]
        below = [g.mean - g.low if g.low is not None else 0.0 for g in given]
        above = [g.high - g.mean if g.high is not None else 0.0 for g in given]
        axes.errorbar(xs, means, yerr=[below, above], color=_colour(index),
                      marker=MARKERS[index], linestyle=DASHES[index], capsize=3,
                      label=t(f"closing_report.scale.{scale}", lang))
    axes.set_xticks(list(positions),
                    [session_name(s.number, s.starts_at, lang) for s in shown])
    axes.set_ylim(0.5, 5.5)
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.set_ylabel(t("closing_report.chart.average", lang))
    axes.legend(loc="lower left", fontsize="small", ncols=2)
    return _finish("evaluations", title, figure)


def forms(figures: Figures, lang: Lang) -> Chart | None:
    """The learning forms liked more, the same or less (the final evaluation, released)."""
    given = figures.final.forms
    if not figures.final.released or not given:
        return None
    title = t("closing_report.chart.forms", lang)
    figure, axes = _figure(title)
    names = list(given)
    left = [0] * len(names)
    labels = [form_name(name, lang) for name in names]
    for index, choice in enumerate(LIKED):
        counts = [given[name].get(choice, 0) for name in names]
        axes.barh(labels, counts, left=left, color=_colour(index),
                  edgecolor=OKABE_ITO["black"], hatch=HATCHES[index],
                  label=t(f"final.liked.{choice}", lang))
        left = [a + b for a, b in zip(left, counts, strict=True)]
    axes.invert_yaxis()
    axes.set_xlabel(t("closing_report.chart.answers", lang))
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(loc="lower right", fontsize="small")
    return _finish("forms", title, figure)


def questions(figures: Figures, lang: Lang) -> Chart | None:
    """The members' own learning questions: how many answered fully, partly, not."""
    counts = figures.final.questions
    if not figures.final.released or not counts.get("total"):
        return None
    title = t("closing_report.chart.questions", lang)
    figure, axes = _figure(title)
    labels = [t(f"final.answered.{a}", lang) for a in ANSWERED]
    bars = axes.bar(labels, [counts.get(a, 0) for a in ANSWERED],
                    color=[_colour(i) for i in range(len(ANSWERED))],
                    edgecolor=OKABE_ITO["black"])
    for bar, hatch in zip(bars, HATCHES, strict=False):
        bar.set_hatch(hatch)
    axes.bar_label(bars)
    axes.set_ylabel(t("closing_report.chart.learning_questions", lang))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    return _finish("questions", title, figure)


DRAWN: tuple[Callable[[Figures, Lang], Chart | None], ...] = (
    attendance, evaluations, forms, questions)


def report_charts(figures: Figures, lang: Lang) -> list[Chart]:
    """The report's charts that have data, in the report's order."""
    return [chart for draw in DRAWN if (chart := draw(figures, lang)) is not None]
