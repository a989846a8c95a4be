# seen: Python tutorial "Classes" (Dog class with class and instance variables, methods, __str__)
class Dog:
    kind = 'canine'

    def __init__(self, name):
        self.name = name
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)

    def __str__(self):
        return f"{self.name} ({self.kind}) knows {', '.join(self.tricks) or 'nothing'}"

d = Dog('Fido')
e = Dog('Buddy')
d.add_trick('roll over')
d.add_trick('play dead')
print(d)
print(e)
print(d.kind == e.kind)
