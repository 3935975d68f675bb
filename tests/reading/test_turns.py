"""A chat pasted as text, read as its turns."""

from __future__ import annotations

import pytest

from spec_gate.reading.turns import turns

CHATS = [
    # (the paragraphs, each with its first line; the turns as (speaker, said, line))
    (
        [("**marcus.o** 07:41\nmorning. you alive?", 3), ("**dana.k** 07:44\nmostly.", 6)],
        [("marcus.o", "morning. you alive?", 3), ("dana.k", "mostly.", 6)],
    ),
    (
        [("[18/03/2024 07:31] Rafa Oliveira: tá viva?\n[18/03/2024 07:40] Bia: tô bem", 1)],
        [("rafa oliveira", "tá viva?", 1), ("bia", "tô bem", 2)],
    ),
    (
        [("[09:03] <pim> rate your sleep\n[09:04] <kestrel> 2/10", 5)],
        [("pim", "rate your sleep", 5), ("kestrel", "2/10", 6)],
    ),
    (
        [("08:06 林佳穎(組長):@王哲 還撐得住嗎?\n08:15 王哲:還行", 2)],
        [("林佳穎(組長)", "@王哲 還撐得住嗎?", 2), ("王哲", "還行", 3)],
    ),
    (
        [("**Dani Ortega** 7:31 — oye ¿vivo?\n**Lucía** 7:33 — vivo-ish jaja", 9)],
        [("dani ortega", "oye ¿vivo?", 9), ("lucía", "vivo-ish jaja", 10)],
    ),
    (
        [("**r-osei** commented on Aug 12", 3), ("How are you doing, Dana?", 5)],
        [("r-osei", "How are you doing, Dana?", 3)],
    ),
    # A paragraph with no speaker continues the turn before it; text before any speaker
    # belongs to no turn, and a bold label without a time is no speaker.
    (
        [("Copied from Slack.", 1), ("**dana.k** 07:52\nok, handoff:", 3), ("- INC-4 open", 5)],
        [("dana.k", "ok, handoff:\n- INC-4 open", 3)],
    ),
    ([("**Open work**\nINC-4 is open.", 1)], []),
    # A header a tool writes over each message, the time inside it: Telegram's, a ticket's.
    (
        [
            ("**Rafael Nunes, [14.03.24 07:01]**\nBom dia Lu", 4),
            ("Luana Prado, [14.03.24 07:04]", 7),
        ],
        [("rafael nunes", "Bom dia Lu", 4)],
    ),
    (
        [("**Suivi — Nadia Lefèvre — 25-03-2024 08:05**\nRAS, aucun ticket ouvert.", 7)],
        [("nadia lefèvre", "RAS, aucun ticket ouvert.", 7)],
    ),
    # ...or in bold before the message, after a comment's mark, the time written "07h52".
    (
        [
            (
                "💬 **Comentário — Marta Pinheiro, 07h52:** E tu?\n↳ **Rui Carvalho, 07h58:** Cansado",
                13,
            )
        ],
        [("marta pinheiro", "E tu?", 13), ("rui carvalho", "Cansado", 14)],
    ),
    # ...or a Mattermost export's name and time apart by spaces, a particle in the name.
    (
        [("Sander de Vries  06:50\nMeldingen: 5\nFemke Janssen  06:58\nHoe gaat het?", 3)],
        [("sander de vries", "Meldingen: 5", 3), ("femke janssen", "Hoe gaat het?", 5)],
    ),
    # ...but a label with a time in it is no speaker: "Handoff — Wed 07:00", "Shift, 07:00".
    ([("**Handoff — Wed 07:00**\nINC-4 is open.", 1), ("Shift notes, 07:00\nQuiet.", 4)], []),
    # A transcript with no times: names that alternate, each opening two lines or more.
    (
        [
            (
                "Étienne : Bon ben je passe la main.\nÉtienne : 6 alarmes.\n"
                "Véro : Pis toi, ça va-tu ?\nÉtienne : Ouin... j'suis brûlé raide.\n"
                "Véro : Va te coucher.",
                4,
            )
        ],
        [
            ("étienne", "Bon ben je passe la main.", 4),
            ("étienne", "6 alarmes.", 5),
            ("véro", "Pis toi, ça va-tu ?", 6),
            ("étienne", "Ouin... j'suis brûlé raide.", 7),
            ("véro", "Va te coucher.", 8),
        ],
    ),
    # ...not a form's labels, each opening one line.
    ([("Pages: 4\nOpen: INC-4\nMood: fine\nNotes: quiet night", 1)], []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CHATS)
def test_a_chat_read_as_its_turns(
    paragraphs: list[tuple[str, int]], expected: list[tuple[str, str, int]]
) -> None:
    assert [(t.speaker, t.said, t.line) for t in turns(paragraphs)] == expected
