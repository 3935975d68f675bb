"""Sentences across wrapped lines, tokens with lemmas and numbers in words."""

from __future__ import annotations

import pytest

from spec_gate.reading import load, sentences
from spec_gate.reading.text import Kind, shown, tokenize

LEXICON = load()

SPLITS = [
    (
        "a wrapped line ends nothing",
        "Riders could not\npay for the trip.",
        ["Riders could not pay for the trip."],
    ),
    (
        "two sentences",
        "Riders could not pay. They waited.",
        ["Riders could not pay.", "They waited."],
    ),
    (
        "an abbreviation",
        "Some users, e.g. riders, waited. Others left.",
        ["Some users, e.g. riders, waited.", "Others left."],
    ),
    (
        "a time's abbreviation that ends its sentence",
        "It didn't work again until 1:40 a.m. About 520 guests came back.",
        ["It didn't work again until 1:40 a.m.", "About 520 guests came back."],
    ),
    (
        "...and one that does not",
        "We met at 9 a.m. Monday, and at 9 a.m. UTC the next day.",
        ["We met at 9 a.m. Monday, and at 9 a.m. UTC the next day."],
    ),
    (
        "a decimal",
        "Latency rose to 2.4 s. Users waited.",
        ["Latency rose to 2.4 s.", "Users waited."],
    ),
    (
        "an initial",
        "J. Smith paged the team. It was 3 am.",
        ["J. Smith paged the team.", "It was 3 am."],
    ),
    (
        "code is one token",
        "Run `make test. now` first. Then deploy.",
        ["Run `…` first.", "Then deploy."],
    ),
    (
        "a lowercase start is no new sentence",
        "The v1. release broke it.",
        ["The v1. release broke it."],
    ),
    (
        "a name in lower case with a digit in it opens a sentence",
        "None. eu-west-1 was drained first. The k8s02 node was not.",
        ["None.", "eu-west-1 was drained first.", "The k8s02 node was not."],
    ),
    (
        "words quoted with their own exclamation mark, in a sentence that goes on",
        '고객 약 21,000명이 "오늘만 반값!" 알림을 받았습니다. 다음 날 삭제가 늘었습니다.',
        ['고객 약 21,000명이 "오늘만 반값!" 알림을 받았습니다.', "다음 날 삭제가 늘었습니다."],
    ),
    (
        "...in Japanese brackets, and in French guillemets",
        "「やめて！」と言った。Il a dit « Non ! » et il est parti.",
        ["「やめて！」と言った。", "Il a dit « Non ! » et il est parti."],
    ),
    (
        '...and "Stop!" he said',
        '"Stop!" he said. Shoppers saw “Error!” and gave up.',
        ['"Stop!" he said.', "Shoppers saw “Error!” and gave up."],
    ),
    (
        "a quotation that ends its sentence, the next opening with a capital",
        'She asked "why?" Then she left.',
        ['She asked "why?"', "Then she left."],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SPLITS, ids=[c[0] for c in SPLITS])
def test_sentences_are_what_a_reader_reads(name: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences([(text, 1)], LEXICON)] == expected


def test_a_sentence_knows_its_line() -> None:
    found = sentences([("First one here.\nSecond one\nwraps here.", 7)], LEXICON)
    assert [(s.text, s.line) for s in found] == [
        ("First one here.", 7),
        ("Second one wraps here.", 8),
    ]


def test_each_sentence_of_a_long_paragraph_knows_its_line() -> None:
    """Lines are counted as the sentences go (a pasted chat of thousands of lines is one
    paragraph: counting from its start for each sentence took seconds)."""
    lines = [f"Line {n} says hello." for n in range(3000)]
    found = sentences([("\n".join(lines), 10)], LEXICON)
    assert [s.line for s in found] == list(range(10, 3010))
    assert found[-1].text == "Line 2999 says hello."


TOKENS = [
    ("lemmas", "riders saw errors", [("riders", "rider"), ("saw", "see"), ("errors", "error")]),
    ("number words", "eighteen thousand", [("eighteen", "eighteen"), ("thousand", "thousand")]),
    ("contractions", "couldn't", [("couldn't", "could"), ("n't", "not")]),
    ("possessives", "users' kernels", [("users'", "user"), ("kernels", "kernel")]),
    ("hyphenated", "double-charged", [("double-charged", "double-charge")]),
    (
        "a site by its address",
        "hex.pm was down",
        [("hex.pm", "hex.pm"), ("was", "be"), ("down", "down")],
    ),
    (
        "a site in capitals",
        "HE.net was down",
        [("HE.net", "he.net"), ("was", "be"), ("down", "down")],
    ),
    # A dotted name is one name, not the words in it: "Next.js" is no "next".
    ("a file", "README.md", [("README.md", "readme.md")]),
    ("a framework", "Next.js uses", [("Next.js", "next.js"), ("uses", "use")]),
    ("in capitals", "ASP.NET", [("ASP.NET", "asp.net")]),
    (
        "abbreviations stay abbreviations",
        "e.g. the U.S.",
        [("e.g.", "e.g."), ("the", "the"), ("U.S.", "u.s.")],
    ),
    ("letters joined by a slash", "I/O wait", [("I/O", "i/o"), ("wait", "wait")]),
    ("and N/A as n/a", "N/A", [("N/A", "n/a")]),
    ("but words stay words", "and/or", [("and", "and"), ("or", "or")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), TOKENS, ids=[c[0] for c in TOKENS])
def test_tokens_carry_their_lemmas(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.lemma) for t in tokenize(text, LEXICON)] == expected


def test_things_that_are_not_words() -> None:
    found = {
        t.text: t.kind
        for t in tokenize(
            "@maria fixed #12 and PAY-431 at 14:02 on 2026-03-14, 40% of https://x.io", LEXICON
        )
    }
    assert found["@maria"] is Kind.HANDLE
    assert found["#12"] is Kind.REF and found["PAY-431"] is Kind.REF
    assert found["14:02"] is Kind.TIME and found["2026-03-14"] is Kind.DATE
    assert found["40%"] is Kind.NUMBER and found["https://x.io"] is Kind.URL
    assert next(t for t in tokenize("forty", LEXICON)).value == 40


@pytest.mark.parametrize(
    "stamp", ["2020-07-20T07:49:45.752Z", "2024-01-02T10:00Z", "2024-01-02T10:00:00+02:00"]
)
def test_an_iso_timestamp_is_one_moment(stamp: str) -> None:
    """Not a date and three numbers ("07 20" read as a count)."""
    [token] = tokenize(stamp, LEXICON)
    assert token.kind is Kind.DATE and token.text == stamp


def test_japanese_and_chinese_are_read_a_character_at_a_time() -> None:
    """No spaces between words: each character is a token, so a vocabulary entry written as a
    run of characters is found wherever the text has that run."""
    found = tokenize("画面読み上げで確認 with NVDA, 3回", load())
    assert [t.text for t in found] == [
        *"画面読み上げで確認",
        "with",
        "NVDA",
        ",",
        "3",
        "回",
    ]
    assert {t.kind for t in found[:9]} == {Kind.WORD}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("約2時間にわたり", "2"),  # "for about two hours": the figure follows a character
        ("最大４５分", "４５"),  # full-width digits
        ("计3件", "3"),
        ("总计120名用户", "120"),
    ],
)
def test_a_figure_written_against_a_character_is_a_number(text: str, figure: str) -> None:
    """The word pattern takes "約2時間" in whole; its figure is still a number, so "2時間" is
    a duration."""
    found = tokenize(text, load())
    [number] = [t for t in found if t.text == figure]
    assert number.kind is Kind.NUMBER and number.value == float(figure)


