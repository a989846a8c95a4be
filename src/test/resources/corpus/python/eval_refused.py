# seen: calculator exercises using eval(input) on expressions
# expect-refused: eval
expr = "2 + 3 * 4"
print(eval(expr))
