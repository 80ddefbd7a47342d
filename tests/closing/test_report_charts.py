"""The closing report's charts as images: PNGs of the expected size with something drawn,
every word on them from the catalog in the network's language, Okabe–Ito colours, and no
chart where there is nothing to show."""

import io

import pytest
from PIL import Image

from bot.catalog import t
from bot.charts import OKABE_ITO, attendance, evaluations, forms, questions, report_charts
from bot.domain.closing_report import Figures, FinalFigure, ScaleFigure, SessionFigure

SCALES = ("relevance", "learning", "facilitation", "atmosphere")


def _figures(*, released: bool = True, attended: bool = True) -> Figures:
    scales = {s: ScaleFigure(4.2, 3, 5) for s in SCALES}
    sessions = [
        SessionFigure(1, "2026-10-01T18:00:00+00:00", 6 if attended else None, 7,
                      scales if released else {}),
        SessionFigure(2, "2026-10-15T18:00:00+00:00", 5 if attended else None, 3, {}),
        SessionFigure(3, "2026-10-29T18:00:00+00:00", 7 if attended else None, 6,
                      {s: ScaleFigure(3.8) for s in SCALES} if released else {}),
    ]
    final = (FinalFigure(7, 8, True, {"intervision": {"more": 3, "same": 2, "less": 1},
                                      "own words": {"more": 1, "same": 4, "less": 1}},
                         {"yes": 4, "maybe": 2, "no": 1},
                         {"total": 9, "fully": 7, "partly": 1, "not": 1})
             if released else FinalFigure(2, 8, False))
    return Figures(members=8, sessions=sessions, final=final, actions_done=3, actions_open=2,
                   apply_total=5, apply={}, knowledge_items=4, min_answers=3)


def _image(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    assert image.format == "PNG" and image.size == (800, 450)
    return image.convert("RGB")


def _drawn_share(image: Image.Image) -> float:
    grey = image.convert("L").histogram()
    return sum(grey[:250]) / (image.size[0] * image.size[1])


def _has_colour(image: Image.Image, hex_colour: str) -> bool:
    wanted = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return any(colour == wanted for _count, colour in image.getcolors(800 * 450))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_chart_is_a_drawn_png_with_the_catalogs_words(lang):
    charts = report_charts(_figures(), lang)
    assert [c.name for c in charts] == ["attendance", "evaluations", "forms", "questions"]
    for chart in charts:
        image = _image(chart.png)
        assert _drawn_share(image) > 0.03, chart.name
        assert chart.title == t(f"closing_report.chart.{chart.name}", lang)
        assert chart.title in chart.texts
    by_name = {c.name: set(c.texts) for c in charts}
    assert {t("closing_report.chart.session", lang, number=n) for n in (1, 2, 3)} <= by_name[
        "attendance"]
    assert {t("closing_report.chart.present", lang),
            t("closing_report.chart.sessions", lang)} <= by_name["attendance"]
    # Only the released sessions are on the evaluation trend; each scale named.
    assert t("closing_report.chart.session", lang, number=2) not in by_name["evaluations"]
    assert {t(f"closing_report.scale.{s}", lang) for s in SCALES} <= by_name["evaluations"]
    assert {t(f"final.liked.{c}", lang) for c in ("more", "same", "less")} <= by_name["forms"]
    assert {t("form.intervision", lang), "own words"} <= by_name["forms"]
    assert {t(f"final.answered.{a}", lang) for a in ("fully", "partly", "not")} <= by_name[
        "questions"]
    # Every word is the catalog's (or a number, or a form named in the session's own words).
    words = {w for c in charts for w in c.texts if not w.replace(".", "").isdigit()}
    other = "en" if lang == "nl" else "nl"
    assert not words & {t("closing_report.chart.present", other),
                        t("final.liked.more", other), t("closing_report.scale.learning", other)}


def test_the_colours_are_okabe_ito():
    charts = {c.name: _image(c.png) for c in report_charts(_figures(), "nl")}
    assert _has_colour(charts["attendance"], OKABE_ITO["blue"])
    assert _has_colour(charts["forms"], OKABE_ITO["orange"])
    assert _has_colour(charts["forms"], OKABE_ITO["green"])


def test_no_chart_is_drawn_without_data():
    figures = _figures(released=False, attended=False)
    assert attendance(figures, "nl") is None
    assert evaluations(figures, "nl") is None
    assert forms(figures, "nl") is None and questions(figures, "nl") is None
    assert report_charts(figures, "nl") == []
