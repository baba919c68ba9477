# Finds where a letter occurs in a word and how often.
text = 'mississippi'
first_s = text.find('s')
last_s = text.rfind('s')
missing = text.find('z')
count_i = text.count('i')
has_pp = 'pp' in text
print(first_s, last_s, missing, count_i, has_pp)
