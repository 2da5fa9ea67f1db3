"""The fake SmartRecruiters server: for this project's tests, benchmarks and users' test suites.

``FakeSmartRecruiters`` is a real aiohttp server on 127.0.0.1 that serves seeded data for the
route table's operations, enforces the throttling policies (sliding window, fixed window or
token bucket), simulates network delay and service time, injects ``Fault`` values, and counts
everything in ``ServerStats``. ``MockTransport`` needs no server at all: the client's requests
go to a handler function (``SmartRecruiters(transport=MockTransport(handler))``).
For pytest, the package registers its fixtures itself
(``fake_smartrecruiters``, ``fake_smartrecruiters_factory``, ``client``; see ``pytest_plugin``);
``pip install 'smartrecruiters-async[testing]'`` brings what they need.
"""

from __future__ import annotations

from .data import make_candidates, make_departments, make_posting, make_postings, posting_summary
from .faults import Fault, FaultKind, FaultQueue, PageShape
from .gateway import RateLimitHeaders, RecordedRequest
from .handlers import HANDLERS, Handler
from .mock_transport import MockHandler, MockRequest, MockResponse, MockTransport
from .oauth import FakeOAuth, OAuthStats
from .rate_windows import Algorithm, FixedWindow, SlidingWindow, TokenBucket
from .replies import Reply
from .reporting_data import ReportingState, reporting_state
from .server import FakeSmartRecruiters
from .state import PostingChange, ServerData
from .stats import Arrival, ServerStats
from .throttle import Admission, Throttle

__all__ = [
    "HANDLERS",
    "Admission",
    "Algorithm",
    "Arrival",
    "FakeSmartRecruiters",
    "Fault",
    "FaultKind",
    "FaultQueue",
    "FakeOAuth",
    "OAuthStats",
    "FixedWindow",
    "Handler",
    "MockHandler",
    "MockRequest",
    "MockResponse",
    "MockTransport",
    "PageShape",
    "PostingChange",
    "RateLimitHeaders",
    "RecordedRequest",
    "Reply",
    "ReportingState",
    "ServerData",
    "ServerStats",
    "SlidingWindow",
    "Throttle",
    "TokenBucket",
    "make_candidates",
    "make_departments",
    "make_posting",
    "make_postings",
    "posting_summary",
    "reporting_state",
]
