# seen: Python docs dataclasses (@dataclass with defaults, auto __repr__ and __eq__)
from dataclasses import dataclass

@dataclass
class InventoryItem:
    name: str
    unit_price: float
    quantity_on_hand: int = 0

item = InventoryItem("widget", 3.0, 10)
print(item)
