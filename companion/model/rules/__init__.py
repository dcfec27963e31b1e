"""Per-platform rule packs: data, each rule with its source and the date it was last checked."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class Rule(NamedTuple):
    code: str
    source: str
    checked: date


# Sources: ../shared/reference/platform-rules.md (Lancers section); re-check before each release.
_CHECKED = date(2026, 11, 1)
LANCERS_RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        # Either side; fixed-fee project or direct request; in progress; 7+ days with no message or
        # workspace post from the other side; no request already filed; no plan change pending.
        Rule("request_eligibility", "https://www.lancers.jp/faq/A1018/338", _CHECKED),
        # Deadline: 7 days after filing (168 h).
        Rule("request_deadline_7_days", "https://www.lancers.jp/faq/A1018/338", _CHECKED),
        # Unanswered: completion reported -> payment confirmed; escrow before completion ->
        # escrow cancelled and project released; the silent side is rated negatively.
        Rule("request_outcome", "https://www.lancers.jp/faq/A1018/338", _CHECKED),
        # "Message 3 times; if about 3 days pass with no reply, try the request."
        Rule("three_messages_first", "https://www.lancers.jp/faq/l1035/163", _CHECKED),
        # Support can contact the other side (several reminders from Lancers).
        Rule("support_contact", "https://info.lancers.jp/?p=33599", _CHECKED),
        # Not processed at the deadline: support checks each case first.
        Rule("support_reviews_after_deadline", "https://www.lancers.jp/consultation/detail/7948", _CHECKED),
        # A project starts formally with the first milestone's escrow.
        Rule("no_work_before_escrow", "https://www.lancers.jp/help/guide/client/project/4", _CHECKED),
        # Contact outside Lancers only after escrow, through the platform's own procedure.
        Rule("offplatform_not_counted", "https://www.lancers.jp/faq/l1028/770", _CHECKED),
        # Ratings since 2022: 満足 / 残念.
        Rule("rating", "https://www.lancers.jp/faq/A1015/880", _CHECKED),
    )
}

ELIGIBLE_CONTRACT_TYPES = frozenset({"project_fixed", "direct_fixed"})
