# seen: JSON-like nested dict processing in course exercises (dict of lists, comprehension over items)
orders = {
    "ann": [{"item": "book", "price": 12.5}, {"item": "pen", "price": 1.5}],
    "bob": [{"item": "lamp", "price": 30.0}],
}
totals = {name: sum(o["price"] for o in items) for name, items in orders.items()}
print(totals)
print(max(totals, key=totals.get))
print(sorted(o["item"] for items in orders.values() for o in items))
