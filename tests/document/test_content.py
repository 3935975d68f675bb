from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from spec_gate.document import content, is_placeholder, real_words, words


@pytest.mark.parametrize(
    "text",
    [
        "TBD",
        "tbd.",
        "TODO",
        "TODO: explain why",
        "TODO explain why",
        "todo - explain why",
        "TBD pending the vendor",
        "TBD（负责人：@账号，#<issue>）",  # full-width brackets and colon
        "TBD(owner: @handle)",
        "N/A",
        "n/a",
        "NA",
        "none",
        "None.",
        "-",
        "---",
        "...",
        "…",
        "<fill in>",
        "<Who runs into what problem today?>",
        "[describe the change]",
        "{{ why }}",
        "{{customer_impact}}",
        "Users saw {{ describe what they saw }} for an hour.",
        "_TBD_",
        "**TBD**",
        "to be decided",
        # ...in the other languages read
        "A definir",
        "À définir",
        "Da definire",
        "noch offen",
        "未定",
        "Fill me in",
        "",
        "   ",
    ],
)
def test_placeholders_count_as_empty(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing changes for users who never open the menu.",
        "Todos are stored per user.",
        # "todo" is "all" in Spanish and Portuguese
        "Todo bien, el equipo también.",
        "Todo o time ficou sem acesso por duas horas.",
        "None of the people we asked could find the button.",
        "A",
        "Users",
        "A definition of done for every release.",
        "Da oggi i turni si spostano con un clic.",
        # A site generator's markup in a real sentence: Hugo shortcodes, Liquid expressions.
        'The DNS records were wrong for an hour.\n{{< track "2019-02-13 15:12:00" >}}',
        "We resolved it by {{ '2024-03-07T18:56:00Z' | date: \"%H:%M\" }} UTC.",
        "See {{ site.baseurl }}/status for the full history of the outage.",
        # A marker in a code span is code; one that is a link's text is a link.
        "Today `{{foo}}` in a template falls back to a property lookup on the component.",
        "GitHub Actions expands `${{ }}` expressions before the shell runs the step.",
        "Cooldowns come to pip soon; set them in [your `pip.conf` file](https://pip.pypa.io).",
        # An autolink is a link, not a prompt in angle brackets.
        "<https://nvd.nist.gov/vuln/detail/CVE-2021-44228>",
        "<mailto:security@example.org>",
    ],
)
def test_real_text_is_not_a_placeholder(text: str) -> None:
    assert not is_placeholder(text)


def test_a_bracketed_reference_link_is_not_a_placeholder() -> None:
    assert not is_placeholder("[Metrics Framework]", frozenset({"metrics framework"}))
    assert is_placeholder("[Metrics Framework]")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("People wait too long.", 4),
        ("See [the design doc](https://example.com/a/very/long/path?x=1) now", 5),
        ("Read https://example.com/x first", 3),
        ("Run `rubocop -a` and fix", 4),
        ("don't re-run it", 3),
        ("— * —", 0),
        # Japanese: 2.25 characters a word; Chinese: 1.62 (eval/languages/ratio.py).
        ("通勤中の利用者は、電波が途切れると検索条件が消えてしまう。", 12),  # runs of 8 and 19
        ("利用者の多くは、アプリで切符を買ったことのない高齢者だ。", 11),  # runs of 7 and 19
        ("我们的很多乘客是从来没有用应用买过票的老年人。", 14),  # a run of 22
        ("See the 画面 in Chinese", 5),  # two Chinese characters: one word
        # Korean: 2.15 syllables a word, its particles joined to its words.
        ("고객들은 결제가 되었는지 묻기 위해 고객센터에 문의합니다.", 11),
        ("Einige Nutzer konnten nicht bezahlen.", 5),
    ],
)
def test_word_count(text: str, count: int) -> None:
    assert words(text) == count


