# seen: course exercise "print a report table" (ljust/rjust, format widths, '-' * n)
rows = [("spark", 12, 0.5), ("scala", 3, 0.125), ("kafka", 100, 1.0)]
print("word".ljust(8) + "count".rjust(6) + "share".rjust(7))
for w, c, s in rows:
    print(f"{w:<8}{c:>6}{s:>7.2f}")
print("-" * 21)
print("total".ljust(8, ".") + str(sum(c for _, c, _ in rows)).rjust(6))
