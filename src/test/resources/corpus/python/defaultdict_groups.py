# seen: Volodymyr156/Portfolio HW21.py "Group students by class" (defaultdict(list), append)
from collections import defaultdict

def get_students_groups(students):
    newdict = defaultdict(list)
    for student in students:
        newdict[student[0]].append(student[1])
    return newdict

students = [("class1", "Alice"), ("class2", "Bob"), ("class1", "Charlie"), ("class3", "Daisy")]
print(dict(get_students_groups(students)))
print(get_students_groups(students) == {'class1': ['Alice', 'Charlie'], 'class2': ['Bob'], 'class3': ['Daisy']})
