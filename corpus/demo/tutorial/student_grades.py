# Averages each student's marks and assigns a letter grade.
marks = {'ira': [78, 85, 90], 'jon': [55, 61, 48], 'kim': [92, 88, 97]}
report = {}
for name, scores in marks.items():
    avg = sum(scores) / len(scores)
    if avg >= 90:
        grade = 'A'
    elif avg >= 75:
        grade = 'B'
    elif avg >= 60:
        grade = 'C'
    else:
        grade = 'F'
    report[name] = (round(avg, 1), grade)
print(report)
