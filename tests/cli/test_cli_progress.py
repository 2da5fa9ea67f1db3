"""The progress display: a bar with notes above it on a terminal, plain lines in logs."""

from __future__ import annotations

import io
import logging
import warnings

from smartrecruiters_async.cli._progress import Progress, sdk_notes


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_notes_print_above_the_bar() -> None:
    screen = Terminal()
    progress = Progress(screen, "export")
    progress.update(100, 300)
    progress.note("note: retry 1 of 5 in 0.4 s")
    progress.update(300, 300)
    progress.close()
    text = screen.getvalue()
    assert "note: retry 1 of 5 in 0.4 s\n" in text
    assert "300/300" in text


def test_in_a_log_progress_is_a_line_per_tenth_with_rate_429s_and_time_left() -> None:
    log = io.StringIO()
    now = [0.0]
    progress = Progress(log, "export", clock=lambda: now[0])
    for done in range(0, 1001, 50):
        progress.update(done, 1000, rate_limited=done // 500)
        now[0] += 1.0  # 50 items a second
    progress.close()
    lines = log.getvalue().splitlines()
    assert lines[0] == "export: 0/1000 items (0%)"
    assert lines[5] == "export: 500/1000 items (50%), 50 items/s, 1 429s, 10 s left"
    assert lines[-1] == "export: 1000/1000 items (100%), 50 items/s, 2 429s, 0 s left"
    assert len(lines) == 11
    assert "\r" not in log.getvalue()


def test_a_resumed_export_counts_only_its_own_items_in_the_rate() -> None:
    log = io.StringIO()
    now = [0.0]
    progress = Progress(log, "export", clock=lambda: now[0])
    progress.update(600, 1000)  # what the checkpoint had
    now[0] = 2.0
    progress.update(800, 1000)
    assert log.getvalue().splitlines()[-1] == (
        "export: 800/1000 items (80%), 100 items/s, 0 429s, 2 s left"
    )


def test_the_sdks_log_records_and_warnings_become_notes_only_within_the_block() -> None:
    log = io.StringIO()
    logger = logging.getLogger("smartrecruiters_async")
    with sdk_notes(Progress(log, "export")):
        logger.info("retry 1 of 5 in 0.4 s: could not connect")
        logger.warning("429 on listPostings: pausing the credential for 1.00 s")
        logger.debug("not shown")
        warnings.warn("offers.list is deprecated: use x", DeprecationWarning, stacklevel=1)
    logger.info("after the block: not shown")
    assert log.getvalue().splitlines() == [
        "note: retry 1 of 5 in 0.4 s: could not connect",
        "warning: 429 on listPostings: pausing the credential for 1.00 s",
        "warning: offers.list is deprecated: use x",
    ]
