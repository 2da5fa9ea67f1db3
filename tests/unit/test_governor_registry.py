"""One budget per credential and host: the governor registry and the shared retry budget."""

import smartrecruiters_async as sr


def test_one_key_on_two_hosts_has_two_governors() -> None:
    prod = sr.SmartRecruiters("key-a", base_url="https://api.example.test")
    sandbox = sr.SmartRecruiters("key-a", base_url="https://sandbox.example.test")
    again = sr.SmartRecruiters("key-a", base_url="https://API.example.test/")
    assert prod.governor is not sandbox.governor
    assert prod.governor is again.governor


def test_anonymous_clients_share_per_host_only() -> None:
    one = sr.SmartRecruiters(base_url="https://a.example.test")
    two = sr.SmartRecruiters(base_url="https://a.example.test")
    other = sr.SmartRecruiters(base_url="https://b.example.test")
    assert one.governor is two.governor
    assert one.governor is not other.governor


def test_the_retry_budget_lives_with_the_governor() -> None:
    first = sr.SmartRecruiters("key-b", base_url="https://budget.example.test")
    second = sr.SmartRecruiters("key-b", base_url="https://budget.example.test")
    assert first.retry_budget is second.retry_budget
    while first.retry_budget.spend():
        pass
    assert not second.retry_budget.spend()  # spent by the other client of the credential
    explicit = sr.LocalGovernor()
    third = sr.SmartRecruiters("key-b", governor=explicit)
    assert third.retry_budget is explicit.retry_budget is not first.retry_budget
