# Grows a list by extending, inserting and removing items.
queue = ['ann', 'bob']
queue.extend(['cy', 'dee'])
queue.insert(1, 'eve')
queue.remove('cy')
position = queue.index('dee')
joined = queue + ['fay']
print(queue, position, joined)
