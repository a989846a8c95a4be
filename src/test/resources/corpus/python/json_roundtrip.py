# seen: tweet-processing helpers (json.loads of a record, json.dumps with sort_keys and indent)
import json
record = '{"user": "ann", "tags": ["spark", "python"], "score": 4.5, "ok": true, "none": null}'
data = json.loads(record)
print(data["user"], data["tags"][1], data["score"] * 2, data["ok"], data["none"])
print(json.dumps(data, sort_keys=True))
print(json.dumps({"a": [1, 2]}, indent=2))
try:
    json.loads("{bad")
except json.JSONDecodeError as e:
    print("bad json:", e.msg)
