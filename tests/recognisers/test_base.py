from timeline.recognisers.base import Regions, in_regions


def test_regions_contains_spans_inside_one_range_only():
    regions = Regions([(50, 60), (0, 10), (20, 30)])
    assert regions.contains(0, 10) and regions.contains(22, 25) and regions.contains(50, 60)
    assert not regions.contains(8, 22)  # across a gap
    assert (
        not regions.contains(10, 12)
        and not regions.contains(35, 40)
        and not regions.contains(55, 61)
    )


def test_regions_merge_overlaps_but_keep_touching_ranges_apart():
    assert Regions([(0, 10), (5, 20)]).contains(2, 18)
    assert not Regions([(0, 10), (10, 20)]).contains(8, 12)


def test_in_regions_accepts_none_lists_and_regions():
    assert in_regions(5, 9, None)
    assert in_regions(5, 9, [(0, 10)]) and not in_regions(5, 11, [(0, 10)])
    assert in_regions(5, 9, Regions([(0, 10)]))