def test_real_words_skip_placeholders_and_template_text() -> None:
    template = frozenset({"describe the problem this feature solves."})
    texts = ["TBD", "Describe the   problem this feature solves.", "Shoppers lose baskets."]
    assert real_words(texts, template) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A template's sample, shown as one: not the author's account.
        ('_Example: "For 45 minutes, 10% of users could not check out."_ Describe who.', True),
        ("**Example**: riders could not pay for two hours.", True),
        ("E.g.: 1,200 shoppers saw an error page.", True),
        ("> Sample - Drivers could not accept jobs.", True),
        # In the other built-in languages.
        ("_Ejemplo: durante 45 minutos, el 10 % de los usuarios no pudo pagar._", True),
        ("**Exemple** : les passagers n'ont pas pu payer pendant deux heures.", True),
        ("Beispiel: 1.200 Kunden sahen eine Fehlerseite.", True),
        ("例：45分間、ユーザーの10%が決済できませんでした。", True),
        ("예시: 45분 동안 사용자의 10%가 결제하지 못했습니다.", True),
        ("示例：45 分钟内，10% 的用户无法结账。", True),
        ("Por ejemplo, los pasajeros de la línea 4 no pudieron pagar durante dos horas.", False),
        # The author's own words, which may give an example.
        ("For example, riders on line 4 could not pay for two hours.", False),
        ("Examples of what riders saw: a spinner, then a blank page.", False),
        ("Sample size was small: 12 riders wrote in.", False),
    ],
)
def test_a_template_example_counts_nothing(text: str, expected: bool) -> None:
    assert content.is_example(text) is expected
    assert (real_words([text]) == 0) is expected


@given(st.text(alphabet=st.sampled_from(list("ab É\t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000ẞİ"))))
@example(" Why:\u00a0riders\u2003lose\n\ttheir basket ")
def test_normalize_collapses_whitespace_as_the_pattern_did(text: str) -> None:
    assert content.normalize(text) == re.sub(r"\s+", " ", text).strip().lower()


_WORDS = st.sampled_from(["riders", "lose", "3", "1,200", "lorem", "ipsum", "dolor", "TBD", "the"])


@given(st.lists(st.lists(_WORDS, max_size=12).map(" ".join), max_size=6), st.integers(0, 20))
@example(["riders lose riders lose riders lose", "lorem ipsum dolor"], 6)
def test_real_words_read_until_enough_tells_the_minimum_as_the_whole_count(
    texts: list[str], enough: int
) -> None:
    whole = real_words(texts)
    counted = real_words(texts, enough=enough)
    assert (counted >= enough) == (whole >= enough)
    if whole < enough:
        assert counted == whole


def _placeholder_as_defined(text: str, references: frozenset[str] = frozenset()) -> bool:
    """is_placeholder as first written: the markup stripped from the whole text, then matched."""
    bare = content._MARKUP.sub("", text).strip()
    if not bare:
        return True
    if content._PLACEHOLDER.match(bare) is None:
        if "[" not in text and "<" not in text and "{" not in text:
            return False
        prose = content._LINKS_AND_IMAGES.sub(" ", content._INLINE_CODE.sub(" ", text))
        return content._UNFINISHED.search(content._MARKUP.sub("", prose)) is not None
    return not (bare.startswith("[") and content.normalize(bare[1:-1]) in references)


_PIECES = st.sampled_from(
    ["TBD", "tbd:", "N/A", "n/a", "todo -", "Fill me in", "…", "...", "?", "-", "<x>", "[x]",
     "{{ y }}", "[replace me]", "`{{z}}`", "**", "_", "~", "#", "|", " ", "\n", "\u00a0",
     "ß", "É", "K", "ſ", "riders", "x", "xxx", "none", "Coming soon", "e", "p", "c"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=6).map("".join))
@example("** TBD **")
@example("ſomething")
def test_is_placeholder_reads_only_the_opening_where_that_settles_it(text: str) -> None:
    references = frozenset({"x"})
    assert content.is_placeholder.__wrapped__(text) == _placeholder_as_defined(text)
    assert content.is_placeholder.__wrapped__(text, references) == _placeholder_as_defined(
        text, references
    )
