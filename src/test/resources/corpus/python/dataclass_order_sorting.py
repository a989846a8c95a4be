# seen: Michael-Lubinsky/michael-lubinsky.github.com python/dataclass.md (@dataclass(order=True) compared field by field, sorted)
from dataclasses import dataclass, field, astuple


@dataclass(order=True)
class Release:
    major: int
    minor: int = 0
    patch: int = 0
    notes: list = field(default_factory=list)


releases = [Release(1, 4, 2), Release(1, 10), Release(0, 9, 9), Release(1, 4)]
print(sorted(releases))
print(max(releases), min(releases))
print(Release(1, 4) < Release(1, 4, 1), Release(2) >= Release(1, 99), Release(1) == Release(1, 0, 0))
latest = max(releases)
latest.notes.append("faster")
print(latest, Release(3).notes, astuple(Release(0, 1)))
