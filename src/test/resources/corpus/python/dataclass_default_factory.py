# seen: unmyr/python-examples src/dataclasses/dataclass_ex3_list.py (dataclasses.field(default_factory=list) gives each object its own list)
import dataclasses


@dataclasses.dataclass
class Basket:
    owner: str
    items: list = dataclasses.field(default_factory=list)
    discount: float = 0.0

    def add(self, item, price):
        self.items.append((item, price))

    def total(self):
        return round(sum(price for _, price in self.items) * (1 - self.discount), 2)


first = Basket("ann")
second = Basket("bob", discount=0.1)
first.add("apple", 0.5)
first.add("pear", 0.75)
second.add("melon", 3.0)
print(first, second)
print(first.total(), second.total(), first.items is second.items)
shared = [("fig", 1.0)]
third = Basket("cy", shared)
fourth = Basket("dee", shared)
third.add("kiwi", 0.25)
print(fourth.items, dataclasses.asdict(fourth))
