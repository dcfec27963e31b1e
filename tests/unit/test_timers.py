"""The silence state machine, table-driven, plus invariants."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.model.timers import DEFAULT_THRESHOLDS, MessageFact, Phase, Thresholds, compute

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
D = timedelta(days=1)
H = timedelta(hours=1)


def out(at: datetime, channel: str = "platform", read: str = "unknown") -> MessageFact:
    return MessageFact(at, "out", channel, read_state=read)


def inn(at: datetime, channel: str = "platform", no_reply: bool = False) -> MessageFact:
    return MessageFact(at, "in", channel, no_reply_needed=no_reply)


CASES = [
    # id, messages, now, phase, unanswered, waiting_since, request_possible_at
    ("nothing at all", [], T0, Phase.IDLE, 0, None, None),
    ("they wrote, needs reply", [inn(T0)], T0 + H, Phase.REPLY_OWED, 0, None, None),
    ("they said thanks", [out(T0 - D), inn(T0, no_reply=True)], T0 + 5 * D, Phase.IDLE, 0, None, None),
    ("just sent", [inn(T0 - D), out(T0)], T0 + H, Phase.WAITING_GAP, 1, T0 - D, T0 - D + 7 * D),
    ("exactly the gap", [inn(T0 - D), out(T0)], T0 + 2 * D, Phase.FOLLOW_UP_DUE, 1, T0 - D, T0 + 6 * D),
    ("one second before gap", [inn(T0 - D), out(T0)], T0 + 2 * D - timedelta(seconds=1), Phase.WAITING_GAP, 1, T0 - D, T0 + 6 * D),
    (
        "three unanswered, window not open",
        [inn(T0), out(T0 + H), out(T0 + 2 * D), out(T0 + 4 * D)],
        T0 + 6 * D,
        Phase.WAITING_WINDOW,
        3,
        T0,
        T0 + 7 * D,
    ),
    (
        "three unanswered, exactly 7 days",
        [inn(T0), out(T0 + H), out(T0 + 2 * D), out(T0 + 4 * D)],
        T0 + 7 * D,
        Phase.REQUEST_POSSIBLE,
        3,
        T0,
        T0 + 7 * D,
    ),
    (
        "never wrote: silence from first unanswered",
        [out(T0), out(T0 + 2 * D), out(T0 + 4 * D)],
        T0 + 7 * D,
        Phase.REQUEST_POSSIBLE,
        3,
        T0,
        T0 + 7 * D,
    ),
    (
        "off-platform reply does not reset the clock but is owed a reply",
        [inn(T0), out(T0 + H), inn(T0 + D, channel="offplatform")],
        T0 + 2 * D,
        Phase.REPLY_OWED,
        0,
        None,
        None,
    ),
    (
        "off-platform sends do not count as follow-ups",
        [inn(T0), out(T0 + H), out(T0 + 3 * D, channel="offplatform")],
        T0 + 4 * D,
        Phase.FOLLOW_UP_DUE,
        1,
        T0,
        T0 + 7 * D,
    ),
    (
        "workspace counts as on-platform",
        [inn(T0, channel="workspace"), out(T0 + H, channel="workspace")],
        T0 + 3 * D,
        Phase.FOLLOW_UP_DUE,
        1,
        T0,
        T0 + 7 * D,
    ),
    (
        "an e-mailed answer does not answer a platform message",
        [out(T0 - D), inn(T0), out(T0 + H, channel="offplatform")],
        T0 + D,
        Phase.REPLY_OWED,
        0,
        None,
        None,
    ),
    (
        "a platform answer does answer an e-mail",
        [inn(T0, channel="offplatform"), out(T0 + H)],
        T0 + 3 * D,
        Phase.FOLLOW_UP_DUE,
        1,
        T0 + H,
        T0 + H + 7 * D,
    ),
    (
        "thanks after an unanswered question still leaves a reply owed",
        [out(T0 - D), inn(T0), inn(T0 + H, no_reply=True)],
        T0 + D,
        Phase.REPLY_OWED,
        0,
        None,
        None,
    ),
    (
        "their reply answers everything before it",
        [out(T0), out(T0 + 2 * D), inn(T0 + 3 * D), out(T0 + 3 * D + H)],
        T0 + 3 * D + 2 * H,
        Phase.WAITING_GAP,
        1,
        T0 + 3 * D,
        T0 + 10 * D,
    ),
]


@pytest.mark.parametrize(("name", "messages", "now", "phase", "count", "since", "possible"), CASES, ids=[c[0] for c in CASES])
def test_state_table(name, messages, now, phase, count, since, possible):
    state = compute(messages, now)
    assert state.phase is phase
    assert state.unanswered_count == count
    assert state.silence_anchor == since
    assert state.request_possible_at == possible


def test_order_of_input_does_not_matter():
    msgs = [inn(T0), out(T0 + H), out(T0 + 3 * D)]
    assert compute(msgs, T0 + 4 * D) == compute(list(reversed(msgs)), T0 + 4 * D)


def test_read_state_is_the_latest_unanswered():
    msgs = [inn(T0), out(T0 + H, read="read"), out(T0 + 3 * D, read="unread")]
    assert compute(msgs, T0 + 4 * D).last_sent_read is False
    msgs[-1] = out(T0 + 3 * D, read="read")
    assert compute(msgs, T0 + 4 * D).last_sent_read is True
    msgs[-1] = out(T0 + 3 * D)
    assert compute(msgs, T0 + 4 * D).last_sent_read is None


def test_reply_owed_since_the_first_unanswered_question():
    state = compute([out(T0 - D), inn(T0), inn(T0 + 5 * H)], T0 + D)
    assert state.reply_owed_since == T0
    assert state.reply_owed_for(T0 + D) == D


def test_waiting_for_and_reply_owed_for():
    state = compute([inn(T0), out(T0 + H)], T0 + 3 * D)
    assert state.waiting_for(T0 + 3 * D) == 3 * D
    owed = compute([out(T0), inn(T0 + H)], T0 + 2 * D)
    assert owed.reply_owed_for(T0 + 2 * D) == 2 * D - H
    assert owed.waiting_for(T0 + 2 * D) is None


def test_dst_does_not_stretch_the_seven_days():
    # US clocks go back on 2026-11-01: 7 days later is still exactly 168 h later.
    tz = ZoneInfo("America/New_York")
    sent = datetime(2026, 10, 30, 12, 0, tzinfo=tz)
    state = compute([out(sent)], sent + 7 * D)
    assert state.request_possible_at - sent == timedelta(hours=168)
    assert state.request_possible_at.utcoffset() == timedelta(0)


def test_time_zone_of_input_is_irrelevant():
    jst = timezone(timedelta(hours=9))
    a = compute([inn(T0), out(T0 + H)], T0 + 3 * D)
    b = compute([inn(T0.astimezone(jst)), out((T0 + H).astimezone(jst))], (T0 + 3 * D).astimezone(jst))
    assert a == b


def test_naive_now_is_refused():
    with pytest.raises(ValueError, match="naive"):
        compute([], datetime(2026, 1, 1))


def test_thresholds_are_used():
    t = Thresholds(follow_up_gap=timedelta(hours=12), follow_ups_before_formal=1, silence_before_request=3 * D)
    state = compute([inn(T0), out(T0 + H)], T0 + D, t)
    assert state.phase is Phase.WAITING_WINDOW
    assert state.request_possible_at == T0 + 3 * D


times = st.integers(min_value=0, max_value=60 * 24 * 30).map(lambda m: T0 + timedelta(minutes=m))
facts = st.builds(
    MessageFact,
    at=times,
    direction=st.sampled_from(["in", "out"]),
    channel=st.sampled_from(["platform", "workspace", "offplatform"]),
    no_reply_needed=st.booleans(),
    read_state=st.sampled_from(["unknown", "unread", "read"]),
)


@given(st.lists(facts, max_size=12), times)
def test_invariants(messages, now):
    now = now + 40 * D
    state = compute(messages, now)
    # Unanswered messages are on-platform sends after (or in the same instant as: a received one
    # counts first) the counterparty's last platform message.
    for at in state.unanswered:
        assert state.last_received_at is None or at >= state.last_received_at
    # The request opens exactly "silence" after the anchor, never before the first unanswered send.
    if state.request_possible_at is not None:
        assert state.request_possible_at == state.silence_anchor + DEFAULT_THRESHOLDS.silence_before_request
        assert state.silence_anchor <= state.unanswered[0]
    # Phases are consistent with the counts.
    if state.phase is Phase.REQUEST_POSSIBLE:
        assert state.unanswered_count >= DEFAULT_THRESHOLDS.follow_ups_before_formal
        assert now >= state.request_possible_at
    if state.phase is Phase.IDLE:
        assert state.unanswered_count == 0 and state.reply_owed_since is None


def test_system_zone_is_a_real_zone_with_dst(monkeypatch):
    from companion.model.clock import system_zone

    monkeypatch.setenv("TZ", "Europe/Berlin")
    zone = system_zone()
    summer = datetime(2026, 7, 1, 10, 0, tzinfo=UTC).astimezone(zone)
    winter = datetime(2026, 12, 1, 10, 0, tzinfo=UTC).astimezone(zone)
    assert (summer.hour, winter.hour) == (12, 11)


@given(st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2100, 1, 1)))
def test_a_stored_time_comes_back_the_same_instant_in_utc(at):
    from companion.model.vocab import from_db_time, to_db_time

    stored = from_db_time(to_db_time(at.replace(tzinfo=UTC)))
    assert stored == at.replace(tzinfo=UTC) and stored.tzinfo is UTC
    assert MessageFact(stored, "out").at is stored  # already UTC: kept as it is


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=3),  # few distinct instants: many ties
            st.sampled_from(["in", "out"]),
            st.sampled_from(["platform", "workspace", "offplatform"]),
            st.booleans(),
            st.sampled_from(["unknown", "unread", "read"]),
        ),
        max_size=8,
    ),
    st.randoms(use_true_random=False),
)
def test_the_answer_never_depends_on_the_order_messages_come_in(raw, rnd):
    """Found by the tail property test: with simultaneous messages the read state of "the
    latest" depended on the order the database returned them."""
    start = datetime(2026, 11, 1, tzinfo=UTC)
    facts = [MessageFact(start + timedelta(days=d), direction, channel, no_reply, read) for d, direction, channel, no_reply, read in raw]
    shuffled = list(facts)
    rnd.shuffle(shuffled)
    now = start + timedelta(days=20)
    assert compute(shuffled, now) == compute(facts, now)
