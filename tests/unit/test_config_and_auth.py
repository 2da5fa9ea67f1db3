import pytest

import smartrecruiters_async as sr

SECRET = "DCRA1-0123456789abcdef0123456789ab"


def test_api_key_never_appears_in_repr_or_str() -> None:
    client = sr.SmartRecruiters(SECRET)
    for text in (repr(client), str(client), repr(sr.ApiKey(SECRET))):
        assert SECRET not in text
        assert "0123456789abcdef" not in text


@pytest.mark.parametrize("key", ["", " Zq81secret", "Zq81secret\n", "Zq81 secret"])
def test_unusable_api_keys_are_refused_without_echoing_them(key: str) -> None:
    with pytest.raises(ValueError, match="api_key") as info:
        sr.ApiKey(key)
    assert "Zq81" not in str(info.value)


def test_same_credential_shares_one_governor_and_others_do_not() -> None:
    a, b, c = (
        sr.SmartRecruiters(SECRET),
        sr.SmartRecruiters(SECRET),
        sr.SmartRecruiters(SECRET + "x"),
    )
    assert a.governor is b.governor
    assert a.governor is not c.governor


@pytest.mark.parametrize(
    "kwargs",
    [
        {"base_url": "ftp://x"},
        {"base_url": "https://user:pw@host"},
        {"timeout": 0},
        {"max_retries": -1},
        {"api_key": "k", "auth": sr.Anonymous()},
    ],
)
def test_bad_client_settings_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises((ValueError, TypeError)):
        sr.SmartRecruiters(**kwargs)  # type: ignore[arg-type]


def test_policies_validate_and_compute_pacing() -> None:
    policies = sr.Policies()
    assert policies.interval("default") == pytest.approx((1 + 0.05 + 0.01) / 10)
    with pytest.raises(ValueError, match="positive"):
        sr.Policies(rates={"default": 0})
