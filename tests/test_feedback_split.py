"""A feedback section's text cut into items as people write it (tests/vaults/owen, timofey,
vasilisa): an inline field's line on its own, paragraphs kept apart, the owner's own take and a
letter's header and sign-off left out, a pros-and-cons list opened by minus signs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vaultkit.domain.feedback_leads import reported_sentences
from vaultkit.domain.feedback_split import split_items


def test_a_field_line_and_each_paragraph_are_items_of_their_own() -> None:
    text = (
        "fb:: stats solid, product sense meh\n"
        "- Panel really liked the experimentation depth\n"
        "- Can reapply in 6 months\n\n"
        "The product case was a touch theoretical\n\n"
        "My take: fair. I did go round the houses on the case. Need a headline-first habit."
    )
    assert split_items(text) == [
        "stats solid, product sense meh",
        "Panel really liked the experimentation depth",
        "Can reapply in 6 months",
        "The product case was a touch theoretical",
    ]


def test_a_field_holds_its_remark_and_a_field_filing_the_note_none() -> None:
    text = "outcome:: offer coming\nup:: [[MOC - Job search]]\nОС:: SQL сильный\nfeedback:: clear"
    assert split_items(text) == ["SQL сильный", "clear"]
    assert split_items("минусы:: мало опыта с A/B\nconcerns:: thin on causal inference") == [
        "минусы: мало опыта с A/B",
        "concerns: thin on causal inference",
    ]
    assert split_items("recruiter:: the panel liked my SQL but thought my stats were rusty") == [
        "recruiter: the panel liked my SQL but thought my stats were rusty"
    ]
    said = "Arc::clone vs Rc — сказали, что путаюсь в семантике владения."  # code, no field
    assert split_items(said) == [said]


def test_the_owners_own_take_is_no_item_in_either_language() -> None:
    assert split_items("Моё: на архитектуре опять поплыла.\n\nЛид: SQL сильный.") == [
        "Лид: SQL сильный."
    ]
    assert split_items("- My read: went meh\n- coding was clean") == ["coding was clean"]
    assert split_items("I think I bombed the estimation.\nСама думаю, что завалила.") == []
    # the label is its line's alone (tests/vaults/attack64): the next line is what was said
    assert split_items("Моё: на Kafka поплыла.\nUPD 14.11: HR передала, что SQL сильный.") == [
        "UPD 14.11: HR передала, что SQL сильный."
    ]
    assert split_items("Gut: strukturiertes Vorgehen") == ["Gut: strukturiertes Vorgehen"]
    assert split_items("Gut: went fine, maybe a bit slow on the tests.") == []


def test_a_pasted_letters_header_and_sign_off_are_no_items() -> None:
    letter = (
        "From: Lena Vogt <lena.vogt@kontorpay.com>\nDate: 11 Nov 2026, 09:47\n"
        "Subject: Your application\n\nDear Timofey,\n\n"
        "We were impressed by your technical skills.\n\nBest regards,\nLena Vogt\n"
        "Talent Acquisition, Kontor Pay"
    )
    assert split_items(letter) == ["Dear Timofey,", "We were impressed by your technical skills."]
    assert split_items("Спасибо!\n\nС уважением,\nкоманда подбора") == ["Спасибо!"]
    assert split_items("Best regards,\nLena\nP.S. Your take-home was one of the cleanest.") == [
        "Your take-home was one of the cleanest."
    ]
    cheers = "Cheers for coming in today! The team thought your design was solid."
    assert split_items(cheers) == [
        "Cheers for coming in today!",
        "The team thought your design was solid.",
    ]
    assert split_items("Тема: SQL — уверенно, без вопросов.") == [
        "Тема: SQL — уверенно, без вопросов."
    ]


def test_minus_signs_beside_plus_items_are_the_cons_of_the_list() -> None:
    text = "+ Kotlin, coroutines\n− consistency в ledger слабовато\n– idempotency на ретраях"
    assert split_items(text) == [
        "+ Kotlin, coroutines",
        "− consistency в ledger слабовато",
        "− idempotency на ретраях",
    ]
    assert split_items("– всё ровно, без замечаний") == ["– всё ровно, без замечаний"]  # prose
    dialogue = "+ SQL уверенно\n\n– А когда ждать решения? – спросила я.\n– На след неделе."
    assert [item for item in split_items(dialogue) if item[:2] in ("+ ", "− ")] == [
        "+ SQL уверенно"
    ]


def test_a_word_reported_after_a_colon_on_a_skill_is_feedback() -> None:
    said = "Кирилл в конце прямо сказал: по UI и pytest вопросов нет, по CI/CD хотелось бы больше"
    assert reported_sentences(said) == [said]
    assert reported_sentences("Lars said: on system design you were strong") != []
    assert reported_sentences("Техлид сказал: по их процессам всё медленно") == []
    assert reported_sentences("Sam said: on Friday the team meets") == []


@given(st.text(alphabet=st.sampled_from(list('ab :+-−–*#>\n\t."«»')), max_size=80))
def test_items_are_single_lines_and_never_blank(text: str) -> None:
    for item in split_items(text):
        assert "\n" not in item and item.strip()


def test_short_lines_without_full_stops_are_a_remark_each() -> None:
    # tests/vaults/attack64's Wildberries: one remark a line, no marks, no full stops
    lines = "сильный SQL\nслабая статистика\nхорошая коммуникация"
    assert split_items(lines) == ["сильный SQL", "слабая статистика", "хорошая коммуникация"]
    wrapped = "Liked the structure of\nyour answers a lot"  # a line that stops mid-clause
    assert split_items(wrapped) == ["Liked the structure of your answers a lot"]
    assert split_items("Хорошо по SQL,\nслабо по продукту") == ["Хорошо по SQL, слабо по продукту"]
