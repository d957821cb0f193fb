"""The twenty-fifth attacker's lines (2026-12-07): a contact writing to the owner about a role
("reached out re: Staff SRE", "InMail, Senior Backend Engineer", "написала в LinkedIn про …")
against the owner writing, requests for candidates or help, congratulations, role words that
are people or parties, denials and hedges. Each line is read in its owner's voice ("f": a
woman's notes, "-": a man's or unknown); each side is held to "+" (some value; a kind written
after it is the attacker's guess, not held), "-" (none) or "?" (either). HELD are the 26 lines
the first version of the reading got wrong and every other line it mended; the ones still read
wrong are named and held to their wrong reading as strict expected failures.
In the twenty-eighth session the direction model retrained on the vaults' own lines moved 2
lines from HELD to KNOWN_WRONG and 0 the other way."""

from __future__ import annotations

from attack_sides import sided_tests

HELD = [
    ("-", "- Today messaged about the PM role, waiting", "?", "-"),
    ("-", "- 12.11 — InMail to [[Kate]] about the E6 role", "?", "-"),
    ("-", "- Oct 27 — LinkedIn message to Kate, Staff ML Engineer", "?", "-"),
    ("-", "- 12.11 Anna reached out — needs a Senior Designer, wants intros", "-", "-"),
    (
        "-",
        "- 12.11 Anna emailed: searching for a Head of Data, wants me to spread the word",
        "-",
        "-",
    ),
    ("-", "- 12.11 написала с вопросом, знаю ли я хорошего QA", "-", "-"),
    ("-", "- 12.11 написала в тг — ищет аналитика, просит кинуть контакты", "-", "-"),
    ("f", "- 12.11 Дима пишет: нужен DevOps инженер, знаю ли кого", "-", "-"),
    ("-", "- 12.11 написала про вакансию у нас в команде, хочет откликнуться", "-", "-"),
    ("-", "- 12.11 Anna reached out — kudos on the Lead role", "-", "-"),
    ("-", "- 12.11 Tom messaged — the team lead's farewell party is on Friday", "-", "-"),
    (
        "-",
        "- 12.11 Tom messaged re drinks Friday, the staff engineers from his team are coming",
        "-",
        "-",
    ),
    ("-", "- 12.11 написала про день рождения руководителя", "-", "-"),
    ("-", "- 12.11 написала насчёт подарка для тимлида", "-", "-"),
    ("-", "- 12.11 Tom messaged about the role-play exercise for the workshop", "-", "-"),
    ("-", "- 12.11 Anna messaged re the open-source project, I'm the lead maintainer", "-", "-"),
    ("-", "- 12.11 Tom messaged — nothing on the Staff role yet", "-", "-"),
    ("-", "- 12.11 maybe Anna emailed re the PM role, check inbox", "-", "-"),
    ("-", "- 12.11 написала — вакансии лида пока нет", "-", "-"),
    ("-", "- 12.11 Anna messaged — prepping for her Staff interview at Meta, wants tips", "-", "-"),
    ("-", "- 12.11 Anna messaged, wants to know the salary band for Staff at my company", "-", "-"),
    ("-", "- 12.11 She messaged on Slack about the SRE meetup", "-", "-"),
    ("-", "- 12.11 написала, просит глянуть резюме на позицию продакта", "-", "-"),
    ("-", "- 12.11 пишет, готовится к собесу на лида, просит мок", "-", "-"),
    ("-", "- 09/05 Wei Ling reached out re: Staff SRE at Grab", "-", "+"),
    ("-", "- Pooja (PhonePe TA) messaged on Naukri for SRE-2, Blr, 5 days WFO", "-", "+"),
    ("-", "- 21/06 — InMail re Staff ML Engineer @ Spotify", "-", "+"),
    ("-", "- Jun 21 — LinkedIn msg: Staff ML Engineer (Spotify)", "-", "+"),
    (
        "-",
        "- 09.03 Lena (Wise TA) reached out about the Senior QA Engineer position; call booked Thu",
        "-",
        "+",
    ),
    ("-", "- 09.03 Lena messaged about the SDET role, booked screen", "-", "+"),
    ("-", "Lena messaged re: SDET II position:: SDET II channel:: linkedin", "-", "+"),
    ("-", "- Lena messaged about an opportunity: Backend Lead at Pleo", "-", "+"),
    ("-", "- Booking recruiter reached out re: Senior SWE", "-", "+"),
    ("-", "- Ravi reached out re: Sr SWE, Amsterdam", "-", "+"),
    ("-", "- 2026-09-22 написала в LinkedIn про Senior Backend Engineer в Амстердаме", "-", "+"),
    ("-", "- 12.11 написала про SRE в Тинькофф", "-", "+"),
    ("f", "- Oct 27 — LinkedIn InMail, Senior Backend Engineer (Payments), London", "-", "+"),
    ("-", "- 12.11 Kate reached out re: Technical Program Manager at Uber", "-", "+"),
]
KNOWN_WRONG = [
    ("-", "- 5/12 Kate (Meta recruiting) pinged re: E5 SWE, Infra", "-", "+"),
    ("-", "- 12.11 написала LinkedIn-сообщение про Senior PM", "-", "+"),
    ("-", "- Also emailed about the Director of Eng role", "?", "-"),
    (
        "-",
        "- 12.11 Anna reached out for recommendations — Senior Data Engineer for her team",
        "-",
        "-",
    ),
    ("-", "- 12.11 пишет, ищет аналитика к себе в команду", "-", "-"),
    ("-", "- 12.11 Anna messaged 🎉 re my new Staff role", "-", "-"),
    ("-", "- 12.11 Tom messaged, happy for me re the Principal role", "-", "-"),
    ("-", "- 12.11 Tom pinged: my PR review, the senior dev is blocking it", "-", "-"),
    ("-", "- 12.11 Аня обычно пишет про позиции лида в Яндекс", "-", "-"),
    ("-", "- 12.11 Kate messaged back about the Staff DS role", "-", "+"),
    ("-", "- 12.11 Again pinged re: the EM role", "?", "-"),
    ("-", "- 12.11 Recruiter at Stripe reached out 👋 Staff Eng", "-", "+"),
    ("-", "- We emailed re: the Staff role", "?", "-"),
    ("-", "- 12.11 пишет про свой пет-проект, ищет дизайнера на фан", "-", "-"),
]
"""Still read wrong: approaches with no verb the reader knows ("InMail re …", "pinged re: …"),
a lowercase name or a company's recruiter as the subject, Russian roles in the genitive ("про
продакта в Авито"), the owner's bare English verb read as theirs before this change too, requests
and congratulations the rules already read as received."""


test_the_attackers_lines_read_right, test_the_attackers_lines_still_read_wrong = sided_tests(
    HELD, KNOWN_WRONG
)
