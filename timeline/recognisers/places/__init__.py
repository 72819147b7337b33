"""The place recogniser: place names in news text, resolved with document context.

>>> import gazetteer
>>> from timeline.recognisers.places import PlaceRecogniser
>>> recogniser = PlaceRecogniser(gazetteer.load())
>>> text = "Fighters left Raqqah for Palmyra."
>>> [m.place.country_code for m in recogniser.find(text, people=["Daniel Martin"])]
['SY', 'SY']
"""

from __future__ import annotations

from timeline.recognisers.places._online import Geocoder
from timeline.recognisers.places._recogniser import PlaceRecogniser
from timeline.recognisers.places._streets import STREET_QUALIFIER

__all__ = ["STREET_QUALIFIER", "Geocoder", "PlaceRecogniser"]
