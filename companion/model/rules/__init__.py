"""Per-platform rule packs: data, each rule with its source and the date it was last checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Rule:
    code: str
    source: str
    checked: date


LANCERS_RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule("request_eligibility", "https://www.lancers.jp/faq/l1035/163", date(2026, 11, 1)),
        Rule("request_deadline_7_days", "https://www.lancers.jp/faq/l1035/163", date(2026, 11, 1)),
        Rule("request_outcome", "https://www.lancers.jp/faq/l1035/163", date(2026, 11, 1)),
        Rule("three_messages_first", "https://www.lancers.jp/faq/l1035/163", date(2026, 11, 1)),
        Rule("support_contact", "https://www.lancers.jp/faq/l1035/163", date(2026, 11, 1)),
        Rule("no_work_before_escrow", "https://www.lancers.jp/faq/l1035/163", date(2026, 11, 1)),
        Rule("offplatform_not_counted", "https://www.lancers.jp/faq/l1035/163", date(2026, 11, 1)),
    )
}

ELIGIBLE_CONTRACT_TYPES = frozenset({"project_fixed", "direct_fixed"})