def test_korean_is_read_a_syllable_at_a_time() -> None:
    """Korean joins particles to its words ("사용자가"): read a syllable at a time, the
    vocabulary's "사용자" is found with any particle after it."""
    found = tokenize("사용자가 결제를 못 했다", load())
    assert [t.text for t in found] == ["사", "용", "자", "가", "결", "제", "를", "못", "했", "다"]


QUOTED = [
    ("couldn't", "couldn't"),
    ("they cannot log in", "they cannot log in"),
    ("very very slow", "very very slow"),
    ("the 15th of May", "the 15th of May"),
    ("担当者の確認不足により", "担当者の確認不足により"),
    ("ヒューマンエラーです。", "ヒューマンエラーです。"),
    ("由于负责人确认不足", "由于负责人确认不足"),
    ("Das war menschliches Versagen", "Das war menschliches Versagen"),
    ("실수로 휴먼 에러", "실수로 휴먼 에러"),
    ("NVDAで読み上げ", "NVDAで読み上げ"),
    ("고객 3명이 2번", "고객 3명이 2번"),
]


@pytest.mark.parametrize(("text", "quoted"), QUOTED, ids=[q for _, q in QUOTED])
def test_words_are_quoted_as_written(text: str, quoted: str) -> None:
    """A quote in a finding is the text as written: Japanese and Chinese, read a character
    at a time, are not quoted with a space between each character."""
    [sentence] = sentences([(text, 1)], load())
    assert shown(sentence.tokens, 0, len(sentence.tokens)) == quoted


PARTS = [
    # (the sentence, the span's first and last token as written, what is quoted)
    ("신입 개발자가 리뷰 없이 배포했습니다.", ("신", "개"), "신입 개발자가"),
    ("신입 개발자가 리뷰 없이 배포했습니다.", ("발", "발"), "개발자가"),
    ("The junior engineer pushed it.", ("junior", "engineer"), "junior engineer"),
]


@pytest.mark.parametrize(("text", "span", "quoted"), PARTS, ids=[q for _, _, q in PARTS])
def test_a_korean_word_is_quoted_whole(text: str, span: tuple[str, str], quoted: str) -> None:
    """Korean is read a syllable at a time, but a quote of part of a word is the whole word:
    "개발자가" (the developer), not "개" (a dog)."""
    [sentence] = sentences([(text, 1)], load("ko" if not text.isascii() else "en"))
    texts = [t.text for t in sentence.tokens]
    start = texts.index(span[0])
    end = texts.index(span[1], start) + 1
    assert shown(sentence.tokens, start, end) == quoted


# Korean is read a syllable at a time; a word of the vocabulary is found within a written word
# (its particles attached), not across the space between two, unless its entry has that space.
KOREAN_WORDS = [
    ("a legend", "그는 전설입니다.", "heroics", [(2, 4)]),
    ("not across a space", "배포 전 설정 자동 검증", "heroics", []),
    ("noon, not a schedule error", "일정 오류가 있었습니다.", "weekdays", []),
    ("noon", "정오에 장애가 발생했습니다.", "weekdays", [(0, 2)]),
    ("an entry's own space", "재발 방지 대책", "follow_up_headings", [(0, 6)]),
    ("written together", "재발방지 대책", "follow_up_headings", [(0, 6)]),
    ("split where the entry is not", "재 발방지", "follow_up_headings", []),
]


@pytest.mark.parametrize(
    ("name", "text", "name_of_class", "expected"), KOREAN_WORDS, ids=[c[0] for c in KOREAN_WORDS]
)
def test_korean_words_are_found_within_written_words(
    name: str, text: str, name_of_class: str, expected: list[tuple[int, int]]
) -> None:
    korean = load("ko")
    (sentence,) = sentences([(text, 1)], korean)
    assert list(korean[name_of_class].spans(sentence.lemmas)) == expected
