# seen: NhanPhamThanh-IT/Tutorials-And-Chill Python/Tutorials/Conditions-Statement/Match-Statement/docs.md (literal, capture, sequence patterns and guards)
def run(command):
    match command.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"walking {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "say something"


for line in ["go north", "go up", "take lamp key", "take", "dance now", "", "exit"]:
    print(repr(line), "->", run(line))
