"""The opt-in online geocoder, against a local stand-in for Nominatim (never the internet)."""

from __future__ import annotations

import logging
import socket

import pytest

import timeline.places
from gazetteer.online import OnlineGeocoder
from timeline.errors import (
    ConfigError,
    GazetteerError,
    GeocoderError,
    GeocoderTimeout,
    GeocoderUnavailable,
)


def _geocoder(url: str, tmp_path, **options) -> OnlineGeocoder:
    settings = {"min_delay_seconds": 0.0, "error_wait_seconds": 0.0, "max_retries": 1}
    return OnlineGeocoder(url=url, cache=tmp_path / "answers.sqlite3", **(settings | options))


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_online_geocoder_finds_a_town_with_country_and_region(nominatim, tmp_path):
    with _geocoder(nominatim.url, tmp_path) as geocoder:
        place = geocoder.geocode("Kafr  Nabl", countries=["SY"])
    assert place is not None
    assert (place.name, place.country_code, place.admin1) == (
        "Kafr Nabl",
        "SY",
        "Idlib Governorate",
    )
    assert (place.feature, place.precision) == ("P.PPL", "city")
    assert (round(place.latitude, 2), round(place.longitude, 2)) == (35.61, 36.56)
    sent = nominatim.requests[0]
    assert sent["q"] == ["Kafr Nabl"]
    assert sent["countrycodes"] == ["sy"]
    assert sent["accept-language"] == ["en"]


def test_online_geocoder_names_the_kind_of_feature_found(nominatim, tmp_path):
    with _geocoder(nominatim.url, tmp_path) as geocoder:
        camp = geocoder.geocode("Rukban camp")
        valley = geocoder.geocode("Wadi Barada")
    assert camp is not None and camp.feature == "S.CMPRF"
    assert valley is not None and (valley.feature, valley.precision) == ("T.VAL", "point")


def test_online_geocoder_keeps_answers_across_runs_including_not_found(nominatim, tmp_path):
    with _geocoder(nominatim.url, tmp_path) as first:
        assert first.geocode("Kafr Nabl") is not None
        assert first.geocode("Kafr Nabl") is not None
        assert first.geocode("Nowhere Village") is None
        assert first.geocode("Nowhere Village") is None
    assert len(nominatim.requests) == 2
    with _geocoder(nominatim.url, tmp_path) as second:
        assert second.geocode("Kafr Nabl").name == "Kafr Nabl"  # type: ignore[union-attr]
        assert second.geocode("Nowhere Village") is None
    assert len(nominatim.requests) == 2


def test_online_geocoder_asks_again_for_another_country_restriction(nominatim, tmp_path):
    with _geocoder(nominatim.url, tmp_path) as geocoder:
        assert geocoder.geocode("Kafr Nabl", countries=["SY"]) is not None
        assert geocoder.geocode("Kafr Nabl", countries=["IQ"]) is None
    assert [r["countrycodes"] for r in nominatim.requests] == [["sy"], ["iq"]]


def test_online_geocoder_offline_raises_unavailable(tmp_path):
    url = f"http://127.0.0.1:{_closed_port()}"
    with (
        _geocoder(url, tmp_path, max_retries=0) as geocoder,
        pytest.raises(GeocoderUnavailable, match=r"127\.0\.0\.1.*cannot be reached") as err,
    ):
        geocoder.geocode("Kafr Nabl")
    assert isinstance(err.value, ConnectionError)
    assert isinstance(err.value, GazetteerError)


def test_online_geocoder_slow_service_raises_timeout(nominatim, tmp_path):
    nominatim.delay = 0.5
    with (
        _geocoder(nominatim.url, tmp_path, timeout=0.05, max_retries=0) as geocoder,
        pytest.raises(GeocoderTimeout, match="no answer for 'Kafr Nabl'") as err,
    ):
        geocoder.geocode("Kafr Nabl")
    assert isinstance(err.value, TimeoutError)


def test_online_geocoder_retries_a_failed_request_through_the_rate_limiter(
    nominatim, tmp_path, caplog
):
    nominatim.statuses = [502]
    with (
        caplog.at_level(logging.CRITICAL, logger="geopy"),  # geopy logs the retry
        _geocoder(nominatim.url, tmp_path, max_retries=1) as geocoder,
    ):
        place = geocoder.geocode("Kafr Nabl")
    assert place is not None
    assert len(nominatim.requests) == 2


def test_online_geocoder_refusal_raises_geocoder_error(nominatim, tmp_path, caplog):
    nominatim.statuses = [403, 403]
    with (
        caplog.at_level(logging.CRITICAL, logger="geopy"),
        _geocoder(nominatim.url, tmp_path, max_retries=1) as geocoder,
        pytest.raises(GeocoderError, match="request for 'Kafr Nabl' failed") as err,
    ):
        geocoder.geocode("Kafr Nabl")
    assert not isinstance(err.value, ConnectionError)


def test_online_geocoder_unknown_service_or_address_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="nosuchservice"):
        OnlineGeocoder("nosuchservice", cache=tmp_path / "a.sqlite3")
    with pytest.raises(ConfigError, match="ftp://example.invalid"):
        OnlineGeocoder(url="ftp://example.invalid", cache=tmp_path / "a.sqlite3")


def test_online_geocoder_unwritable_cache_keeps_answers_in_memory(nominatim, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="timeline.gazetteer"):
        geocoder = OnlineGeocoder(
            url=nominatim.url, cache=blocker / "answers.sqlite3", min_delay_seconds=0.0
        )
    with geocoder:
        assert geocoder.geocode("Kafr Nabl") is not None
        assert geocoder.geocode("Kafr Nabl") is not None
    assert len(nominatim.requests) == 1
    assert "cannot open the geocoder cache" in caplog.text


def test_online_geocoder_default_cache_lives_in_the_cache_folder(nominatim, tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    with OnlineGeocoder(url=nominatim.url, min_delay_seconds=0.0) as geocoder:
        geocoder.geocode("Kafr Nabl")
    assert (tmp_path / "cache" / "geocoder-cache.sqlite3").exists()


def test_online_geocoder_serves_the_place_recogniser_end_to_end(nominatim, tmp_path, gaz):
    text = "Aid convoys left Damascus for the Wadi Barada valley, rebels in Syria said."
    with _geocoder(nominatim.url, tmp_path) as geocoder:
        found = timeline.places.find(text, gazetteer=gaz, geocoder=geocoder)
    valley = [m for m in found if m.text == "Wadi Barada"]
    assert [(m.place.feature, m.place.country_code) for m in valley] == [("T.VAL", "SY")]
    assert [r["q"] for r in nominatim.requests] == [["Wadi Barada valley"], ["Wadi Barada"]]
    assert nominatim.requests[0]["countrycodes"] == ["sy"]
