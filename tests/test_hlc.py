from htx_desktop.storage.hlc import HybridClock, newer, pack, unpack


def test_versions_increase_even_when_the_pc_clock_goes_back():
    times = iter([1000, 1000, 900, 2000])
    clock = HybridClock(now_ms=lambda: next(times))
    versions = [clock.tick() for _ in range(4)]
    assert versions == sorted(versions)
    assert len(set(versions)) == 4
    assert unpack(versions[2]) == (1000, 2)
    assert unpack(versions[3]) == (2000, 0)


def test_observed_remote_version_moves_the_clock_past_it():
    clock = HybridClock(now_ms=lambda: 1000)
    remote = pack(5000, 7)
    clock.observe(remote)
    assert clock.tick() > remote


def test_ties_are_broken_by_installation_id():
    assert newer(10, "b-site", 10, "a-site")
    assert not newer(10, "a-site", 10, "b-site")
    assert newer(11, "a-site", 10, "z-site")
