# seen: Python tutorial "Arbitrary Argument Lists" (*args, **kwargs, keyword-only, defaults)
def describe(name, *tags, sep=", ", **info):
    parts = [name, sep.join(tags)]
    parts += [f"{k}={v}" for k, v in sorted(info.items())]
    return " | ".join(parts)

print(describe("spark", "fast", "scalable", version=4, lang="scala"))
print(describe("py", sep="/"))
args = ["x", "y"]
print(describe("unpacked", *args, **{"k": 1}))
