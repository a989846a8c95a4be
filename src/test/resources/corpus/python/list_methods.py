# seen: Python tutorial "More on Lists" (append, extend, insert, remove, pop, index, count, sort, reverse, copy)
fruits = ['orange', 'apple', 'pear', 'banana', 'kiwi', 'apple', 'banana']
print(fruits.count('apple'), fruits.index('banana'), fruits.index('banana', 4))
fruits.reverse()
print(fruits)
fruits.append('grape')
fruits.sort()
print(fruits)
print(fruits.pop(), fruits.pop(0))
stack = [3, 4]
stack.extend([5, 6])
stack.insert(0, 1)
stack.remove(4)
print(stack, stack.copy() is stack)
